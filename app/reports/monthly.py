"""Informe mensual of a parish (or of one promoter): attentions, family visits,
mediations, referrals by status and community activities with their attendance."""

import calendar
import re
from datetime import date
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether

from app.core import labels as words
from app.core.errors import UserError
from app.core.i18n import N_
from app.core.services.statistics import CaseStats, Scope, StatisticsService, Tally
from app.core.services.workstats import WorkStats, WorkStatsService
from app.reports import labels as L
from app.reports.blocks import (
    NOTE,
    SEVERAL_TYPES,
    WIDTH,
    KeepWithTail,
    fields,
    grid,
    number,
    para,
    section,
    signatures,
)
from app.reports.blocks import title as doc_title
from app.reports.context import Job, ReportContext
from app.reports.layout import DocMeta, build_pdf
from app.reports.sections import age_sex_table, cross_table, share_table

MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def month_bounds(text: str) -> tuple[date, date]:
    """'2026-03' → (2026-03-01, 2026-03-31), or a UserError the user can act on."""
    match = MONTH.match(text.strip())
    if not match or not 1 <= int(match[2]) <= 12 or int(match[1]) < 1900:
        raise UserError(N_("The month must be written as YYYY-MM, for example 2026-03."))
    year, month = int(match[1]), int(match[2])
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _attendance_rows(ctx: ReportContext, work: WorkStats) -> list[tuple[str, dict[str, int]]]:
    return [(ctx.tr(words.AGE_GROUP[group]),
             {sex: work.attendance.get(f"{group}_{sex}", 0) for sex in ("mujeres", "hombres")})
            for group in L.AGE_ORDER]


def _referrals(ctx: ReportContext, work: WorkStats) -> list[Flowable]:
    tr = ctx.tr
    by_status = Tally({}, len(work.referrals))
    for row in work.referrals:
        by_status.counts[row.status] = by_status.counts.get(row.status, 0) + 1
    out: list[Flowable] = [share_table(
        ctx, tr(N_("Status")), tr(N_("Referrals")),
        L.tally_rows(ctx, by_status, L.coded(words.REFERRAL_STATUS), L.REFERRAL_ORDER),
        by_status.total)]
    if work.referrals:
        out.append(grid(
            [tr(N_("Case number")), tr(N_("Institution")), tr(N_("Urgency")), tr(N_("Status"))],
            [[r.case_code, ctx.label("institutions", r.institution),
              words.word(words.URGENCY, r.urgency, tr),
              words.word(words.REFERRAL_STATUS, r.status, tr)] for r in work.referrals],
            widths=[3.2 * cm, WIDTH - 10.2 * cm, 3.2 * cm, 3.8 * cm]))
    return out


