"""Referrals (derivaciones) and their status log."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from app.core.records import Case, Referral, ReferralStatus
from app.core.rules.referrals import check_step, next_steps
from app.core.rules.validation import validate_referral_status
from app.core.services.base import ServiceContext, build, raise_if
from app.core.services.record_rules import check_record
from app.core.services.referral_steps import latest, steps_in_order

__all__ = ["ReferralService", "ReferralView", "latest"]


@dataclass(frozen=True)
class ReferralView:
    referral: Referral
    status: ReferralStatus  # the current step
    steps: tuple[ReferralStatus, ...] = ()  # every step, in the order recorded


class ReferralService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def create(self, *, send: bool = True, **data: Any) -> Referral:
        referral = build(Referral, data)
        with self.ctx.db.write() as s:
            raise_if(check_record(s, referral, self.ctx.catalogs, self.ctx.today()))
            self.ctx.writer.get(s, Case, referral.case_id)
            self.ctx.writer.create(s, referral)
            self.ctx.writer.create(s, ReferralStatus(
                referral_id=referral.id, status="sent" if send else "drafted"))
            return referral

    def add_status(self, referral_id: str, status: str, note: str = "",
                   answer: str = "") -> ReferralStatus:
        """A new step; it must follow the current one in the life cycle (the server
        checks it again against the steps other devices sent meanwhile)."""
        raise_if(validate_referral_status(status))
        with self.ctx.db.write() as s:
            self.ctx.writer.get(s, Referral, referral_id)
            raise_if(check_step(self._current(s, referral_id), status))
            return self.ctx.writer.create(s, ReferralStatus(
                referral_id=referral_id, status=status, note=note, answer=answer))

    def next_steps(self, referral_id: str) -> tuple[str, ...]:
        """The steps this referral may take next: what a form offers."""
        return next_steps(self.current_status(referral_id))

    def current_status(self, referral_id: str) -> str | None:
        with self.ctx.db.read() as s:
            return self._current(s, referral_id)

    @staticmethod
    def _current(s: Any, referral_id: str) -> str | None:
        steps = list(s.execute(steps_in_order([referral_id])).scalars())
        return latest(steps).status if steps else None

    def history(self, referral_id: str) -> list[ReferralStatus]:
        with self.ctx.db.read() as s:
            return list(s.execute(steps_in_order([referral_id])).scalars())

    def for_case(self, case_id: str) -> list[ReferralView]:
        with self.ctx.db.read() as s:
            referrals = list(s.execute(select(Referral).where(
                col(Referral.case_id) == case_id, col(Referral.deleted).is_(False))).scalars())
            steps: dict[str, list[ReferralStatus]] = {}
            for st in s.execute(steps_in_order(r.id for r in referrals)).scalars():
                steps.setdefault(st.referral_id, []).append(st)
        return [ReferralView(r, latest(steps[r.id]), tuple(steps[r.id]))
                for r in referrals if r.id in steps]
