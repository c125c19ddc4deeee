"""The work done in a period: family visits, mediations, community activities, and the
referrals of the period's cases one by one (for the monthly report).

Visits count by their date and their household's parish, mediations by the date held and
their case's parish, activities by the date held and their parish. With a promoter, only
the records that user registered count.
"""

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased
from sqlmodel import col

from app.core.records import Case, CommunityActivity, Household, Mediation, Referral, Visit
from app.core.records.community import ATTENDANCE_KEYS
from app.core.services.referral_steps import current_step_query
from app.core.services.statistics import Scope, Tally
from app.core.store.database import Database


@dataclass
class VisitCounts:
    done: int = 0
    planned: int = 0
    # Planned for a day in the period and neither done nor cancelled since.
    pending: int = 0
    cancelled: int = 0
    households: int = 0  # distinct households visited (done)


@dataclass(frozen=True)
class ActivityRow:
    held_on: date
    activity_type: str
    topic: str
    community: str
    attendance: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.attendance.get(k, 0) for k in ATTENDANCE_KEYS)


@dataclass(frozen=True)
class ReferralRow:
    case_code: str
    institution: str
    urgency: str
    status: str


@dataclass
class WorkStats:
    visits: VisitCounts
    mediations: Tally  # by outcome; total = mediations held
    activities: list[ActivityRow]
    attendance: dict[str, int] = field(default_factory=dict)  # summed per ATTENDANCE_KEY
    referrals: list[ReferralRow] = field(default_factory=list)


def _between(column, scope: Scope) -> list:
    cond = []
    if scope.start is not None:
        cond.append(column >= scope.start)
    if scope.end is not None:
        cond.append(column <= scope.end)
    return cond


class WorkStatsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def work_stats(self, scope: Scope) -> WorkStats:
        with self.db.read() as s:
            activities = self._activities(s, scope)
            attendance = {k: sum(a.attendance.get(k, 0) for a in activities)
                          for k in ATTENDANCE_KEYS}
            return WorkStats(self._visits(s, scope), self._mediations(s, scope),
                             activities, attendance, self._referrals(s, scope))

    @staticmethod
    def _visits(s: Session, scope: Scope) -> VisitCounts:
        cond = [*_between(col(Visit.visit_date), scope)]
        if scope.parish:
            cond.append(col(Household.parish) == scope.parish)
        if scope.promoter:
            cond.append(col(Visit.created_by) == scope.promoter)
        base = select(col(Visit.state), func.count(),
                      func.count(func.distinct(col(Visit.household_id))))\
            .join(Household, col(Household.id) == col(Visit.household_id)).where(*cond)\
            .group_by(col(Visit.state))
        counts = VisitCounts()
        for state, n, households in s.execute(base).all():
            if state in ("done", "planned", "cancelled"):
                setattr(counts, state, n)
            if state == "done":
                counts.households = households
        outcome = aliased(Visit)
        settled = select(col(outcome.id)).where(col(outcome.plan_id) == col(Visit.id)).exists()
        counts.pending = s.execute(
            select(func.count()).select_from(Visit)
            .join(Household, col(Household.id) == col(Visit.household_id))
            .where(col(Visit.state) == "planned", ~settled, *cond)).scalar_one()
        return counts

    @staticmethod
    def _mediations(s: Session, scope: Scope) -> Tally:
        cond = [col(Mediation.deleted).is_(False), col(Case.deleted).is_(False),
                *_between(col(Mediation.held_on), scope)]
        if scope.parish:
            cond.append(col(Case.parish) == scope.parish)
        if scope.promoter:
            cond.append(col(Mediation.created_by) == scope.promoter)
        rows = dict(list(s.execute(select(col(Mediation.outcome), func.count())
                              .join(Case, col(Case.id) == col(Mediation.case_id)).where(*cond)
                              .group_by(col(Mediation.outcome))).all()))
        return Tally(rows, sum(rows.values()))

    @staticmethod
    def _activities(s: Session, scope: Scope) -> list[ActivityRow]:
        cond = [col(CommunityActivity.deleted).is_(False),
                *_between(col(CommunityActivity.held_on), scope)]
        if scope.parish:
            cond.append(col(CommunityActivity.parish) == scope.parish)
        if scope.promoter:
            cond.append(col(CommunityActivity.created_by) == scope.promoter)
        rows = s.execute(select(CommunityActivity).where(*cond)
                         .order_by(col(CommunityActivity.held_on), col(CommunityActivity.topic)))
        return [ActivityRow(a.held_on, a.activity_type, a.topic, a.community,
                            dict(a.attendance)) for a in rows.scalars()]

    @staticmethod
    def _referrals(s: Session, scope: Scope) -> list[ReferralRow]:
        cond = [col(Referral.deleted).is_(False), *scope.case_filter()]
        ids = select(col(Referral.id)).join(Case, col(Case.id) == col(Referral.case_id)) \
            .where(*cond)
        current = current_step_query(ids).subquery()
        rows = s.execute(
            select(col(Case.code), col(Referral.institution), col(Referral.urgency),
                   current.c.status)
            .join(Case, col(Case.id) == col(Referral.case_id))
            .join(current, current.c.referral_id == col(Referral.id))
            .order_by(col(Case.code), col(Referral.institution))).all()
        return [ReferralRow(*row) for row in rows]
