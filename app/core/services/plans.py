"""Work plans: writing the POA and the PTAs, and planned against done per action and month.

An action's month counts as done when a community activity naming the action
(`plan_action_id`) was held in that month of the plan's year; the count is one SQL query
(`progress`), which the plan page and the compliance report read.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from app.core.errors import Problem, UserError, ValidationFailed
from app.core.i18n import N_
from app.core.records import CommunityActivity, Plan, PlanAction
from app.core.records.plans import CANTON, plan_id
from app.core.rules.plans import may_write_plan
from app.core.services.base import ServiceContext, build, raise_if
from app.core.services.record_rules import check_record

READ_ONLY_POA = N_("The canton's POA is written by the Consejo's técnico; promoters read "
                   "it.")
OTHER_PARISH = N_("This plan belongs to another parish's defensoría.")
PLAN_EXISTS = N_("There is already a plan of this owner for {year}: add the actions to it.")
NO_SUCH_ACTION = N_("There is no plan action {id}.")

# Per action and month of the plan's year: the activities held and their attendance.
PROGRESS_SQL = text("""
SELECT a.plan_action_id AS action_id,
       CAST(strftime('%m', a.held_on) AS INTEGER) AS month,
       COUNT(*) AS events,
       COALESCE(SUM((SELECT SUM(j.value) FROM json_each(a.attendance) AS j)), 0)
           AS participants
FROM activity AS a
JOIN plan_action AS pa ON pa.id = a.plan_action_id AND NOT pa.deleted
JOIN plan AS p ON p.id = pa.plan_id AND NOT p.deleted
WHERE NOT a.deleted AND p.year = :year
  AND a.held_on >= printf('%04d-01-01', p.year) AND a.held_on <= printf('%04d-12-31', p.year)
  AND (:parish IS NULL OR p.parish = :parish)
