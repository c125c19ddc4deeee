"""Follow-ups: something to do on a case by a date; they show in the agenda until done."""

from datetime import date

from sqlalchemy import select
from sqlmodel import col

from app.core.errors import Problem
from app.core.i18n import N_
from app.core.records import Case, FollowUp
from app.core.services.base import ServiceContext, raise_if


class FollowUpService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def schedule(self, case_id: str, due_on: date | None, description: str) -> FollowUp:
        problems = []
        if due_on is None:
            problems.append(Problem("due_on", N_("This field is required.")))
        if not description.strip():
            problems.append(Problem("description", N_("This field is required.")))
        raise_if(problems)
        assert due_on is not None  # refused above
        with self.ctx.db.write() as s:
            case = self.ctx.writer.get(s, Case, case_id)
            return self.ctx.writer.create(s, FollowUp(
                case_id=case_id, household_id=case.household_id, due_on=due_on,
                description=description.strip()))

    def mark_done(self, follow_up_id: str) -> FollowUp:
        with self.ctx.db.write() as s:
            return self.ctx.writer.update(s, FollowUp, follow_up_id, {"done": True})

    def for_case(self, case_id: str) -> list[FollowUp]:
        with self.ctx.db.read() as s:
            return list(s.execute(select(FollowUp).where(
                col(FollowUp.case_id) == case_id, col(FollowUp.deleted).is_(False))
                .order_by(col(FollowUp.due_on))).scalars())
