"""Labellers of codes for documents and exports (the words are the core's one table,
app/core/labels.py), month names, and the rows of a statistics table with its shares."""

from collections.abc import Callable
from datetime import date

from app.core.i18n import N_
from app.core.records.cases import REFERRAL_STATUSES
from app.core.rules.ages import CATEGORIES
from app.core.services.statistics import UNKNOWN, Tally
from app.reports.context import ReportContext

MONTHS = (N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
          N_("July"), N_("August"), N_("September"), N_("October"), N_("November"),
          N_("December"))
REFERRAL_ORDER = tuple(REFERRAL_STATUSES)
AGE_ORDER = tuple(CATEGORIES)


def month_name(ctx: ReportContext, day: date) -> str:
    """'noviembre de 2026' / 'November 2026'."""
    return ctx.tr(N_("{month} {year}")).format(month=ctx.tr(MONTHS[day.month - 1]),
                                               year=day.year)


Labeller = Callable[[ReportContext, str], str]


def coded(table: dict[str, str]) -> Labeller:
    """A labeller for codes of one of the tables above."""
    def label(ctx: ReportContext, code: str) -> str:
        if code == UNKNOWN:
            return ctx.tr(N_("Not recorded"))
        return ctx.tr(table[code]) if code in table else code
    return label


def catalog(name: str) -> Labeller:
    return lambda ctx, code: ctx.label(name, code)


def parish(ctx: ReportContext, code: str) -> str:
    return ctx.parish_name(code) if code else ctx.tr(N_("Not recorded"))


def tally_rows(ctx: ReportContext, tally: Tally,
               label: Labeller,
               order: tuple[str, ...] | None = None) -> list[tuple[str, str, int, float]]:
    """(code, label, count, percent) per category, in order or by count."""
    return [(code, label(ctx, code), n, tally.percent(code))
            for code, n in tally.ordered(order)]