GROUP BY a.plan_action_id, month
""")


@dataclass
class ActionProgress:
    """One action of a plan with what was done of it, month by month."""

    plan: Plan
    action: PlanAction
    events: dict[int, int] = field(default_factory=dict)  # month → activities held
    participants: dict[int, int] = field(default_factory=dict)  # month → attendance

    @property
    def done_months(self) -> list[int]:
        return sorted(self.events)

    @property
    def pending_months(self) -> list[int]:
        """Planned months without an activity yet."""
        return [m for m in sorted(self.action.months) if m not in self.events]

    def late_months(self, today: date) -> list[int]:
        """Planned months already over without an activity ("planificado para octubre,
        sin actividad registrada")."""
        return [m for m in self.pending_months
                if (self.plan.year, m) < (today.year, today.month)]

    def month_key(self, month: int) -> str:
        return f"{self.plan.year:04d}-{month:02d}"


class PlanService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def check_may_write(self, plan_parish: str) -> None:
        actor = self.ctx.writer.actor
        if not may_write_plan(actor.role, actor.parish, plan_parish):
            raise UserError(READ_ONLY_POA if plan_parish == CANTON else OTHER_PARISH)

    def create_plan(self, year: int, parish: str = CANTON, **data: Any) -> Plan:
        plan = build(Plan, {**data, "year": year, "parish": parish,
                            "id": plan_id(year, parish)})
        self.check_may_write(plan.parish)
        with self.ctx.db.write() as s:
            raise_if(check_record(s, plan, self.ctx.catalogs, self.ctx.today()))
            if s.get(Plan, plan.id) is not None:
                raise UserError(PLAN_EXISTS, year=year)
            return self.ctx.writer.create(s, plan)

    def add_actions(self, plan_id: str, actions: Sequence[dict[str, Any]]) -> list[PlanAction]:
        """Actions appended to a plan in one transaction, after those it has."""
        with self.ctx.db.write() as s:
            plan = self.ctx.writer.get(s, Plan, plan_id)
            self.check_may_write(plan.parish)
            start = len(self._actions(s, plan_id))
            records = [build(PlanAction, {**data, "plan_id": plan_id,
                                          "position": start + i})
                       for i, data in enumerate(actions)]
            for record in records:
                raise_if(check_record(s, record, self.ctx.catalogs, self.ctx.today()))
            self.ctx.writer.create_many(s, records)
            return records

    def problems(self, plan_id: str, data: dict[str, Any]) -> list[Problem]:
        """What is wrong with an action that `add_actions` would write; [] when none."""
        try:
            record = build(PlanAction, {**data, "plan_id": plan_id})
        except ValidationFailed as exc:
            return exc.problems
        with self.ctx.db.read() as s:
            return check_record(s, record, self.ctx.catalogs, self.ctx.today())

    def update_action(self, action_id: str, **changes: Any) -> PlanAction:
        with self.ctx.db.write() as s:
            current = self.ctx.writer.get(s, PlanAction, action_id)
            plan = self.ctx.writer.get(s, Plan, current.plan_id)
            self.check_may_write(plan.parish)
            record = build(PlanAction, {**current.model_dump(), **changes})
            raise_if(check_record(s, record, self.ctx.catalogs, self.ctx.today(), current))
            return self.ctx.writer.update(s, PlanAction, action_id, changes)

    def plans(self, year: int | None = None) -> list[Plan]:
        """Live plans, the POA first, then the PTAs by parish."""
        with self.ctx.db.read() as s:
            query = select(Plan).where(col(Plan.deleted).is_(False))
            if year is not None:
                query = query.where(col(Plan.year) == year)
            return list(s.exec(query.order_by(col(Plan.year), col(Plan.parish))))

    def find(self, year: int, parish: str = CANTON) -> Plan | None:
        return next((p for p in self.plans(year) if p.parish == parish), None)

    def actions(self, plan_id: str) -> list[PlanAction]:
        with self.ctx.db.read() as s:
            return self._actions(s, plan_id)

    @staticmethod
    def _actions(s: Session, plan_id: str) -> list[PlanAction]:
        return list(s.exec(select(PlanAction).where(
            col(PlanAction.plan_id) == plan_id, col(PlanAction.deleted).is_(False))
            .order_by(col(PlanAction.position), col(PlanAction.id))))

    def action(self, action_id: str) -> PlanAction:
        with self.ctx.db.read() as s:
            found = s.get(PlanAction, action_id)
        if found is None or found.deleted:
            raise UserError(NO_SUCH_ACTION, id=action_id)
        return found

    def progress(self, year: int, parish: str | None = None) -> list[ActionProgress]:
        """Planned against done for every action of the year's plans (of one owner when
        `parish` is given: CANTON for the POA), in plan and action order."""
        with self.ctx.db.read() as s:
            plans = {p.id: p for p in s.exec(select(Plan).where(
                col(Plan.year) == year, col(Plan.deleted).is_(False),
                *([col(Plan.parish) == parish] if parish is not None else [])))}
            actions = list(s.exec(select(PlanAction).where(
                col(PlanAction.plan_id).in_(list(plans)),
                col(PlanAction.deleted).is_(False))))
            rows = s.execute(PROGRESS_SQL, {"year": year, "parish": parish}).all()
        out = {a.id: ActionProgress(plans[a.plan_id], a) for a in actions}
        for action_id, month, events, participants in rows:
            if action_id in out:
                out[action_id].events[int(month)] = int(events)
                out[action_id].participants[int(month)] = int(participants)
        return sorted(out.values(), key=lambda p: (p.plan.parish, p.plan.id,
                                                  p.action.position, p.action.id))

    def activities_of(self, action_ids: Iterable[str]) -> list[CommunityActivity]:
        with self.ctx.db.read() as s:
            return list(s.exec(select(CommunityActivity).where(
                col(CommunityActivity.plan_action_id).in_(list(action_ids)),
                col(CommunityActivity.deleted).is_(False))))
