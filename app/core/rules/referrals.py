"""A referral's life cycle, its current step and where a case was really sent: pure, so
the desktop (over its store) and the server (over its documents) decide alike."""

from collections.abc import Iterable, Mapping
from typing import Protocol, TypeVar

from app.core.errors import Problem
from app.core.i18n import N_

NOT_SENT = ("drafted", "rejected")

# The life cycle (DOMAIN.md: drafted → sent → received → in attention → answered →
# closed; or rejected/redirected): the steps that may follow each current step, None
# being a referral without steps yet. An institution may repeat its current step to
# record progress (a note, a modified measure); "closed" ends the referral.
NEXT_STEPS: dict[str | None, tuple[str, ...]] = {
    None: ("drafted", "sent"),
    "drafted": ("sent", "closed"),
    "sent": ("received", "rejected", "closed"),
    "received": ("received", "in_attention", "answered", "rejected", "closed"),
    "in_attention": ("in_attention", "answered", "rejected", "closed"),
    "answered": ("answered", "in_attention", "closed"),
    "rejected": ("sent", "closed"),
    "closed": (),
}
OUT_OF_ORDER = N_("This step does not follow the referral's current step (an answer "
                  "before its receipt, a step after its closing): choose one of the "
                  "steps offered.")


def next_steps(current: str | None) -> tuple[str, ...]:
    """The steps a referral whose current step is `current` may take next."""
    return NEXT_STEPS.get(current, ())


def check_step(current: str | None, status: str) -> list[Problem]:
    """[] when `status` may follow `current` (the referral's current step, or None)."""
    if status in next_steps(current):
        return []
    return [Problem("status", OUT_OF_ORDER)]


class Step(Protocol):
    @property
    def referral_id(self) -> str: ...
    @property
    def server_version(self) -> int | None: ...
    @property
    def status(self) -> str: ...


S = TypeVar("S", bound=Step)


def current_step_order(table: str) -> str:
    """`latest` in SQL, over the desktop's `referral_status` table (named `table` in the
    query): its rowid is the order this device recorded or received the steps. Every
    query of a current step uses it (app.core.services.referral_steps)."""
    return (f"{table}.server_version IS NULL DESC, {table}.server_version DESC, "
            f"{table}.rowid DESC")


def latest(steps: Iterable[S]) -> S:
    """The current step: the last one recorded. The server numbers steps in the order
    devices recorded them; steps not yet synced come after every synced one, in the
    order given — callers pass steps in the order they were recorded (the desktop by
    rowid, the server in batch order). Time stamps never decide: device clocks may be
    wrong, and steps written or synced together share one (invariant 6)."""
    best: S | None = None
    best_key = (False, 0)
    for step in steps:
        key = (step.server_version is None, step.server_version or 0)
        if best is None or key >= best_key:
            best, best_key = step, key
    if best is None:
        raise ValueError("a referral without steps")
    return best


def sent_to(referrals: Mapping[str, str], steps: Iterable[Step]) -> set[str]:
    """Institutions of `referrals` (id → institution) whose current step says they were
    really sent: not a draft, not rejected."""
    logs: dict[str, list[Step]] = {}
    for step in steps:
        if step.referral_id in referrals:
            logs.setdefault(step.referral_id, []).append(step)
    return {referrals[rid] for rid, log in logs.items() if latest(log).status not in NOT_SENT}
