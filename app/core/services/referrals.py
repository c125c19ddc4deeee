"""Referrals (derivaciones) and their status log."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.core.records import Case, Referral, ReferralStatus
from app.core.records.cases import REFERRAL_STATUSES
from app.core.rules.validation import validate_referral, validate_referral_status
from app.core.services.base import ServiceContext, build, raise_if


@dataclass(frozen=True)
class ReferralView:
    referral: Referral
    status: ReferralStatus


def latest(statuses: list[ReferralStatus]) -> ReferralStatus:
    """The current step: highest server version; unsynced local steps are the newest.
    Steps written in one transaction share a time stamp: the later stage of the life
    cycle wins the tie."""
    return max(statuses, key=lambda st: (st.server_version is None,
                                         st.server_version or 0, st.created_at,
                                         REFERRAL_STATUSES.index(st.status)
                                         if st.status in REFERRAL_STATUSES else -1))


class ReferralService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def create(self, *, send: bool = True, **data: Any) -> Referral:
        referral = build(Referral, data)
        raise_if(validate_referral(referral, self.ctx.catalogs))
        with self.ctx.db.write() as s:
            self.ctx.writer.get(s, Case, referral.case_id)
            self.ctx.writer.create(s, referral)
            self.ctx.writer.create(s, ReferralStatus(
                referral_id=referral.id, status="sent" if send else "drafted"))
            return referral

    def add_status(self, referral_id: str, status: str, note: str = "",
                   answer: str = "") -> ReferralStatus:
        raise_if(validate_referral_status(status))
        with self.ctx.db.write() as s:
            self.ctx.writer.get(s, Referral, referral_id)
            return self.ctx.writer.create(s, ReferralStatus(
                referral_id=referral_id, status=status, note=note, answer=answer))

    def history(self, referral_id: str) -> list[ReferralStatus]:
        with self.ctx.db.read() as s:
            return list(s.execute(select(ReferralStatus)
                                  .where(ReferralStatus.referral_id == referral_id)
                                  .order_by(ReferralStatus.created_at)).scalars())

    def for_case(self, case_id: str) -> list[ReferralView]:
        with self.ctx.db.read() as s:
            referrals = list(s.execute(select(Referral).where(
                Referral.case_id == case_id, Referral.deleted.is_(False))).scalars())
            steps: dict[str, list[ReferralStatus]] = {}
            for st in s.execute(select(ReferralStatus).where(
                    ReferralStatus.referral_id.in_([r.id for r in referrals]))).scalars():
                steps.setdefault(st.referral_id, []).append(st)
        return [ReferralView(r, latest(steps[r.id])) for r in referrals if r.id in steps]
