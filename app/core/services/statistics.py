"""Statistics of cases: counts by violation type, parish, sex, age group, ethnicity,
referral institution and outcome, and the month-by-month trend.

Everything is counted in SQL over the encrypted store; only the age group, which needs
the CONA rule of `app.core.rules.ages`, is classified in Python from one row per
(case, affected person). Tombstones never count.

Definitions (the reports print them as footnotes):
- a *case* counts in a period when it was opened in it (`opened_on`, inclusive bounds);
- an *attention* is one affected person in one case: a person in two cases counts twice;
  sex, age group (age on the day the case opened) and ethnicity describe attentions;
- a case with several violation types counts once under each type, so the shares by type
  are shares of cases and may add up to more than 100 %;
- referrals are those of the counted cases; their outcome is their current status.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select, true
from sqlalchemy.orm import Session
from sqlmodel import col

from app.core.records import Case, Person, Referral
from app.core.rules.ages import age_group, current_age
from app.core.services.referral_steps import current_step_query
from app.core.store.database import Database

# The category of a value that was not recorded (no ethnicity, unknown age…).
UNKNOWN = ""


@dataclass(frozen=True)
class Scope:
    """Which cases count: opened between `start` and `end` (inclusive; None = open),
    optionally in one parish and/or registered by one user."""

    start: date | None = None
    end: date | None = None
    parish: str | None = None
    promoter: str | None = None

    def case_filter(self) -> list[ColumnElement[bool]]:
        cond: list[ColumnElement[bool]] = [col(Case.deleted).is_(False)]
        if self.start is not None:
            cond.append(col(Case.opened_on) >= self.start)
        if self.end is not None:
            cond.append(col(Case.opened_on) <= self.end)
        if self.parish:
            cond.append(col(Case.parish) == self.parish)
        if self.promoter:
            cond.append(col(Case.created_by) == self.promoter)
        return cond


@dataclass
class Tally:
    """Counts per category code and the total that percentages are taken of."""

    counts: dict[str, int] = field(default_factory=dict)
    total: int = 0

    def percent(self, code: str) -> float:
        return 100.0 * self.counts.get(code, 0) / self.total if self.total else 0.0

    def ordered(self, order: tuple[str, ...] | None = None) -> list[tuple[str, int]]:
        """Categories in the given order (missing ones as 0, unlisted ones after), or by
        count, largest first; the unknown category always goes last."""
        if order is None:
            rows = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        else:
            rows = [(c, self.counts.get(c, 0)) for c in order]
            rows += sorted((c, n) for c, n in self.counts.items() if c not in order)
        known = [(c, n) for c, n in rows if c != UNKNOWN]
        return known + [(c, n) for c, n in rows if c == UNKNOWN]


@dataclass
class CaseStats:
    scope: Scope
    cases: int
    attentions: int
    by_violation: Tally
    by_parish: Tally
    by_status: Tally
    by_sex: Tally
    by_age_group: Tally
    by_ethnicity: Tally
    by_institution: Tally
    by_outcome: Tally
    by_month: Tally
    # institution → outcome → count, and age group → sex → count, for cross tables.
    institution_outcome: dict[str, dict[str, int]]
    age_sex: dict[str, dict[str, int]]


def _tally(rows: Iterable[Any], total: int) -> Tally:
    """Rows of (code or None, count)."""
    return Tally({(code or UNKNOWN): n for code, n in rows}, total)


class StatisticsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def case_stats(self, scope: Scope) -> CaseStats:
        with self.db.read() as s:
            return self._case_stats(s, scope)

    def _case_stats(self, s: Session, scope: Scope) -> CaseStats:
        cond = scope.case_filter()
        cases = s.execute(select(func.count()).select_from(Case).where(*cond)).scalar_one()

        def grouped(column) -> list[tuple[str, int]]:
            return list(s.execute(select(column, func.count()).where(*cond)
                                  .group_by(column)).all())

        types = func.json_each(col(Case.violation_types)).table_valued("value").alias("vt")
        by_violation = list(s.execute(
            select(types.c.value, func.count(func.distinct(col(Case.id))))
            .select_from(Case).join(types, true()).where(*cond).group_by(types.c.value)
        ).all())
        month = func.substr(col(Case.opened_on), 1, 7)
        attn = self._attentions(s, cond)
        referrals = self._referral_outcomes(s, cond)
        inst_out: dict[str, dict[str, int]] = {}
        for inst, status in referrals:
            row = inst_out.setdefault(inst, {})
            row[status] = row.get(status, 0) + 1
        n_ref = len(referrals)
        age_sex: dict[str, dict[str, int]] = {}
        for sex, group, _ in attn:
            row = age_sex.setdefault(group, {})
            row[sex] = row.get(sex, 0) + 1
        return CaseStats(
            scope=scope, cases=cases, attentions=len(attn),
            by_violation=_tally(by_violation, cases),
            by_parish=_tally(grouped(col(Case.parish)), cases),
            by_status=_tally(grouped(col(Case.status)), cases),
            by_sex=Tally(dict(Counter(a[0] or UNKNOWN for a in attn)), len(attn)),
            by_age_group=Tally(dict(Counter(a[1] for a in attn)), len(attn)),
            by_ethnicity=Tally(dict(Counter(a[2] or UNKNOWN for a in attn)), len(attn)),
            by_institution=Tally(dict(Counter(r[0] for r in referrals)), n_ref),
            by_outcome=Tally(dict(Counter(r[1] for r in referrals)), n_ref),
            by_month=_tally(grouped(month), cases),
            institution_outcome=inst_out, age_sex=age_sex,
        )

    @staticmethod
    def _attentions(s: Session, cond: list) -> list[tuple[str, str, str]]:
        """(sex, age group, ethnicity) of each affected person of each counted case;
        a person deleted since counts as not recorded."""
        ids = func.json_each(col(Case.affected_person_ids)).table_valued("value").alias("ap")
        rows = s.execute(
            select(col(Case.opened_on), col(Person.sex), col(Person.ethnicity),
                   col(Person.birth_date), col(Person.estimated_age), col(Person.estimated_on))
            .select_from(Case).join(ids, true())
            .outerjoin(Person, and_(col(Person.id) == ids.c.value, col(Person.deleted).is_(False)))
            .where(*cond)
        ).all()
        out = []
        for opened, sex, ethnicity, birth, est_age, est_on in rows:
            age = current_age(birth, est_age, est_on, opened)
            group = age_group(age, estimated=birth is None) or UNKNOWN
            out.append((sex or UNKNOWN, group, ethnicity or UNKNOWN))
        return out

    @staticmethod
    def _referral_outcomes(s: Session, cond: list) -> list[tuple[str, str]]:
        """(institution, current status) of each live referral of the counted cases."""
        referral_ids = (select(col(Referral.id)).join(Case, col(Case.id) == col(Referral.case_id))
                        .where(col(Referral.deleted).is_(False), *cond))
        current = current_step_query(referral_ids).subquery()
        return list(s.execute(
            select(col(Referral.institution), current.c.status)
            .join(current, current.c.referral_id == col(Referral.id))
        ).all())
