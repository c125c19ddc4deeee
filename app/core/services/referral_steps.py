"""A referral's current step and where a case was really sent, read from the local
store. The rule itself is pure (`app.core.rules.referrals`); every query here orders
steps as it does, in Python or in SQL (`current_step_order`)."""

from collections.abc import Iterable

from sqlalchemy import Select, func, literal_column, select, text
from sqlmodel import Session, col

from app.core.records import Referral, ReferralStatus
from app.core.rules.referrals import current_step_order, latest, sent_to

__all__ = ["CURRENT_STEP_SQL", "current_step_query", "latest", "referred_to",
           "steps_in_order"]

# The rowid of referral `r`'s current step, for queries that join `referral r`.
CURRENT_STEP_SQL = f"""(
        SELECT s2.rowid FROM referral_status s2 WHERE s2.referral_id = r.id
        ORDER BY {current_step_order("s2")} LIMIT 1)"""


def steps_in_order(referral_ids: Iterable[str]) -> Select:
    """The steps of some referrals in the order they were recorded: what `latest` reads."""
    return (select(ReferralStatus)
            .where(col(ReferralStatus.referral_id).in_(list(referral_ids)))
            .order_by(literal_column("referral_status.rowid")))


def current_step_query(referral_ids: Select) -> Select:
    """(referral_id, status) of each referral's current step."""
    rank = func.row_number().over(partition_by=col(ReferralStatus.referral_id),
                                  order_by=text(current_step_order("referral_status")))\
        .label("rank")
    steps = (select(col(ReferralStatus.referral_id), col(ReferralStatus.status), rank)
             .where(col(ReferralStatus.referral_id).in_(referral_ids)).subquery())
    return select(steps.c.referral_id, steps.c.status).where(steps.c.rank == 1)


def referred_to(session: Session, case_id: str) -> set[str]:
    """Institutions a case was really sent to: not drafts, not rejected."""
    referrals = {r.id: r.institution for r in session.execute(select(Referral).where(
        col(Referral.case_id) == case_id, col(Referral.deleted).is_(False))).scalars()}
    return sent_to(referrals, session.execute(steps_in_order(referrals)).scalars())
