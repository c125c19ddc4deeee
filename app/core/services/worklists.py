"""Short lists for the desktop: cases, referrals by their current status, activities."""

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, text
from sqlmodel import col

from app.core.clock import Clock
from app.core.records import CommunityActivity
from app.core.rules.referrals import current_step_order
from app.core.services.affected import AffectedPerson, affected_by_case
from app.core.services.answers import moment, new_answers
from app.core.services.referral_steps import CURRENT_STEP_SQL
from app.core.store.database import Database
from app.core.sync import outbox

CASES_SQL = """
    SELECT c.id, c.code, c.parish, c.status, c.risk_level, c.opened_on, c.violation_types
    FROM "case" c WHERE c.deleted = 0 {where}
    ORDER BY c.opened_on DESC, c.code DESC LIMIT :limit"""

REFERRALS_SQL = """
    SELECT r.id, r.case_id, r.institution, r.urgency, c.code, st.status,
           coalesce(st.recorded_at, st.created_at) AS since,
           (SELECT s3.answer FROM referral_status s3
             WHERE s3.referral_id = r.id AND s3.answer != ''
             ORDER BY """ + current_step_order("s3") + """ LIMIT 1) AS answer
    FROM referral r
    JOIN "case" c ON c.id = r.case_id
    JOIN referral_status st ON st.referral_id = r.id
    WHERE r.deleted = 0 AND r.created_by = :user AND st.rowid = """ + CURRENT_STEP_SQL + """
    {where}
    ORDER BY since DESC, r.id DESC LIMIT :limit"""


@dataclass(frozen=True)
class CaseRow:
    id: str
    code: str
    parish: str
    status: str
    risk_level: str
    opened_on: date
    violation_types: list[str]
    affected: tuple[AffectedPerson, ...] = ()


@dataclass(frozen=True)
class ReferralRow:
    id: str
    case_id: str
    case_code: str
    institution: str
    urgency: str
    status: str  # the current step's
    since: datetime  # when the current step was recorded
    answer: str = ""  # the latest measure or answer
    unread: bool = False  # an answer the user has not read yet (services.answers)
    affected: tuple[AffectedPerson, ...] = ()


class WorkLists:
    def __init__(self, db: Database, username: str, clock: Clock) -> None:
        self.db, self.username, self.clock = db, username, clock

    def cases(self, status: str = "", household_id: str = "", limit: int = 5000
              ) -> list[CaseRow]:
        where = ""
        params: dict[str, str | int] = {"limit": limit}
        if status:
            where += " AND c.status = :status"
            params["status"] = status
        if household_id:
            where += " AND c.household_id = :household"
            params["household"] = household_id
        with self.db.read() as s:
            rows = s.connection().execute(text(CASES_SQL.format(where=where)), params).all()
            affected = affected_by_case(s, (r.id for r in rows), self.clock.today())
        return [CaseRow(r.id, r.code, r.parish, r.status, r.risk_level,
                        date.fromisoformat(r.opened_on), json.loads(r.violation_types or "[]"),
                        affected.get(r.id, ()))
                for r in rows]

    def my_referrals(self, status: str = "", limit: int = 5000) -> list[ReferralRow]:
        """The user's referrals with their current step; `status` filters by that step."""
        where, params = "", {"user": self.username, "limit": limit}
        if status:
            where = " AND st.status = :status"
            params["status"] = status
        with self.db.read() as s:
            run = s.connection().execute
            rows = run(text(REFERRALS_SQL.format(where=where)), params).all()
            unread = {a.referral_id for a in new_answers(run, self.username)}
            affected = affected_by_case(s, (r.case_id for r in rows), self.clock.today())
        return [ReferralRow(r.id, r.case_id, r.code, r.institution, r.urgency, r.status,
                            moment(r.since), r.answer or "", r.id in unread,
                            affected.get(r.case_id, ()))
                for r in rows]

    def affected(self, case_id: str) -> tuple[AffectedPerson, ...]:
        """Whom one case affects (the case page's header)."""
        with self.db.read() as s:
            return affected_by_case(s, [case_id], self.clock.today()).get(case_id, ())

    def activities(self, limit: int = 2000) -> list[CommunityActivity]:
        with self.db.read() as s:
            return list(s.execute(select(CommunityActivity)
                                  .where(col(CommunityActivity.deleted).is_(False))
                                  .order_by(col(CommunityActivity.held_on).desc()).limit(limit))
                        .scalars())

    def pending_changes(self) -> int:
        """Local changes not yet accepted by the server (the status bar's number)."""
        return outbox.pending_count(self.db)
