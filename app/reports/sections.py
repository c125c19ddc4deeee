"""Statistics tables on paper: counts with shares and a total, and cross tables."""

from collections.abc import Sequence

from reportlab.lib.units import cm
from reportlab.platypus import Table

from app.core import labels as words
from app.core.i18n import N_
from app.core.services.statistics import UNKNOWN, CaseStats
from app.reports import labels as L
from app.reports.blocks import WIDTH, grid, number, percent
from app.reports.context import ReportContext

NUM_W = 2.6 * cm


def share_table(ctx: ReportContext, what: str, count_label: str,
                rows: Sequence[tuple[str, str, int, float]], total: int,
                width: float = WIDTH, show_total: bool = True) -> Table:
    """Category | count | % (rows from `labels.tally_rows`), with a total row."""
    tr = ctx.tr
    body = [[label, number(n), percent(p)] for _, label, n, p in rows]
    footer = [tr(N_("Total")), number(total), percent(100.0 if total else 0.0)] \
        if show_total else None
    return grid([what, count_label, "%"], body,
                widths=[width - 2 * NUM_W, NUM_W, NUM_W], numeric_from=1, total=footer)


def cross_table(ctx: ReportContext, what: str, columns: Sequence[tuple[str, str]],
                rows: Sequence[tuple[str, dict[str, int]]]) -> Table:
    """Rows × columns of counts with row and column totals; columns are (code, label)."""
    tr = ctx.tr
    codes = [c for c, _ in columns]
    body = []
    for label, counts in rows:
        values = [counts.get(c, 0) for c in codes]
        body.append([label, *map(number, values), number(sum(values))])
    col_totals = [sum(counts.get(c, 0) for _, counts in rows) for c in codes]
    footer = [tr(N_("Total")), *map(number, col_totals), number(sum(col_totals))]
    first = max(WIDTH - (len(codes) + 1) * 1.68 * cm, 3.6 * cm)
    rest = (WIDTH - first) / (len(codes) + 1)
    return grid([what, *(label for _, label in columns), tr(N_("Total"))], body,
                widths=[first] + [rest] * (len(codes) + 1), numeric_from=1, total=footer,
                small_header=True)


def age_sex_table(ctx: ReportContext, stats: CaseStats) -> Table:
    """Attentions by age group (rows) and sex (columns), as the Consejo reports them."""
    # Women first, as in the attendance sheets; other sexes only when they occur.
    sexes = ["mujer", "hombre"] + [code for code in ctx.catalogs.sexes.items
                                   if code not in ("mujer", "hombre")
                                   and stats.by_sex.counts.get(code)]
    if stats.by_sex.counts.get(UNKNOWN):
        sexes.append(UNKNOWN)
    groups = list(L.AGE_ORDER) + ([UNKNOWN] if stats.by_age_group.counts.get(UNKNOWN) else [])
    label = L.coded(words.AGE_GROUP)
    return cross_table(ctx, ctx.tr(N_("Age group")),
                       [(code, ctx.label("sexes", code)) for code in sexes],
                       [(label(ctx, g), stats.age_sex.get(g, {})) for g in groups])
