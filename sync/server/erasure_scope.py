"""What "only concerns" an erased person, beyond their consents (sync/server/erasure.py).

Erased with the person (each a tombstone every device pulls):
- their data requests (`data_request.person_id`): the tombstone keeps the dates received
  and due and the erasure's reason, which is the proof the request was answered;
- everything filed under a case about them alone (its notes, visits, follow-ups,
  mediations, referrals and the referrals' steps): all of it tells their story. The
  server finds these by the case a record belongs to (`docs.case_id`), not by reading
  free text.
- the conflicts holding values of any of these: by the case they belong to for a case
  about them alone and what is filed under it (a conflict about the case's `facts` names
  the case, not them), by their target's id for the rest.
Kept: a case shared with other persons (erasure.py drops the person from it), the
household and its visits without a case (they concern the other members too), community
activities' attendees (a name there is not linked to a person's id). Free text in what is
kept is not scanned: correcting it is a rectification. See sync/README.md, "Erasure".
"""


from sqlalchemy import Connection, select

from app.core.records.erasure import is_erased
from sync.server.merge import Doc
from sync.server.naming import naming
from sync.server.schema import docs
from sync.server.store import ServerStore


def concerning(conn: Connection, person_id: str, solo_cases: list[str]) -> list[Doc]:
    """The records, other than the person, their consents and their cases, to erase with
    them; `solo_cases` are the ids of the cases about them alone."""
    found = naming(conn, "data_request", "person_id", person_id)
    if solo_cases:
        found += [Doc.from_row(r) for r in conn.execute(select(docs).where(
            docs.c.case_id.in_(solo_cases), docs.c.type.not_in(("case", "conflict"))))]
    return [d for d in found if not is_erased(d.data)]


def conflicts(conn: Connection, erased: list[Doc], solo_cases: list[str]) -> list[Doc]:
    """The conflicts about the `erased` records (`solo_cases` among them): both values
    of a field are the record's content."""
    found: list[Doc] = []
    if solo_cases:
        found += [Doc.from_row(r) for r in conn.execute(select(docs).where(
            docs.c.type == "conflict", docs.c.case_id.in_(solo_cases)))]
    # The person, their consents and data requests: few, found through their ids.
    for doc in erased:
        if doc.scope.case_id in solo_cases:
            continue
        found += naming(conn, "conflict", "target_id", doc.id)
    unique = {c.id: c for c in found if not is_erased(c.data)}
    return list(unique.values())


def drop_old_frames(store: ServerStore) -> None:
    """SQLite: copy the WAL into the file and empty it, so no frame written before the
    erasure still holds the old row (secure_delete zeroes the file's freed pages, not
    the log's). Best effort: a reader still open keeps the log until the next
    checkpoint. PostgreSQL: VACUUM reclaims the old tuples (sync/README.md, "Erasure")."""
    if store.is_sqlite:
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.rollback()
