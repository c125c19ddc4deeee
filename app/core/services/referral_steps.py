"""Where a case was really sent, read from the local store (the rule itself is pure:
`app.core.rules.referrals`)."""

from sqlalchemy import select
from sqlmodel import Session

from app.core.records import Referral, ReferralStatus
from app.core.rules.referrals import latest, sent_to

__all__ = ["latest", "referred_to"]


def referred_to(session: Session, case_id: str) -> set[str]:
    """Institutions a case was really sent to: not drafts, not rejected."""
    referrals = {r.id: r.institution for r in session.execute(select(Referral).where(
        Referral.case_id == case_id, Referral.deleted.is_(False))).scalars()}
    return sent_to(referrals, session.execute(select(ReferralStatus).where(
        ReferralStatus.referral_id.in_(list(referrals)))).scalars())
