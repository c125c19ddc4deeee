"""The plan actions an activity may carry out, as a form lists them."""

from app.core.records.plans import CANTON
from app.ui.shell.session import Session

SHOWN = 90  # characters of an action's text in a list; the tooltip has it whole


def plan_action_choices(session: Session, year: int, parish: str) -> list[tuple[str, str]]:
    """(id, text) of the year's actions of the parish's PTA, then of the canton's POA."""
    plans = session.ws.plans
    found = {p.parish: p for p in plans.plans(year) if p.parish in (parish, CANTON)}
    out: list[tuple[str, str]] = []
    for owner in (parish, CANTON) if parish else (CANTON,):
        plan = found.get(owner)
        if plan is None:
            continue
        kind = "POA" if owner == CANTON else "PTA"
        for action in plans.actions(plan.id):
            text = " ".join(action.proposed_action.split())
            if len(text) > SHOWN:
                text = text[:SHOWN - 1] + "…"
            out.append((action.id, f"{kind} · {action.line + ' · ' if action.line else ''}"
                                   f"{text}"))
    return out
