"""The plan compliance report as a workbook: a summary, one row per action (with a column
per month of the period), one row per component, and participants against targets.

The same numbers as the PDF (app/reports/plan_compliance.py), the same minimum data.
"""

import io
from pathlib import Path

from app.core import labels as words
from app.core.files import atomic_write_bytes
from app.core.i18n import N_
from app.core.services.plan_compliance import Compliance
from app.reports import labels as L
from app.reports.context import ReportContext
from app.reports.plan_words import (
    LEGEND,
    SEXES,
    line_name,
    month_list,
    month_mark,
    month_word,
    owner,
    period_text,
    scope_text,
)


def _sheets(ctx: ReportContext, result: Compliance) -> dict[str, list[list[object]]]:
    tr, t, months = ctx.tr, result.totals, result.period.months
    summary: list[list[object]] = [
        [tr(N_("Plan compliance report"))],
        [tr(N_("Period")), period_text(ctx, result.period)],
        [tr(N_("Scope")), scope_text(ctx, result.period)],
        [tr(N_("Plans")), len(result.plans)], [tr(N_("Actions")), t.actions],
        [tr(N_("Planned months")), t.planned], [tr(N_("Planned months done")), t.done],
        [tr(N_("Compliance (%)")), round(t.rate, 1)],
        [tr(N_("Planned months late")), t.late],
        [tr(N_("Activities held")), t.events], [tr(N_("Target events")), t.target_events],
        [tr(N_("Participants")), t.participants],
        [tr(N_("Target participants")), t.target_participants],
        [tr(N_("Generated on {date} at {time} by {author}")).format(
            date=ctx.now.strftime("%d/%m/%Y"), time=ctx.now.strftime("%H:%M"),
            author=ctx.author)],
        [tr(LEGEND)],
    ]
    actions: list[list[object]] = [[
        tr(N_("Plan")), tr(N_("Component / line")), tr(N_("Proposed action")),
        tr(N_("Planned months")), tr(N_("Months done")), tr(N_("Months late")),
        *(month_word(ctx, m) for m in months), tr(N_("Activities held")),
        tr(N_("Target events")), tr(N_("Participants")), tr(N_("Target participants"))]]
    lines: list[list[object]] = [[
        tr(N_("Component / line")), tr(N_("Actions")), tr(N_("Planned months")),
        tr(N_("Planned months done")), tr(N_("Compliance (%)")),
        tr(N_("Planned months late")), tr(N_("Activities held")), tr(N_("Target events")),
        tr(N_("Participants")), tr(N_("Target participants"))]]
    for line in result.lines:
        lt = line.totals
        lines.append([line_name(ctx, line.line), lt.actions, lt.planned, lt.done,
                      round(lt.rate, 1), lt.late, lt.events, lt.target_events,
                      lt.participants, lt.target_participants])
        for a in line.actions:
            actions.append([
                owner(ctx, a.plan), line_name(ctx, line.line), a.action.proposed_action,
                month_list(ctx, a.planned), month_list(ctx, a.done), month_list(ctx, a.late),
                *(month_mark(a, m) for m in months), a.total_events, a.action.target_events,
                a.total_participants, a.target_participants])
    people: list[list[object]] = [[tr(N_("Age group")), tr(N_("Sex")), tr(N_("Held")),
                                   tr(N_("Target"))]]
    for group in L.AGE_ORDER:
        for sex, sex_word in SEXES.items():
            key = f"{group}_{sex}"
            people.append([tr(words.AGE_GROUP[group]), tr(sex_word),
                           t.attendance.get(key, 0), t.target_attendance.get(key, 0)])
    return {tr(N_("Summary")): summary, tr(N_("Actions")): actions,
            tr(N_("Components")): lines, tr(N_("Participants")): people}


def plan_xlsx(ctx: ReportContext, result: Compliance) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for name, rows in _sheets(ctx, result).items():
        sheet = book.create_sheet(name[:31])
        for row in rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.column_dimensions["A"].width = 30
        sheet.column_dimensions["B"].width = 28
        sheet.column_dimensions["C"].width = 50
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_plan_xlsx(ctx: ReportContext, result: Compliance, out: Path) -> None:
    """Written owner-only and whole, or not at all (app.core.files)."""
    atomic_write_bytes(out, plan_xlsx(ctx, result))
