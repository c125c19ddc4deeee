"""Erasing a person's data on the server (LOPDP Art. 15), as new versions every device pulls.

`erase(store, record_id, reason, by)` turns the person, and what concerns only them, into
tombstones (app/core/records/erasure.py, the one definition devices read too):
- the person; their consents; the conflicts that hold their values; their data requests
  and what is filed under a case about them alone (erasure_scope.py says what "only
  concerns them" means);
- a case about them alone becomes a tombstone too; a case shared with other persons keeps
  its content and drops the person from `affected_person_ids`.
Refused while a proceeding is under way (LOPDP Art. 18): an open case about the person,
or a referral of one of their cases to the Junta or the Fiscalía not yet closed.
The old content leaves the storage: SQLite runs with `secure_delete` (store.py), so the
overwritten pages are zeroed; PostgreSQL rewrites the rows and VACUUM reclaims the old
tuples (sync/README.md, "Erasure"). The push log holds results and content hashes only, and the
audit holds ids only: neither holds a payload to scrub.
Retention (issue 14 §3) calls `erase` with mode "anonymise".
"""

from typing import Any

from sqlalchemy import Connection, select

from app.core.errors import UserError
from app.core.records.erasure import is_erased, tombstone
from sync import admin_words as words
from sync.server import audit, erasure_scope
from sync.server.doc_versions import write_dirty
from sync.server.merge import Author, Doc
from sync.server.naming import naming
from sync.server.schema import docs
from sync.server.store import ServerStore

# Referrals whose proceeding outlives the case's closing until they end.
PROCEEDING_INSTITUTIONS = ("junta", "fiscalia")
REFERRAL_ENDED = ("closed", "rejected")


class ErasureRefused(UserError):
    """The erasure cannot be done; `code` for the API, the message for people."""

    def __init__(self, code: str, message: str, /, **params: Any) -> None:
        super().__init__(message, **params)
        self.code = code




def proceeding(conn: Connection, person_id: str, cases: list[Doc]) -> None:
    """Refuse while a proceeding about the person is under way."""
    for case in cases:
        if case.deleted:
            continue
        if case.data.get("status") != "closed":
            raise ErasureRefused("open_case", words.ERASE_OPEN_CASE,
                                 code=case.data.get("code"))
        for referral in naming(conn, "referral", "case_id", case.id, live=True):
            if referral.data.get("institution") not in PROCEEDING_INSTITUTIONS:
                continue
            steps = sorted(naming(conn, "referral_status", "referral_id", referral.id),
                           key=lambda s: s.version or 0)
            status = steps[-1].data.get("status") if steps else "drafted"
            if status not in REFERRAL_ENDED:
                raise ErasureRefused("open_referral", words.ERASE_OPEN_REFERRAL,
                                     code=case.data.get("code"),
                                     institution=referral.data["institution"])


def _bury(doc: Doc, reason: str, author: Author, mode: str) -> None:
    doc.data = tombstone(doc.type, doc.data, reason, author.username, author.at, mode)
    doc.deleted, doc.dirty, doc.text = True, True, None
    doc.meta = {name: [None, author.device] for name in doc.meta}


def erase(store: ServerStore, record_id: str, reason: str, by: str,
          mode: str = "erase", device: str = "") -> int:
    """Erase a person and what concerns only them; the number of records changed."""
    reason = reason.strip()
    if not reason:
        raise ErasureRefused("no_reason", words.ERASE_NO_REASON)
    author = Author(by, device, store.clock.now())
    with store.write() as conn:
        first = store.lock_versions(conn)
        row = conn.execute(select(docs).where(docs.c.id == record_id)).first()
        if row is None or row.type != "person":
            raise ErasureRefused("not_found", words.ERASE_NOT_FOUND, id=record_id)
        person = Doc.from_row(row)
        if is_erased(person.data):
            raise ErasureRefused("erased", words.ERASE_ALREADY)
        cases = naming(conn, "case", "affected_person_ids", record_id)
        proceeding(conn, record_id, cases)
        changed: list[Doc] = [person]
        changed += naming(conn, "consent", "person_id", record_id)
        for case in cases:
            others = [p for p in case.data.get("affected_person_ids") or []
                      if p != record_id]
            if others:
                case.data["affected_person_ids"] = others
                case.meta["affected_person_ids"] = [None, author.device]
                case.dirty, case.text = True, None
            changed.append(case)
        solo = [c.id for c in cases if not c.dirty]
        changed += erasure_scope.concerning(conn, record_id, solo)
        # A shared case keeps its content, so its conflicts stay too.
        changed += erasure_scope.conflicts(conn, [d for d in changed if not d.dirty], solo)
        for doc in changed:
            if not doc.dirty:
                _bury(doc, reason, author, mode)
        write_dirty(store, conn, changed, first)
        audit.event(conn, author.moment, by, device, "erase", record=record_id,
                    records=len(changed), mode=mode)
    erasure_scope.drop_old_frames(store)
    return len(changed)
