"""Dropping an erased record's content everywhere a device keeps it (sync invariant 13).

A pulled tombstone (app/core/records/erasure.py) replaces the record's row like any
pulled version; what this module adds is the rest of the device, in the same transaction:
- the outbox: every entry of the record keeps its number (gap-free, the audit trail)
  but loses its payload; an unsent one is refused as the server would refuse it (reason
  ERASED): never pushed, shown under "needs attention" without values (invariant 8), so
  the user learns the change was not kept and the old values cannot travel back;
- records made on this device that the server never had and that hang on an erased
  record (app.core.records.PARENTS): a consent or a data request of the person, a note,
  visit, follow-up, mediation or referral under a case about them alone, a step of such
  a referral. The server would refuse each (`erased`, sync/server/references.py), and
  it never pulls their tombstone: their rows and payloads go here;
- the conflicts about the record: their kept and other values go;
- the drafts (autosaved forms) naming the record;
- the full-text index: its segments are merged ('optimize'), so the erased names and
  document numbers leave the index's storage, not only its visible rows.
With `secure_delete` (app/core/store/database.py) the freed pages are zeroed.
"""

import json
from collections.abc import Iterable

from sqlalchemy import Text, cast, delete, or_, select, text, update
from sqlmodel import Session, col

from app.core.records import PARENTS, SYNCED_TYPES, Conflict, Draft, OutboxEntry
from app.core.records.erasure import ERASED, is_erased
from app.core.sync.bulk import table_of
from app.core.sync.outbox import REJECTED, UNSENT


def erased_ids(records: Iterable[dict[str, object]]) -> dict[str, str]:
    """Per erased record id in a pulled page, its type."""
    return {str(r["id"]): str(r["type"]) for r in records
            if isinstance(r.get("data"), dict) and is_erased(r["data"])}  # type: ignore[arg-type]


def _drop_local_children(session: Session, erased: list[str]) -> list[str]:
    """Delete the records created on this device, never on the server, whose parent is
    erased or is itself dropped here (a step of a referral made offline); their ids."""
    found: list[str] = []
    parents = erased
    while parents:  # one level down per round: case → referral → referral step
        level: list[str] = []
        for record_type, fields in PARENTS.items():
            table = table_of(SYNCED_TYPES[record_type])
            named = or_(*(table.c[field].in_(parents) for field, _kind in fields))
            mine = [r[0] for r in session.execute(select(table.c.id).where(
                named, table.c.server_version.is_(None)))]
            if mine:
                session.execute(delete(table).where(table.c.id.in_(mine)))
            level += mine
        found += level
        parents = level
    return found


def forget(session: Session, erased: dict[str, str]) -> int:
    """Drop the erased records' content outside their rows; the number of local records
    (made here, unknown to the server) dropped with them."""
    if not erased:
        return 0
    ids = list(erased)
    local = _drop_local_children(session, ids)
    gone = ids + local
    outbox = table_of(OutboxEntry)
    session.execute(update(outbox).where(outbox.c.record_id.in_(gone),
                                         outbox.c.state.in_(UNSENT))
                    .values(state=REJECTED, reason=ERASED))
    session.execute(update(outbox).where(outbox.c.record_id.in_(gone)).values(fields={}))
    session.execute(update(table_of(Conflict)).where(col(Conflict.target_id).in_(gone))
                    .values(kept_value=None, other_value=None, resolution=None))
    drafts = table_of(Draft)
    session.execute(delete(drafts).where(or_(*(
        cast(drafts.c.data, Text).contains(json.dumps(i), autoescape=True) for i in gone))))
    return len(local)


def compact_index(session: Session, erased: dict[str, str]) -> None:
    """After the tombstones are stored (their triggers delete the index rows): FTS5
    deletes leave the old terms in older index segments until these merge."""
    if "person" in erased.values():
        session.execute(text("INSERT INTO person_fts(person_fts) VALUES ('optimize')"))
    if "case" in erased.values():
        session.execute(text("INSERT INTO case_fts(case_fts) VALUES ('optimize')"))
