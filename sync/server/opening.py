"""Opening records to the Junta: a case referred to it becomes visible to it, with the
persons the case affects and their households — their identification, which the referral
must carry (CONA Art. 237) — and nothing else of the family.

An opened record is re-emitted in the feed: marked dirty, it gets a new version under the
version lock like every other change of the batch. Only records of the case's own parish
are opened, whatever ids a case names.
"""

from collections.abc import Iterable
from dataclasses import replace
from typing import Any, Protocol

from sync.server.merge import Doc


class Batch(Protocol):
    docs: dict[str, Doc | None]

    def load(self, ids: set[str]) -> None: ...

    def touch(self, record_id: str) -> None: ...


def open_case(batch: Batch, case_id: str) -> None:
    batch.load({case_id})
    case = batch.docs.get(case_id)
    if case is not None and case.type == "case":
        _open(batch, case)
        open_persons(batch, case.data.get("affected_person_ids") or [], case.scope.parish)


def open_persons(batch: Batch, ids: Iterable[Any], parish: str) -> None:
    """The persons named and their households (households first, so that a person never
    arrives before its household); not other household members.

    A client sends a person before the case that names it (its outbox is in order), so
    an id not stored yet is only one the server refused: nothing to open."""
    wanted = [i for i in ids if isinstance(i, str) and i]
    batch.load(set(wanted))
    persons = [d for pid in wanted if (d := batch.docs.get(pid)) is not None
               and d.type == "person" and not d.deleted and d.scope.parish == parish]
    open_households(batch, (p.data.get("household_id") for p in persons), parish)
    for person in persons:
        _open(batch, person)


def open_households(batch: Batch, ids: Iterable[Any], parish: str) -> None:
    wanted = {i for i in ids if isinstance(i, str) and i}
    batch.load(wanted)
    for hid in sorted(wanted):
        doc = batch.docs.get(hid)
        if doc is not None and doc.type == "household" and not doc.deleted \
                and doc.scope.parish == parish:
            _open(batch, doc)


def _open(batch: Batch, doc: Doc) -> None:
    if not doc.scope.junta:
        doc.scope = replace(doc.scope, junta=True)
        doc.dirty = True
        batch.touch(doc.id)
