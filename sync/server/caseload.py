"""A promoter leaves: their caseload passes to another promoter of the same parish.

The from-user's open cases, their planned visits not yet made, their follow-ups not yet
done and their referrals of open cases get `assigned_to` = the new promoter, written as
new versions of the documents through the normal versioning (the version lock, one
version each, field stamps), so every device of the parish receives them at its next
pull, and unsent edits of other fields on a device merge as usual. The record's
responsible promoter is `assigned_to`, or its author when that is empty
(app.core.services.agenda lists what a promoter is responsible for). The audit trail
keeps who reassigned which records to whom.
`assigned_to` also decides who reads the records (scope.Scope.holder): the moved cases
and every row of them (notes, visits made, mediations, steps, conflicts, tombstones) get
the new holder as new versions too, so they reach the new promoter through the feed and
leave the old one's scope (its next verified sync drops them).
"""

from collections import Counter
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, select

from app.core.records.cases import ASSIGNED_TO
from sync.admin_words import DISABLED, NO_USER, NOT_PROMOTER, OTHER_PARISH, SAME_USER
from sync.server import audit
from sync.server.admin import AdminError
from sync.server.doc_versions import write_dirty
from sync.server.merge import Author, Doc, stamp
from sync.server.schema import docs, users
from sync.server.store import ServerStore

TYPES = ("case", "visit", "follow_up", "referral")


def responsible(data: dict[str, Any]) -> str:
    return str(data.get(ASSIGNED_TO) or data.get("created_by") or "")


def _promoters(conn: Connection, source: str, target: str) -> str:
    """The parish both users work in; refuses anything but two promoters of one parish,
    the new one active."""
    if source == target:
        raise AdminError(SAME_USER)
    found = {r.username: r for r in conn.execute(
        select(users.c.username, users.c.role, users.c.parish, users.c.disabled)
        .where(users.c.username.in_([source, target])))}
    for name in (source, target):
        if name not in found:
            raise AdminError(NO_USER, user=name)
        if found[name].role != "promotor":
            raise AdminError(NOT_PROMOTER, user=name)
    if found[source].parish != found[target].parish:
        raise AdminError(OTHER_PARISH, user=source, other=target)
    if found[target].disabled:
        raise AdminError(DISABLED, user=target)
    return str(found[source].parish)


def _caseload(rows: list[Doc], source: str) -> list[Doc]:
    """The documents of `source`'s open caseload among a parish's live documents."""
    closed = {d.id for d in rows if d.type == "case" and d.data.get("status") == "closed"}
    made = {d.data.get("plan_id") for d in rows if d.type == "visit"}
    out = []
    for doc in rows:
        data = doc.data
        if responsible(data) != source:
            continue
        open_case = data.get("case_id") not in closed
        if (doc.type == "case" and doc.id not in closed) \
                or (doc.type == "visit" and data.get("state") == "planned"
                    and doc.id not in made and open_case) \
                or (doc.type == "follow_up" and not data.get("done") and open_case) \
                or (doc.type == "referral" and open_case):
            out.append(doc)
    return out




def _rows_of(conn: Connection, parish: str, moved: list[Doc], target: str) -> list[Doc]:
    """The other rows that follow the moved records' holder, unchanged but for it: every
    row of a moved case, and the conflicts about a moved household visit or follow-up."""
    cases = [d.id for d in moved if d.type == "case"]
    loose = {d.id for d in moved if not d.scope.case_id}
    done = {d.id for d in moved}
    found = []
    if cases:
        found += [Doc.from_row(r) for r in conn.execute(select(docs).where(
            docs.c.case_id.in_(cases)).order_by(docs.c.version))]
    if loose:
        found += [d for d in (Doc.from_row(r) for r in conn.execute(select(docs).where(
            docs.c.parish == parish, docs.c.type == "conflict",
            docs.c.case_id.is_(None)))) if d.data.get("target_id") in loose]
    out = []
    for doc in found:
        if doc.id not in done and doc.scope.holder != target:
            doc.scope, doc.dirty = replace(doc.scope, holder=target), True
            out.append(doc)
            done.add(doc.id)
    return out


def reassign(store: ServerStore, source: str, target: str, by: str, device: str = ""
             ) -> dict[str, int]:
    """Give `source`'s open caseload to `target`; returns how many records of each type.
    `by` (and `device`) is the administrator doing it, or "cli"."""
    source, target = source.strip().lower(), target.strip().lower()
    author = Author(by, device, store.clock.now())
    with store.write() as conn:
        first = store.lock_versions(conn)
        parish = _promoters(conn, source, target)
        rows = [Doc.from_row(r) for r in conn.execute(select(docs).where(
                    docs.c.parish == parish, docs.c.deleted.is_(False),
                    docs.c.type.in_(TYPES)).order_by(docs.c.version))]
        moved = _caseload(rows, source)
        cases = {d.id for d in moved if d.type == "case"}
        for doc in moved:
            doc.data[ASSIGNED_TO] = target
            doc.meta[ASSIGNED_TO] = [None, device]
            stamp(doc.data, author, created=False)
            doc.dirty, doc.text = True, None
            if not doc.scope.case_id or doc.scope.case_id in cases:
                doc.scope = replace(doc.scope, holder=target)
        counts = dict(Counter(d.type for d in moved))
        write_dirty(store, conn, moved + _rows_of(conn, parish, moved, target), first)
        audit.event(conn, author.moment, by, device, "reassign", source=source,
                    target=target, types=counts, ids=[d.id for d in moved])
    return counts
