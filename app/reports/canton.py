"""Informe cantonal: what the Consejo reports for a period, for the whole canton.

Counts and shares by violation type, parish, sex, age group, ethnicity, referral
institution and outcome, and the month-by-month trend, as tables and charts. The
definitions behind each number are in `app.core.services.statistics` and are printed
at the end of the report.
"""

from datetime import date
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.core import labels as words
from app.core.i18n import N_
from app.core.services.statistics import CaseStats, Scope, StatisticsService
from app.reports import labels as L
from app.reports.blocks import NOTE, SEVERAL_TYPES, fields, heading, number, para, title
from app.reports.charts import horizontal_bars, vertical_bars
from app.reports.context import Job, ReportContext
from app.reports.layout import DocMeta, build_pdf
from app.reports.sections import age_sex_table, cross_table, share_table


def months_between(start: date, end: date) -> list[date]:
    out, day = [], date(start.year, start.month, 1)
    while day <= end:
        out.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return out


def _section(ctx: ReportContext, caption: str, what: str, count_label: str,
             rows: list[tuple[str, str, int, float]], total: int,
             chart: bool = True) -> list[Flowable]:
    out: list[Flowable] = [heading(caption),
                           share_table(ctx, what, count_label, rows, total)]
    if chart and any(n for _, _, n, _ in rows):
        name = caption.split(". ", 1)[-1]
        out += [Spacer(1, 6), horizontal_bars([(label, n) for _, label, n, _ in rows],
                                               f"{name} ({count_label.lower()})")]
    return [KeepTogether(out[:2]), *out[2:]]


def canton_story(ctx: ReportContext, stats: CaseStats, start: date, end: date,
                 job: Job) -> list[Flowable]:
    tr = ctx.tr
    cases, persons = tr(N_("Cases")), tr(N_("Attentions"))
    canton, parish = ctx.catalogs.territory.canton, stats.scope.parish
    where = tr(N_("Parish {parish}, canton {canton}")).format(
        parish=ctx.parish_name(parish), canton=canton) if parish else \
        tr(N_("Canton {canton}")).format(canton=canton)
    story = title(tr(N_("Cantonal report on rights violations")), tr(N_(
        "Period from {start} to {end} · {where}")).format(
        start=ctx.day(start), end=ctx.day(end), where=where))
    story.append(fields([
        (tr(N_("Cases registered in the period")), number(stats.cases)),
        (tr(N_("Attentions (affected persons)")), number(stats.attentions)),
        (tr(N_("Referrals")), number(stats.by_institution.total)),
        (tr(N_("Parishes with cases")), number(len(stats.by_parish.counts))),
    ], label_width=4.6 * cm, pairs_per_row=2))
    story += _section(ctx, tr(N_("1. Cases by type of violation")), tr(N_("Type")), cases,
                      L.tally_rows(ctx, stats.by_violation, L.catalog("violation_types")),
                      stats.cases)
    story.append(para(tr(SEVERAL_TYPES), NOTE))
    job.step()
    trend = [(f"{m:%m/%Y}", stats.by_month.counts.get(m.strftime("%Y-%m"), 0))
             for m in months_between(start, end)]
    chart = vertical_bars(trend, tr(N_("Cases registered per month")))
    story.append(KeepTogether([heading(tr(N_("2. Month-by-month trend"))), chart]))
    story += _section(ctx, tr(N_("3. Cases by parish")), tr(N_("Parish")), cases,
                      L.tally_rows(ctx, stats.by_parish, L.parish), stats.cases)
    story += _section(ctx, tr(N_("4. Attentions by sex")), tr(N_("Sex")), persons,
                      L.tally_rows(ctx, stats.by_sex, L.catalog("sexes"),
                                   tuple(ctx.catalogs.sexes.items)),
                      stats.attentions, chart=False)
    story += _section(ctx, tr(N_("5. Attentions by age group")), tr(N_("Age group")),
                      persons, L.tally_rows(ctx, stats.by_age_group, L.coded(words.AGE_GROUP),
                                            L.AGE_ORDER), stats.attentions)
    story += [Spacer(1, 6), KeepTogether([
        para(tr(N_("Attentions by age group and sex")), NOTE), age_sex_table(ctx, stats)])]
    story += _section(ctx, tr(N_("6. Attentions by ethnic self-identification")),
                      tr(N_("Ethnicity")), persons,
                      L.tally_rows(ctx, stats.by_ethnicity, L.catalog("ethnicities")),
                      stats.attentions, chart=False)
    job.step()
    referrals = tr(N_("Referrals"))
    story += _section(ctx, tr(N_("7. Referrals by institution")), tr(N_("Institution")),
                      referrals, L.tally_rows(ctx, stats.by_institution,
                                              L.catalog("institutions")),
                      stats.by_institution.total)
    story += _section(ctx, tr(N_("8. Referrals by outcome (current status)")),
                      tr(N_("Status")), referrals,
                      L.tally_rows(ctx, stats.by_outcome, L.coded(words.REFERRAL_STATUS),
                                   L.REFERRAL_ORDER), stats.by_outcome.total, chart=False)
    if stats.institution_outcome:
        used = [s for s in L.REFERRAL_ORDER if stats.by_outcome.counts.get(s)]
        columns = [(s, tr(words.REFERRAL_STATUS_SHORT[s])) for s in used]
        rows = [(ctx.short_label("institutions", code), stats.institution_outcome[code])
                for code, _ in stats.by_institution.ordered()]
        story += [Spacer(1, 6), cross_table(ctx, tr(N_("Institution")), columns, rows)]
    story += [heading(tr(N_("Definitions"))), para(tr(N_(
        "A case counts in the period when it was opened in it. An attention is one "
        "affected person in one case: a person affected in two cases counts twice. Age "
        "groups follow the Código de la Niñez y Adolescencia and use the age on the day "
        "the case was opened. Referrals are those of the cases of the period; their "
        "outcome is their current status. Deleted records are not counted.")), NOTE)]
    return story


def write_canton_report(ctx: ReportContext, start: date, end: date, out: Path,
                        parish: str | None = None, job: Job | None = None) -> CaseStats:
    """The report for `start`..`end` (inclusive), of the canton or of one parish, to
    `out`; returns the numbers."""
    job = job or Job(steps=4)
    stats = StatisticsService(ctx.db).case_stats(Scope(start, end, parish or None))
    job.step()
    story = canton_story(ctx, stats, start, end, job)
    build_pdf(ctx, out, DocMeta(ctx.tr(N_("Cantonal report")),
                                f"{ctx.day(start)} – {ctx.day(end)}"), story)
    ctx.audit("print", "report",
              f"canton:{start.isoformat()}:{end.isoformat()}" + (f":{parish}" if parish else ""))
    job.step()
    return stats
