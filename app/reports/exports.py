"""CSV and XLSX of the statistics tables, for the central office.

CSV is one long table (table, code, category, count, percent), UTF-8 with a BOM so that
spreadsheet programs show accents; XLSX has a summary sheet and one sheet per table.
Both are written atomically to the chosen path and audited.
"""

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.core import labels as words
from app.core.files import atomic_write_bytes
from app.core.i18n import N_
from app.core.services.statistics import CaseStats, Scope, StatisticsService
from app.reports import labels as L
from app.reports.canton import months_between
from app.reports.context import Job, ReportContext


@dataclass(frozen=True)
class StatTable:
    code: str  # stable, for scripts: "violation_type", "parish"…
    title: str
    rows: list[tuple[str, str, int, float]]  # code, label, count, percent


def stat_tables(ctx: ReportContext, stats: CaseStats) -> list[StatTable]:
    tr = ctx.tr
    s = stats
    tables = [
        ("violation_type", N_("Cases by type of violation"), s.by_violation,
         L.catalog("violation_types"), None),
        ("parish", N_("Cases by parish"), s.by_parish, L.parish, None),
        ("case_status", N_("Cases by status"), s.by_status, L.coded(words.CASE_STATUS),
         tuple(words.CASE_STATUS)),
        ("sex", N_("Attentions by sex"), s.by_sex, L.catalog("sexes"),
         tuple(ctx.catalogs.sexes.items)),
        ("age_group", N_("Attentions by age group"), s.by_age_group, L.coded(words.AGE_GROUP),
         L.AGE_ORDER),
        ("ethnicity", N_("Attentions by ethnicity"), s.by_ethnicity,
         L.catalog("ethnicities"), None),
        ("institution", N_("Referrals by institution"), s.by_institution,
         L.catalog("institutions"), None),
        ("referral_outcome", N_("Referrals by outcome"), s.by_outcome,
         L.coded(words.REFERRAL_STATUS), L.REFERRAL_ORDER),
    ]
    out = [StatTable(code, tr(name), L.tally_rows(ctx, tally, label, order))
           for code, name, tally, label, order in tables]
    if s.scope.start and s.scope.end:
        months = [m.strftime("%Y-%m") for m in months_between(s.scope.start, s.scope.end)]
    else:
        months = sorted(s.by_month.counts)
    out.append(StatTable("month", tr(N_("Cases by month")), [
        (m, m, s.by_month.counts.get(m, 0), s.by_month.percent(m)) for m in months]))
    out.append(_cross(ctx, "age_sex", tr(N_("Attentions by age group and sex")), s.age_sex,
                      L.coded(words.AGE_GROUP), L.catalog("sexes"), s.attentions))
    out.append(_cross(ctx, "institution_outcome", tr(N_("Referrals by institution and "
                                                        "outcome")),
                      s.institution_outcome, L.catalog("institutions"),
                      L.coded(words.REFERRAL_STATUS), s.by_institution.total))
    return out


def _cross(ctx: ReportContext, code: str, title: str, table: dict[str, dict[str, int]],
           row_label: L.Labeller, col_label: L.Labeller, total: int) -> StatTable:
    """A cross table in long form: code 'row/column', label 'Row — Column'."""
    rows = [(f"{r}/{c}", f"{row_label(ctx, r)} — {col_label(ctx, c)}", n,
             100.0 * n / total if total else 0.0)
            for r, cols in sorted(table.items()) for c, n in sorted(cols.items())]
    return StatTable(code, title, rows)


def _header(ctx: ReportContext) -> list[str]:
    tr = ctx.tr
    return [tr(N_("table")), tr(N_("code")), tr(N_("category")), tr(N_("count")),
            tr(N_("percent"))]


def stats_csv(ctx: ReportContext, tables: list[StatTable]) -> bytes:
    text = io.StringIO()
    out = csv.writer(text, lineterminator="\r\n")
    out.writerow(_header(ctx))
    for table in tables:
        for code, label, n, pct in table.rows:
            out.writerow([table.code, code, label, n, f"{pct:.2f}"])
    return ("\ufeff" + text.getvalue()).encode("utf-8")


def stats_xlsx(ctx: ReportContext, tables: list[StatTable], stats: CaseStats) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    tr = ctx.tr
    book = Workbook()
    summary = book.active
    summary.title = tr(N_("Summary"))[:31]
    period = f"{ctx.day(stats.scope.start)} – {ctx.day(stats.scope.end)}" \
        if stats.scope.start or stats.scope.end else tr(N_("Every case in the store"))
    parish = ctx.parish_name(stats.scope.parish) if stats.scope.parish else \
        tr(N_("All parishes"))
    for row in ([tr(N_("Period")), period], [tr(N_("Parish")), parish],
                [tr(N_("Cases registered in the period")), stats.cases],
                [tr(N_("Attentions (affected persons)")), stats.attentions],
                [tr(N_("Referrals")), stats.by_institution.total],
                [tr(N_("Generated on {date} at {time} by {author}")).format(
                    date=ctx.now.strftime("%d/%m/%Y"), time=ctx.now.strftime("%H:%M"),
                    author=ctx.author)]):
        summary.append(row)
    summary.column_dimensions["A"].width = 34
    for table in tables:
        sheet = book.create_sheet(_sheet_name(table.title))
        sheet.append([table.title])
        sheet["A1"].font = Font(bold=True)
        sheet.append(_header(ctx)[1:])
        for code, label, n, pct in table.rows:
            sheet.append([code, label, n, round(pct / 100, 4)])
            sheet.cell(sheet.max_row, 4).number_format = "0.0%"
        sheet.column_dimensions["B"].width = 44
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet_name(title: str) -> str:
    return "".join(c for c in title if c not in "[]:*?/\\")[:31].strip()


def export_stats(ctx: ReportContext, out: Path, fmt: str, start: date | None = None,
                 end: date | None = None, parish: str | None = None,
                 job: Job | None = None) -> list[StatTable]:
    """The statistics tables of the cases opened in `start`..`end` (None = no bound),
    of the canton or of one parish."""
    job = job or Job(steps=2)
    stats = StatisticsService(ctx.db).case_stats(Scope(start, end, parish or None))
    tables = stat_tables(ctx, stats)
    job.step()
    data = stats_csv(ctx, tables) if fmt == "csv" else stats_xlsx(ctx, tables, stats)
    atomic_write_bytes(out, data)
    ctx.audit("export", "statistics", f"{fmt}:{start or ''}:{end or ''}:{parish or ''}")
    job.step()
    return tables
