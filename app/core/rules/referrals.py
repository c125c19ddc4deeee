"""A referral's current step and where a case was really sent: pure, so the desktop
(over its store) and the server (over its documents) decide alike."""

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Protocol, TypeVar

from app.core.records.cases import REFERRAL_STATUSES

NOT_SENT = ("drafted", "rejected")


class Step(Protocol):
    @property
    def referral_id(self) -> str: ...
    @property
    def server_version(self) -> int | None: ...
    @property
    def created_at(self) -> datetime | str: ...
    @property
    def status(self) -> str: ...


S = TypeVar("S", bound=Step)


def latest(steps: Iterable[S]) -> S:
    """The current step: highest server version; unsynced local steps are the newest.
    Steps written in one transaction share a time stamp: the later stage of the life
    cycle wins the tie."""
    return max(steps, key=lambda st: (st.server_version is None, st.server_version or 0,
                                      st.created_at,
                                      REFERRAL_STATUSES.index(st.status)
                                      if st.status in REFERRAL_STATUSES else -1))


def sent_to(referrals: Mapping[str, str], steps: Iterable[Step]) -> set[str]:
    """Institutions of `referrals` (id → institution) whose current step says they were
    really sent: not a draft, not rejected."""
    logs: dict[str, list[Step]] = {}
    for step in steps:
        if step.referral_id in referrals:
            logs.setdefault(step.referral_id, []).append(step)
    return {referrals[rid] for rid, log in logs.items() if latest(log).status not in NOT_SENT}
