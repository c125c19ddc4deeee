"""The words of the plan compliance report, shared by its PDF and its XLSX: the scope and
period, month names and lists, a plan's owner, and each month's mark (✓ ✗ ○ +)."""

from app.core.clock import FixedClock
from app.core.i18n import N_
from app.core.records.plans import CANTON, Plan
from app.core.services.base import ServiceContext
from app.core.services.plan_compliance import (
    ActionCompliance,
    Compliance,
    PlanComplianceService,
    PlanPeriod,
)
from app.core.services.plans import PlanService
from app.reports import labels as L
from app.reports.context import ReportContext

DONE, LATE, PENDING, EXTRA = "✓", "✗", "○", "+"
NO_LINE = N_("Without a component")
LEGEND = N_("✓ done · ✗ late (the month is over, no activity) · ○ planned, not over yet · "
            "+ an activity in a month not planned. Events and participants: held / target "
            "of the year.")
SEXES = {"mujeres": N_("Women"), "hombres": N_("Men")}


def compliance_of(ctx: ReportContext, period: PlanPeriod) -> Compliance:
    plans = PlanService(ServiceContext(ctx.db, ctx.writer, ctx.catalogs, FixedClock(ctx.now)))
    return PlanComplianceService(plans).compliance(period, ctx.today)


def month_word(ctx: ReportContext, month: int) -> str:
    return ctx.tr(L.MONTHS[month - 1])


def month_list(ctx: ReportContext, months: list[int]) -> str:
    names = [month_word(ctx, m) for m in months]
    if len(names) < 2:
        return "".join(names)
    return ctx.tr(N_("{first} and {last}")).format(first=", ".join(names[:-1]),
                                                   last=names[-1])


def scope_text(ctx: ReportContext, period: PlanPeriod) -> str:
    canton = ctx.catalogs.territory.canton
    if period.parish is None:
        return ctx.tr(N_("Canton {canton}: POA and every parish's PTA")).format(canton=canton)
    if period.parish == CANTON:
        return ctx.tr(N_("Canton {canton}: POA")).format(canton=canton)
    return ctx.tr(N_("Parish {parish}: PTA")).format(parish=ctx.parish_name(period.parish))


def period_text(ctx: ReportContext, period: PlanPeriod) -> str:
    return ctx.tr(N_("Year {year} · {first} to {last}")).format(
        year=period.year, first=month_word(ctx, period.first), last=month_word(ctx, period.last))


def owner(ctx: ReportContext, plan: Plan) -> str:
    return "POA" if plan.parish == CANTON else ctx.parish_name(plan.parish)


def line_name(ctx: ReportContext, line: str) -> str:
    return line or ctx.tr(NO_LINE)


def of_target(done: int, target: int | None) -> str:
    return f"{done}/{target}" if target else str(done)


def month_mark(row: ActionCompliance, month: int) -> str:
    if month in row.planned:
        return DONE if month in row.events else LATE if month in row.late else PENDING
    return EXTRA if month in row.events else ""
