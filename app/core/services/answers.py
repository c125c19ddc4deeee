"""Institutions' answers to the user's referrals, and which of them the user has read.

An answer is a step someone else recorded on one of the user's referrals that answers,
refuses or carries a measure. It is new until the user opens the referral (its steps are
shown on the case page or in *Mis derivaciones*): opening marks every step of it read,
in the local `answer_seen` table, per user. Reading is no synced record.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import bindparam, text

from app.core.store.database import Database

ANSWER_STATUSES = ("answered", "rejected")
LIMIT = 200

IS_ANSWER = f"(st.status IN {ANSWER_STATUSES!r} OR st.answer != '')"
UNSEEN = """NOT EXISTS (SELECT 1 FROM answer_seen a
                        WHERE a.username = :user AND a.step_id = st.id)"""

# Newest first by the order this device received them; the first row of each referral
# is its latest unread answer.
NEW_ANSWERS_SQL = text(f"""
    SELECT r.id AS referral_id, r.case_id, r.institution, c.code, st.status, st.answer,
           coalesce(st.recorded_at, st.created_at) AS at
    FROM referral r
    JOIN "case" c ON c.id = r.case_id
    JOIN referral_status st ON st.referral_id = r.id
    WHERE r.deleted = 0 AND r.created_by = :user AND st.created_by != :user
      AND {IS_ANSWER} AND {UNSEEN}
    ORDER BY st.rowid DESC""")

MARK_SEEN_SQL = text("""
    INSERT OR IGNORE INTO answer_seen (username, step_id)
    SELECT :user, st.id FROM referral_status st WHERE st.referral_id IN :ids
    """).bindparams(bindparam("ids", expanding=True))


READ_STEPS_SQL = text("""
    SELECT a.step_id FROM answer_seen a JOIN referral_status st ON st.id = a.step_id
    WHERE a.username = :user AND st.referral_id = :referral""")


@dataclass(frozen=True)
class NewAnswer:
    referral_id: str
    case_id: str
    case_code: str
    institution: str  # a catalog code
    status: str  # the answering step's status
    answer: str  # its measure or answer (may be empty for a refusal)
    at: datetime  # when it was recorded (by the answering device's clock)

    @property
    def on(self) -> date:
        return self.at.astimezone().date()


def moment(value: str | datetime) -> datetime:
    """A stamp as the store returns it from raw SQL (text, UTC) → an aware datetime."""
    at = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def new_answers(run, username: str, limit: int = LIMIT) -> list[NewAnswer]:
    """The user's referrals with an unread answer, the latest answer of each.
    `run` executes on an open connection (the agenda reads it in its own session)."""
    found: dict[str, NewAnswer] = {}
    for r in run(NEW_ANSWERS_SQL, {"user": username}):
        if r.referral_id not in found:
            found[r.referral_id] = NewAnswer(r.referral_id, r.case_id, r.code,
                                             r.institution, r.status, r.answer or "",
                                             moment(r.at))
            if len(found) >= limit:
                break
    return list(found.values())


class AnswerService:
    def __init__(self, db: Database, username: str) -> None:
        self.db, self.username = db, username

    def unread(self) -> list[NewAnswer]:
        with self.db.read() as s:
            return new_answers(s.connection().execute, self.username)

    def read_steps(self, referral_id: str) -> set[str]:
        """The steps of a referral this user has already read."""
        with self.db.read() as s:
            return set(s.connection().execute(READ_STEPS_SQL, {
                "user": self.username, "referral": referral_id}).scalars())

    def mark_read(self, referral_ids: Iterable[str]) -> None:
        """The user opened these referrals: every step of them counts as read."""
        ids = list(referral_ids)
        if ids:
            with self.db.write() as s:
                s.connection().execute(MARK_SEEN_SQL, {"user": self.username, "ids": ids})
