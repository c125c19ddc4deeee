"""Plan compliance: planned against done for a period of a plan year, per line and action.

The counts come from SQL: `PlanService.progress` (activities and attendance per action and
month, one query) and `ATTENDANCE_SQL` below (attendance per action by sex and age group);
this module only keeps the period's months and adds them up per line.

Definitions (the report prints them):
- the scope is one parish's PTA, or the canton: the Consejo's POA and every PTA;
- a planned month is *done* when an activity of the action was held in it; activities in
  months that were not planned count as events and participants, not as planned months done;
- a planned month is *late* when it is over (before today's month) and nothing was held;
- targets (events, participants) are the plan's, for the whole year.
"""

import calendar
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import text

from app.core.records import Plan, PlanAction
from app.core.records.community import ATTENDANCE_KEYS
from app.core.services.plans import ActionProgress, PlanService

# Per action: the attendance of its activities held between :start and :end, per key.
ATTENDANCE_SQL = text("""
SELECT a.plan_action_id AS action_id, j.key AS key, SUM(j.value) AS people
FROM activity AS a
JOIN plan_action AS pa ON pa.id = a.plan_action_id AND NOT pa.deleted
JOIN plan AS p ON p.id = pa.plan_id AND NOT p.deleted
JOIN json_each(a.attendance) AS j
WHERE NOT a.deleted AND p.year = :year AND a.held_on >= :start AND a.held_on <= :end
  AND (:parish IS NULL OR p.parish = :parish)
GROUP BY a.plan_action_id, j.key
""")


@dataclass(frozen=True)
class PlanPeriod:
    """Months `first`..`last` of a plan year, of one parish's PTA or (parish None) of the
    whole canton: the POA and every PTA."""

    year: int
    first: int = 1
    last: int = 12
    parish: str | None = None

    @property
    def months(self) -> list[int]:
        return list(range(self.first, self.last + 1))

    @property
    def start(self) -> date:
        return date(self.year, self.first, 1)

    @property
    def end(self) -> date:
        return date(self.year, self.last, calendar.monthrange(self.year, self.last)[1])


@dataclass
class ActionCompliance:
    plan: Plan
    action: PlanAction
    planned: list[int]  # planned months in the period
    events: dict[int, int]  # month in the period → activities held
    participants: dict[int, int]  # month in the period → attendance
    attendance: dict[str, int]  # ATTENDANCE_KEYS → attendance in the period
    late: list[int]

    @property
    def done(self) -> list[int]:
        """Planned months with an activity."""
        return [m for m in self.planned if m in self.events]

    @property
    def unplanned(self) -> list[int]:
        """Months with an activity that were not planned."""
        return sorted(m for m in self.events if m not in self.planned)

    @property
    def total_events(self) -> int:
        return sum(self.events.values())

    @property
    def total_participants(self) -> int:
        return sum(self.participants.values())

    @property
    def target_participants(self) -> int | None:
        targets = self.action.target_participants
        return sum(targets.values()) if targets else None


@dataclass
class Totals:
    """What a line or the whole scope adds up to."""

    actions: int = 0
    planned: int = 0  # planned action-months
    done: int = 0  # of them, with an activity
    late: int = 0
    events: int = 0
    target_events: int = 0
    participants: int = 0
    target_participants: int = 0
    planned_by_month: dict[int, int] = field(default_factory=dict)
    done_by_month: dict[int, int] = field(default_factory=dict)
    attendance: dict[str, int] = field(default_factory=dict)
    target_attendance: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        """Share of the planned months done, in %."""
        return 100.0 * self.done / self.planned if self.planned else 0.0

    def add(self, row: ActionCompliance) -> None:
        self.actions += 1
        self.planned += len(row.planned)
        self.done += len(row.done)
        self.late += len(row.late)
        self.events += row.total_events
        self.target_events += row.action.target_events or 0
        self.participants += row.total_participants
        self.target_participants += row.target_participants or 0
        for m in row.planned:
            self.planned_by_month[m] = self.planned_by_month.get(m, 0) + 1
        for m in row.done:
            self.done_by_month[m] = self.done_by_month.get(m, 0) + 1
        for key, n in row.attendance.items():
            self.attendance[key] = self.attendance.get(key, 0) + n
        for key, n in row.action.target_participants.items():
            self.target_attendance[key] = self.target_attendance.get(key, 0) + n


@dataclass
class LineCompliance:
    line: str  # '' for actions without one
    actions: list[ActionCompliance] = field(default_factory=list)
    totals: Totals = field(default_factory=Totals)


@dataclass
class Compliance:
    period: PlanPeriod
    today: date
    plans: list[Plan]
    lines: list[LineCompliance]
    totals: Totals


def _compliance(row: ActionProgress, period: PlanPeriod, today: date,
                attendance: dict[str, int]) -> ActionCompliance:
    months = set(period.months)
    late = set(row.late_months(today))
    return ActionCompliance(
        plan=row.plan, action=row.action,
        planned=[m for m in sorted(row.action.months) if m in months],
        events={m: n for m, n in row.events.items() if m in months},
        participants={m: n for m, n in row.participants.items() if m in months},
        attendance=attendance, late=[m for m in sorted(late) if m in months])


class PlanComplianceService:
    def __init__(self, plans: PlanService) -> None:
        self.plans = plans

    def compliance(self, period: PlanPeriod, today: date) -> Compliance:
        rows = self.plans.progress(period.year, period.parish)
        with self.plans.ctx.db.read() as s:
            found = s.execute(ATTENDANCE_SQL, {
                "year": period.year, "start": period.start.isoformat(),
                "end": period.end.isoformat(),
                "parish": period.parish}).all()
        attendance: dict[str, dict[str, int]] = {}
        for action_id, key, people in found:
            if key in ATTENDANCE_KEYS:
                attendance.setdefault(action_id, {})[key] = int(people or 0)
        lines: dict[str, LineCompliance] = {}
        totals, plans = Totals(), dict[str, Plan]()
        for row in rows:
            item = _compliance(row, period, today, attendance.get(row.action.id, {}))
            line = lines.setdefault(row.action.line.strip(),
                                    LineCompliance(row.action.line.strip()))
            line.actions.append(item)
            line.totals.add(item)
            totals.add(item)
            plans.setdefault(row.plan.id, row.plan)
        return Compliance(period, today, list(plans.values()), list(lines.values()), totals)
