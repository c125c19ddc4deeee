"""An independent count of plan compliance, from the JSON Lines export only.

It shares no code with the report side: plain Python over the exported dicts, its own
reading of the rules (a planned month is done when a live activity of the action was held
in it; late when it is over and nothing was held).
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from app.core.exporting import iter_records
from app.core.store.database import Database


@dataclass
class ExpectedAction:
    parish: str
    line: str
    planned: set[int] = field(default_factory=set)
    done: set[int] = field(default_factory=set)  # planned months with an activity
    late: set[int] = field(default_factory=set)
    events: int = 0
    participants: int = 0
    attendance: Counter = field(default_factory=Counter)


def expected_compliance(db: Database, year: int, first: int, last: int,
                        parish: str | None, today: date) -> dict[str, ExpectedAction]:
    """Per live action id of the scope's plans (parish None: every plan of the year)."""
    rows = defaultdict(list)
    for record in iter_records(db):
        rows[record["type"]].append(record)
    plans = {p["id"]: p for p in rows["plan"] if not p["deleted"] and p["year"] == year
             and (parish is None or p["parish"] == parish)}
    out: dict[str, ExpectedAction] = {}
    for a in rows["plan_action"]:
        if a["deleted"] or a["plan_id"] not in plans:
            continue
        out[a["id"]] = ExpectedAction(plans[a["plan_id"]]["parish"], a["line"].strip(),
                                      {m for m in a["months"] if first <= m <= last})
    held = defaultdict(set)
    for act in rows["activity"]:
        day = date.fromisoformat(act["held_on"])
        action = out.get(act["plan_action_id"] or "")
        if act["deleted"] or action is None or day.year != year \
                or not first <= day.month <= last:
            continue
        held[act["plan_action_id"]].add(day.month)
        action.events += 1
        action.participants += sum(act["attendance"].values())
        action.attendance.update(act["attendance"])
    for action_id, action in out.items():
        action.done = action.planned & held[action_id]
        action.late = {m for m in action.planned - held[action_id]
                       if date(year, m, 1) < date(today.year, today.month, 1)}
    return out
