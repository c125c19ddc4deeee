"""What the desktop's sync pages read: rejected changes and the Junta's referral inbox.

Qt-free; the desktop builds one per session. Conflicts are read and resolved through
`app.core.sync.conflicts.ConflictService`; referral steps are written through ReferralService.
Each referral in the inbox names who its case affects (`affected.AffectedPerson`).
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text

from app.core.clock import Clock
from app.core.services.affected import AffectedPerson, affected_by_case
from app.core.services.referral_steps import CURRENT_STEP_SQL
from app.core.store.database import Database
from app.core.sync import outbox

INBOX_SQL = """
    SELECT r.id, r.case_id, r.reason, r.urgency, c.code, st.status, st.answer,
           st.created_at AS since
    FROM referral r
    JOIN "case" c ON c.id = r.case_id
    JOIN referral_status st ON st.referral_id = r.id
    WHERE r.deleted = 0 AND r.institution = :institution
      AND st.rowid = """ + CURRENT_STEP_SQL + """
    ORDER BY st.created_at DESC LIMIT :limit"""


@dataclass(frozen=True)
class AttentionRow:
    """A change the server refused: kept here until someone acts on it (invariant 8)."""

    seq: int
    record_type: str
    record_id: str
    op: str
    reason: str  # the server's code; outbox.reason_message gives its words
    fields: dict[str, Any]


@dataclass(frozen=True)
class InboxRow:
    referral_id: str
    case_id: str
    case_code: str
    reason: str
    urgency: str
    status: str
    answer: str
    since: datetime
    affected: tuple[AffectedPerson, ...] = ()


class SyncDesk:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db, self.clock = db, clock

    def needs_attention(self) -> list[AttentionRow]:
        return [AttentionRow(e.seq, e.record_type, e.record_id, e.op, e.reason or "",
                             dict(e.fields or {}))
                for e in outbox.needs_attention(self.db)]

    def referral_inbox(self, institution: str = "junta", limit: int = 5000
                       ) -> list[InboxRow]:
        """Referrals addressed to an institution, each with its current step and the
        persons its case affects."""
        with self.db.read() as s:
            rows = s.connection().execute(text(INBOX_SQL), {
                "institution": institution, "limit": limit}).all()
            affected = affected_by_case(s, (r.case_id for r in rows), self.clock.today())
        return [InboxRow(r.id, r.case_id, r.code, r.reason, r.urgency, r.status,
                         r.answer or "", _when(r.since), affected.get(r.case_id, ()))
                for r in rows]


def _when(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))

