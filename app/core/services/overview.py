"""The Consejo technician's canton overview: per parish, what needs following up.

Read from the technician's own store (it holds the whole canton), so it works offline.
Each figure has one definition — the FROM/WHERE of its rows — from which both its counts
per parish and the list behind a count are queried:
- open cases: not closed, by risk level;
- referrals waiting for an answer beyond 48 hours: current step sent or received, recorded
  more than 48 hours ago (as on the promoter's agenda);
- overdue visits: planned for a day before today, neither done nor cancelled since, of a
  case still open (or of no case);
- overdue follow-ups: due before today, not done, of a case still open (or of a family).
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import text

from app.core.clock import Clock
from app.core.services.affected import AffectedPerson, affected_by_case
from app.core.services.agenda import REFERRAL_ANSWER_HOURS, WAITING_STATUSES
from app.core.services.referral_steps import CURRENT_STEP_SQL
from app.core.store.database import Database

FIGURES = ("open_cases", "waiting_referrals", "overdue_visits", "overdue_follow_ups")
LIMIT = 1000
_WAITING = ", ".join(f"'{s}'" for s in WAITING_STATUSES)
# A case that still asks for work: a planned visit or follow-up of a closed case is not.
_OPEN_CASE = "(c.id IS NULL OR (c.deleted = 0 AND c.status != 'closed'))"

# figure → (rows: FROM … WHERE …, the parish column, the columns of the list behind it)
DEFINITIONS: dict[str, tuple[str, str, str]] = {
    "open_cases": (
        """FROM "case" c WHERE c.deleted = 0 AND c.status != 'closed'""",
        "c.parish",
        """c.id AS record_id, c.id AS case_id, c.household_id, c.code,
           c.opened_on AS day, c.risk_level AS detail"""),
    "waiting_referrals": (
        """FROM referral r JOIN "case" c ON c.id = r.case_id
           JOIN referral_status st ON st.referral_id = r.id
           WHERE r.deleted = 0 AND c.deleted = 0 AND st.rowid = """ + CURRENT_STEP_SQL + f"""
             AND st.status IN ({_WAITING}) AND st.created_at <= :cutoff""",
        "c.parish",
        """r.id AS record_id, r.case_id, c.household_id, c.code,
           st.created_at AS day, r.institution AS detail"""),
    "overdue_visits": (
        f"""FROM visit v JOIN household h ON h.id = v.household_id
           LEFT JOIN "case" c ON c.id = v.case_id
           WHERE v.state = 'planned' AND v.deleted = 0 AND h.deleted = 0
             AND v.visit_date < :today AND {_OPEN_CASE}
             AND NOT EXISTS (SELECT 1 FROM visit d WHERE d.plan_id = v.id)""",
        "h.parish",
        """v.id AS record_id, v.case_id, v.household_id, c.code,
           v.visit_date AS day, h.community AS detail"""),
    "overdue_follow_ups": (
        f"""FROM follow_up f LEFT JOIN "case" c ON c.id = f.case_id
           LEFT JOIN household h ON h.id = f.household_id
           WHERE f.done = 0 AND f.deleted = 0 AND f.due_on < :today AND {_OPEN_CASE}""",
        "coalesce(c.parish, h.parish)",
        """f.id AS record_id, f.case_id, f.household_id, c.code,
           f.due_on AS day, f.description AS detail"""),
}


@dataclass
class ParishFigures:
    parish: str
    open_by_risk: dict[str, int] = field(default_factory=dict)
    waiting_referrals: int = 0
    overdue_visits: int = 0
    overdue_follow_ups: int = 0

    @property
    def open_cases(self) -> int:
        return sum(self.open_by_risk.values())


@dataclass(frozen=True)
class OverviewItem:
    """One row behind a figure: a case, a referral, a planned visit or a follow-up."""

    figure: str
    record_id: str
    case_id: str | None
    household_id: str | None
    case_code: str
    day: date
    detail: str  # a risk level or institution code, a community, a follow-up's text
    affected: tuple[AffectedPerson, ...] = ()


def _stamp(moment: datetime) -> str:
    """How SQLAlchemy stores a DateTime in SQLite, so that text comparison orders."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


class CantonOverview:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db, self.clock = db, clock

    def _params(self) -> dict[str, Any]:
        cutoff = self.clock.now().replace(tzinfo=None) - timedelta(hours=REFERRAL_ANSWER_HOURS)
        return {"today": self.clock.today().isoformat(), "cutoff": _stamp(cutoff)}

    def figures(self) -> dict[str, ParishFigures]:
        """Per parish code, its figures; parishes with nothing to follow are left out."""
        found: dict[str, ParishFigures] = {}
        params = self._params()
        with self.db.read() as s:
            run = s.connection().execute
            rows, parish, _ = DEFINITIONS["open_cases"]
            for r in run(text(f"SELECT {parish} AS parish, c.risk_level, count(*) AS n "
                              f"{rows} GROUP BY 1, 2"), params):
                entry = found.setdefault(r.parish or "", ParishFigures(r.parish or ""))
                entry.open_by_risk[r.risk_level] = r.n
            for figure in FIGURES[1:]:
                rows, parish, _ = DEFINITIONS[figure]
                for r in run(text(f"SELECT {parish} AS parish, count(*) AS n {rows} "
                                  "GROUP BY 1"), params):
                    entry = found.setdefault(r.parish or "", ParishFigures(r.parish or ""))
                    setattr(entry, figure, r.n)
        return found

    def items(self, figure: str, parish: str | None = None, risk: str = "",
              limit: int = LIMIT) -> list[OverviewItem]:
        """The rows behind a figure, of one parish (None: the whole canton), oldest
        first; open cases of one risk level when `risk` is given."""
        rows, parish_column, columns = DEFINITIONS[figure]
        where, params = "", {**self._params(), "limit": limit}
        if parish is not None:
            where += f" AND {parish_column} = :parish"
            params["parish"] = parish
        if risk:
            where += " AND c.risk_level = :risk"
            params["risk"] = risk
        query = text(f"SELECT {columns} {rows}{where} ORDER BY day, record_id LIMIT :limit")
        with self.db.read() as s:
            found = s.connection().execute(query, params).all()
            affected = affected_by_case(s, (r.case_id for r in found if r.case_id),
                                        self.clock.today())
        return [OverviewItem(figure, r.record_id, r.case_id, r.household_id, r.code or "",
                             date.fromisoformat(str(r.day)[:10]), r.detail or "",
                             affected.get(r.case_id or "", ()))
                for r in found]
