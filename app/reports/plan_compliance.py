"""Informe de cumplimiento del plan: per line (component), each action's planned months
against done, events and participants against targets, a chart per component and what is
late; for one parish's PTA or the canton (the POA and every PTA), for months of a year.

Minimum data: actions and counts only — no responsible person, no activity topic or place,
no participant. The numbers are `app.core.services.plan_compliance`'s.
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.core import labels as words
from app.core.i18n import N_
from app.core.services.plan_compliance import Compliance, LineCompliance, PlanPeriod
from app.reports import labels as L
from app.reports.blocks import (
    CELL,
    LIGHT,
    NOTE,
    RULE,
    WIDTH,
    fields,
    grid,
    heading,
    number,
    para,
    percent,
    title,
)
from app.reports.charts import paired_bars
from app.reports.context import Job, ReportContext
from app.reports.fonts import BOLD, REGULAR
from app.reports.layout import INK, DocMeta, build_pdf
from app.reports.plan_words import (
    DONE,
    LATE,
    LEGEND,
    SEXES,
    compliance_of,
    line_name,
    month_list,
    month_mark,
    month_word,
    of_target,
    owner,
    period_text,
    scope_text,
)

DONE_FILL, LATE_FILL = colors.HexColor("#d7ecd9"), colors.HexColor("#f6d5d1")


def action_table(ctx: ReportContext, line: LineCompliance, months: list[int],
                 canton: bool) -> Table:
    """One row per action: its months (✓ ✗ ○ +), events and participants of targets."""
    tr = ctx.tr
    month_w, num_w, plan_w = 0.62 * cm, 1.45 * cm, (2.3 * cm if canton else 0)
    text_w = WIDTH - plan_w - len(months) * month_w - 2 * num_w
    head = ([tr(N_("Plan"))] if canton else []) + [tr(N_("Action"))] + \
        [month_word(ctx, m)[:1].upper() for m in months] + [tr(N_("Events")),
                                                            tr(N_("Particip."))]
    data: list[list[object]] = [list(head)]
    style: list[tuple] = []
    first = 2 if canton else 1
    for r, row in enumerate(line.actions, start=1):
        cells = [month_mark(row, m) for m in months]
        # An empty tuple is an empty cell that reportlab does not draw: most cells are.
        data.append(([owner(ctx, row.plan)] if canton else []) +
                    [para(row.action.proposed_action, CELL)] + [c or () for c in cells] +
                    [of_target(row.total_events, row.action.target_events),
                     of_target(row.total_participants, row.target_participants)])
        for c, mark in enumerate(cells, start=first):
            if mark in (DONE, LATE):
                style.append(("BACKGROUND", (c, r), (c, r), DONE_FILL if mark == DONE
                              else LATE_FILL))
    table = Table(data, colWidths=([plan_w] if canton else []) + [text_w] +
                  [month_w] * len(months) + [num_w, num_w], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("FONTNAME", (0, 0), (-1, 0), BOLD), ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK), ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("ALIGN", (first, 0), (-1, -1), "CENTER"), ("ALIGN", (-2, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *style]))
    return table


def line_section(ctx: ReportContext, line: LineCompliance, period: PlanPeriod,
                 canton: bool) -> list[Flowable]:
    tr, t, months = ctx.tr, line.totals, period.months
    name = line_name(ctx, line.line)
    summary = tr(N_("{done} of {planned} planned months done ({rate}) · activities: "
                    "{events} · participants: {people}")).format(
        done=t.done, planned=t.planned, rate=percent(t.rate), events=number(t.events),
        people=number(t.participants))
    chart = paired_bars([month_word(ctx, m)[:3] for m in months],
                        [t.planned_by_month.get(m, 0) for m in months],
                        [t.done_by_month.get(m, 0) for m in months],
                        tr(N_("Actions planned and done per month")),
                        (tr(N_("Actions planned")), tr(N_("Actions done"))))
    return [KeepTogether([heading(name), para(summary, NOTE), chart]), Spacer(1, 4),
            action_table(ctx, line, months, canton), Spacer(1, 8)]


def late_section(ctx: ReportContext, result: Compliance, canton: bool) -> list[Flowable]:
    tr = ctx.tr
    rows = [[*([owner(ctx, a.plan)] if canton else []), a.action.proposed_action,
             tr(N_("planned for {months}, no activity recorded")).format(
                 months=month_list(ctx, a.late))]
            for a in sorted((a for line in result.lines for a in line.actions if a.late),
                            key=lambda a: (a.plan.parish, a.action.position))]
    out: list[Flowable] = [heading(tr(N_("What is late")))]
    if not rows:
        return [*out, para(tr(N_("Nothing is late: every planned month already over has "
                                 "an activity.")))]
    head = [*([tr(N_("Plan"))] if canton else []), tr(N_("Action")), tr(N_("Late"))]
    widths = [*([2.3 * cm] if canton else []), WIDTH * 0.45, 0]
    widths[-1] = WIDTH - sum(widths)
    return [*out, grid(head, rows, widths)]


def attendance_table(ctx: ReportContext, result: Compliance) -> Flowable | None:
    t, tr = result.totals, ctx.tr
    rows = []
    for group in L.AGE_ORDER:
        for sex, sex_word in SEXES.items():
            key = f"{group}_{sex}"
            held, target = t.attendance.get(key, 0), t.target_attendance.get(key, 0)
            if held or target:
                rows.append([f"{tr(words.AGE_GROUP[group])} — {tr(sex_word)}",
                             number(held), number(target) if target else "—"])
    if not rows:
        return None
    return grid([tr(N_("Participants by age group and sex")), tr(N_("Held")),
                 tr(N_("Target"))], rows, [WIDTH - 5 * cm, 2.5 * cm, 2.5 * cm], numeric_from=1)


def plan_story(ctx: ReportContext, result: Compliance, job: Job) -> list[Flowable]:
    tr, t, period = ctx.tr, result.totals, result.period
    canton = period.parish is None
    story = title(tr(N_("Plan compliance report")),
                  f"{period_text(ctx, period)} · {scope_text(ctx, period)}")
    story.append(fields([
        (tr(N_("Plans")), number(len(result.plans))),
        (tr(N_("Actions")), number(t.actions)),
        (tr(N_("Planned months done")), tr(N_("{done} of {planned} ({rate})")).format(
            done=t.done, planned=t.planned, rate=percent(t.rate))),
        (tr(N_("Planned months late")), number(t.late)),
        (tr(N_("Activities held")), of_target(t.events, t.target_events)),
        (tr(N_("Participants")), of_target(t.participants, t.target_participants)),
    ], label_width=4.2 * cm, pairs_per_row=2))
    people = attendance_table(ctx, result)
    if people is not None:
        story += [Spacer(1, 6), people]
    if not result.lines:
        story.append(para(tr(N_("There is no plan for this year and scope."))))
    job.step()
    for line in result.lines:
        story += line_section(ctx, line, period, canton)
    story.append(para(tr(LEGEND), NOTE))
    story += late_section(ctx, result, canton)
    story += [heading(tr(N_("Definitions"))), para(tr(N_(
        "A planned month is done when an activity of the action was held in it; a month "
        "is late when it is over and no activity was held. Activities in months not "
        "planned count as events and participants. Targets are the plan's, for the whole "
        "year. Deleted records are not counted; no person is named.")), NOTE)]
    job.step()
    return story


def write_plan_report(ctx: ReportContext, period: PlanPeriod, out: Path,
                      job: Job | None = None) -> Compliance:
    """The report as PDF, or as XLSX when `out` ends in .xlsx; returns the numbers."""
    job = job or Job(steps=4)
    result = compliance_of(ctx, period)
    job.step()
    xlsx = out.suffix.lower() == ".xlsx"
    if xlsx:
        from app.reports.plan_compliance_xlsx import write_plan_xlsx

        write_plan_xlsx(ctx, result, out)
        job.step()
    else:
        story = plan_story(ctx, result, job)
        build_pdf(ctx, out, DocMeta(ctx.tr(N_("Plan compliance report")),
                                    period_text(ctx, period)), story)
    scope = "*" if period.parish is None else period.parish
    ctx.audit("export" if xlsx else "print", "report",
              f"plan:{period.year}:{period.first}-{period.last}:{scope}")
    job.step()
    return result
