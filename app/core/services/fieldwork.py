"""Visits, mediations and community activities: the promoter's work in the field."""

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from app.core.records import (
    Attendee,
    Case,
    CommunityActivity,
    Household,
    Mediation,
    PlanAction,
    Visit,
)
from app.core.rules.legal import check_mediation_allowed
from app.core.services.base import ServiceContext, build, raise_if
from app.core.services.record_rules import check_record

TRAINING = "capacitacion"  # the activity type (catalog activity_types)
# The Loja programme's component C1, "Capacitación integral", however a matrix spells it.
TRAINING_LINE = re.compile(r"\s*(C\s*1\b|capacitaci)", re.IGNORECASE)


def pending_plans(s: Session, case_id: str) -> list[Visit]:
    """A case's planned visits that no later entry fulfilled or cancelled."""
    answered = select(col(Visit.plan_id)).where(col(Visit.plan_id).is_not(None))
    return list(s.execute(select(Visit).where(
        col(Visit.case_id) == case_id, col(Visit.state) == "planned",
        col(Visit.id).not_in(answered))
        .order_by(col(Visit.visit_date))).scalars())


class VisitService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def plan(self, household_id: str, visit_date, case_id: str | None = None,
             observations: str = "") -> Visit:
        return self._save({"household_id": household_id, "visit_date": visit_date,
                           "case_id": case_id, "state": "planned",
                           "observations": observations})

    def record(self, **data: Any) -> Visit:
        """A visit done; with `plan_id` it fulfils that planned visit."""
        return self._save({**data, "state": "done"})

    def _save(self, data: dict[str, Any]) -> Visit:
        visit = build(Visit, data)
        with self.ctx.db.write() as s:
            raise_if(check_record(s, visit, self.ctx.catalogs, self.ctx.today()))
            self.ctx.writer.get(s, Household, visit.household_id)
            return self.ctx.writer.create(s, visit)

    def get(self, visit_id: str) -> Visit:
        with self.ctx.db.read() as s:
            return self.ctx.writer.get(s, Visit, visit_id)

    def pending_for_case(self, case_id: str) -> list[Visit]:
        """Planned visits of the case still waiting: closing it asks what to do with
        them."""
        with self.ctx.db.read() as s:
            return pending_plans(s, case_id)

    def fulfilment(self, plan_id: str) -> Visit | None:
        """The entry that fulfilled or cancelled a planned visit, if any."""
        with self.ctx.db.read() as s:
            return s.execute(select(Visit).where(col(Visit.plan_id) == plan_id)
                             .order_by(col(Visit.visit_date))).scalars().first()

    def for_household(self, household_id: str) -> list[Visit]:
        with self.ctx.db.read() as s:
            return list(s.execute(select(Visit).where(col(Visit.household_id) == household_id)
                                  .order_by(col(Visit.visit_date))).scalars())


class MediationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def check_allowed(self, case_id: str) -> list:
        """Problems that forbid mediating this case (the UI asks before showing the form)."""
        with self.ctx.db.read() as s:
            case = self.ctx.writer.get(s, Case, case_id)
        return check_mediation_allowed(case.violation_types, self.ctx.catalogs)

    def record(self, **data: Any) -> Mediation:
        mediation = build(Mediation, data)
        with self.ctx.db.write() as s:
            self.ctx.writer.get(s, Case, mediation.case_id)
            raise_if(check_record(s, mediation, self.ctx.catalogs, self.ctx.today()))
            return self.ctx.writer.create(s, mediation)


class ActivityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record(self, attendees: Sequence[dict[str, Any]] = (),
               **data: Any) -> CommunityActivity:
        """An activity, with its attendance list if one was taken (one transaction: the
        counts then follow the list)."""
        activity = build(CommunityActivity, data)
        with self.ctx.db.write() as s:
            raise_if(check_record(s, activity, self.ctx.catalogs, self.ctx.today()))
            self.ctx.writer.create(s, activity)
            if attendees:
                self._add(s, activity.id, attendees)
        return self.get(activity.id) if attendees else activity

    def get(self, activity_id: str) -> CommunityActivity:
        with self.ctx.db.read() as s:
            return self.ctx.writer.get(s, CommunityActivity, activity_id)

    def add_attendees(self, activity_id: str,
                      attendees: Sequence[dict[str, Any]]) -> list[Attendee]:
        """Participants added to an activity's list in one transaction; the activity's
        counts follow the list (triggers of migration 0016)."""
        with self.ctx.db.write() as s:
            self.ctx.writer.get(s, CommunityActivity, activity_id)
            return self._add(s, activity_id, attendees)

    def _add(self, s: Session, activity_id: str,
             attendees: Sequence[dict[str, Any]]) -> list[Attendee]:
        records = [build(Attendee, {**data, "activity_id": activity_id})
                   for data in attendees]
        for record in records:
            raise_if(check_record(s, record, self.ctx.catalogs, self.ctx.today()))
        self.ctx.writer.create_many(s, records)
        return records

    def remove_attendee(self, attendee_id: str) -> None:
        """Off the list (a tombstone that syncs); the activity's counts follow."""
        with self.ctx.db.write() as s:
            self.ctx.writer.delete(s, Attendee, attendee_id)

    def is_training(self, activity_type: str, plan_action_id: str | None = None) -> bool:
        with self.ctx.db.read() as s:
            return is_training(s, activity_type, plan_action_id)

    def attendees(self, activity_id: str) -> list[Attendee]:
        """The live list, in the order it was written (ids are time-ordered UUIDv7)."""
        with self.ctx.db.read() as s:
            return list(s.execute(select(Attendee).where(
                col(Attendee.activity_id) == activity_id, col(Attendee.deleted).is_(False))
                .order_by(col(Attendee.id))).scalars())


def is_training(s: Session, activity_type: str, plan_action_id: str | None = None) -> bool:
    """A capacitación, or an activity of a training action of a plan (component C1
    or an action carried out by trainings): it keeps hours and a list, and certificates."""
    if activity_type == TRAINING:
        return True
    if not plan_action_id:
        return False
    action = s.get(PlanAction, plan_action_id)
    return action is not None and (action.activity_type == TRAINING
                                   or TRAINING_LINE.match(action.line) is not None)