def monthly_story(ctx: ReportContext, scope: Scope, stats: CaseStats, work: WorkStats,
                  who: str) -> list[Flowable]:
    tr = ctx.tr
    assert scope.start is not None  # a monthly report's scope is a month
    story = doc_title(tr(N_("Monthly report")), tr(N_("{month} · {who}")).format(
        month=L.month_name(ctx, scope.start), who=who))
    attendance = sum(work.attendance.values())
    story.append(fields([
        (tr(N_("New cases")), number(stats.cases)),
        (tr(N_("Attentions (affected persons)")), number(stats.attentions)),
        (tr(N_("Family visits done")), number(work.visits.done)),
        (tr(N_("Mediations")), number(work.mediations.total)),
        (tr(N_("Referrals")), number(len(work.referrals))),
        (tr(N_("Community activities")), number(len(work.activities))),
        (tr(N_("Participants in activities")), number(attendance)),
    ], label_width=4.6 * cm, pairs_per_row=2))
    cases = tr(N_("Cases"))
    story += section(
        tr(N_("1. Attentions")),
        share_table(ctx, tr(N_("Type of violation")), cases, L.tally_rows(
            ctx, stats.by_violation, L.catalog("violation_types")), stats.cases),
        para(tr(SEVERAL_TYPES), NOTE),
        share_table(ctx, tr(N_("Case status")), cases, L.tally_rows(
            ctx, stats.by_status, L.coded(words.CASE_STATUS), tuple(words.CASE_STATUS)),
            stats.cases),
        KeepTogether([para(tr(N_("Attentions by age group and sex")), NOTE),
                      age_sex_table(ctx, stats)]))
    v = work.visits
    story += section(tr(N_("2. Family visits")), grid(
        [tr(N_("Visits")), tr(N_("Number"))],
        [[tr(N_("Done")), number(v.done)], [tr(N_("Households visited")), number(v.households)],
         [tr(N_("Planned for the month")), number(v.planned)],
         [tr(N_("Planned and still pending")), number(v.pending)]],
        widths=[WIDTH - 2.6 * cm, 2.6 * cm], numeric_from=1))
    story += section(tr(N_("3. Mediations")), share_table(
        ctx, tr(N_("Outcome")), tr(N_("Mediations")),
        L.tally_rows(ctx, work.mediations, L.coded(words.OUTCOME), tuple(words.OUTCOME)),
        work.mediations.total))
    story += section(tr(N_("4. Referrals by status")), *_referrals(ctx, work))
    if work.activities:
        story += section(tr(N_("5. Community activities")), grid(
            [tr(N_("Date")), tr(N_("Activity")), tr(N_("Topic")), tr(N_("Participants"))],
            [[ctx.day(a.held_on), ctx.label("activity_types", a.activity_type),
              ", ".join(x for x in (a.topic, a.community) if x), number(a.total)]
             for a in work.activities],
            widths=[2.2 * cm, 3.4 * cm, WIDTH - 8.2 * cm, 2.6 * cm], numeric_from=3,
            total=["", "", tr(N_("Total")), number(attendance)]),
            KeepTogether([para(tr(N_("Attendance by age group and sex")), NOTE),
                          cross_table(ctx, tr(N_("Age group")),
                                      [("mujeres", tr(N_("Women"))), ("hombres", tr(N_("Men")))],
                                      _attendance_rows(ctx, work))]))
    else:
        story += section(tr(N_("5. Community activities")),
                         para(tr(N_("No activities were recorded this month."))))
    definitions = para(tr(N_(
        "New cases are those opened in the month; an attention is one affected person in "
        "one case. Visits, mediations and activities count by the day they took place. "
        "Referrals are those of the month's cases, with their current status.")), NOTE)
    story.append(KeepWithTail([definitions], signatures(
        [(ctx.author, tr(N_("Prepared by"))),
         ("", tr(N_("Reviewed by (Consejo / coordination)")))], tr(N_("Signatures")))))
    return story


def write_monthly_report(ctx: ReportContext, month: str, out: Path, parish: str | None = None,
                         promoter: str | None = None, job: Job | None = None) -> None:
    """The monthly report of `month` ('YYYY-MM') for a parish code, a promoter's
    username, both, or the whole canton."""
    job = job or Job(steps=3)
    start, end = month_bounds(month)
    scope = Scope(start, end, parish or None, promoter or None)
    stats = StatisticsService(ctx.db).case_stats(scope)
    work = WorkStatsService(ctx.db).work_stats(scope)
    job.step()
    parts = [ctx.tr(N_("Parish {name}")).format(name=ctx.parish_name(parish))] if parish \
        else [ctx.tr(N_("All parishes"))]
    if promoter:
        parts.append(ctx.tr(N_("promoter {name}")).format(name=ctx.person(promoter)))
    who = ", ".join(parts)
    story = monthly_story(ctx, scope, stats, work, who)
    job.step()
    build_pdf(ctx, out, DocMeta(ctx.tr(N_("Monthly report")), f"{month} · {who}"), story)
    ctx.audit("print", "report", f"monthly:{month}:{parish or ''}:{promoter or ''}")
    job.step()
