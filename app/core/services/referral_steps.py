"""A referral's current step, and where a case was really sent: read by the referral
service, the work lists and the record rules (a closed sexual-violence case)."""

from sqlalchemy import select
from sqlmodel import Session

from app.core.records import Referral, ReferralStatus
from app.core.records.cases import REFERRAL_STATUSES

NOT_SENT = ("drafted", "rejected")


def latest(statuses: list[ReferralStatus]) -> ReferralStatus:
    """The current step: highest server version; unsynced local steps are the newest.
    Steps written in one transaction share a time stamp: the later stage of the life
    cycle wins the tie."""
    return max(statuses, key=lambda st: (st.server_version is None,
                                         st.server_version or 0, st.created_at,
                                         REFERRAL_STATUSES.index(st.status)
                                         if st.status in REFERRAL_STATUSES else -1))


def referred_to(session: Session, case_id: str) -> set[str]:
    """Institutions a case was really sent to: not drafts, not rejected."""
    referrals = {r.id: r.institution for r in session.execute(select(Referral).where(
        Referral.case_id == case_id, Referral.deleted.is_(False))).scalars()}
    steps: dict[str, list[ReferralStatus]] = {}
    for st in session.execute(select(ReferralStatus).where(
            ReferralStatus.referral_id.in_(list(referrals)))).scalars():
        steps.setdefault(st.referral_id, []).append(st)
    return {referrals[rid] for rid, log in steps.items() if latest(log).status not in NOT_SENT}
