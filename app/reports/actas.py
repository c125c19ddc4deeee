"""Actas: the signed record of a family visit and of a mediation.

A planned visit prints as a blank acta to fill in by hand in the field. A mediation acta
reminds that only transigible conflicts are mediated (COIP Art. 663).
"""

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable

from app.core.errors import UserError
from app.core.i18n import N_
from app.core.labels import OUTCOME, VISIT_STATE, word
from app.core.records import Case, Household, Mediation, Visit
from app.core.writer import RecordNotFound
from app.reports.blocks import (
    NOTE,
    WIDTH,
    KeepWithTail,
    fields,
    grid,
    heading,
    para,
    ruled_lines,
    signatures,
    title,
)
from app.reports.context import Job, ReportContext
from app.reports.layout import DocMeta, build_pdf
from app.reports.people import adults_present


def _text_or_lines(text: str, lines: int) -> Flowable:
    return para(text) if text.strip() else ruled_lines(lines)


def visit_story(ctx: ReportContext, visit: Visit, home: Household,
                case: Case | None) -> list[Flowable]:
    tr = ctx.tr
    done = visit.state == "done"
    story = title(tr(N_("Record of a family visit")), tr(N_(
        "Acta de visita familiar of the Defensoría Comunitaria of {parish}")).format(
        parish=ctx.parish_name(home.parish)))
    story.append(fields([
        (tr(N_("Date of the visit")), ctx.day(visit.visit_date)),
        (tr(N_("State")), word(VISIT_STATE, visit.state, tr)),
        (tr(N_("Case number")), case.code if case else tr(N_("No case"))),
        (tr(N_("Next visit")), ctx.day(visit.next_visit_on)),
        (tr(N_("Parish")), ctx.parish_name(home.parish)),
        (tr(N_("Community")), home.community),
    ], label_width=3.2 * cm, pairs_per_row=2))
    story.append(fields([(tr(N_("Address reference")), home.address_reference)],
                        label_width=3.2 * cm))
    story.append(heading(tr(N_("1. Participants"))))
    if visit.participants:
        story.append(grid(["#", tr(N_("Name"))],
                          [[str(i), name] for i, name in enumerate(visit.participants, 1)],
                          widths=[1.0 * cm, WIDTH - 1.0 * cm]))
    else:
        story.append(ruled_lines(3))
    story += [heading(tr(N_("2. Observations"))), _text_or_lines(visit.observations, 5),
              heading(tr(N_("3. Agreements"))), _text_or_lines(visit.agreements, 4)]
    # Only adults sign: the children present are named among the participants.
    people = [(ctx.person(visit.created_by) if done else "", tr(N_("Community defender")))]
    people += [(name, tr(N_("Family member"))) for name in adults_present(
        ctx, visit.participants, visit.household_id, visit.visit_date)] or \
        [("", tr(N_("Family member")))]
    story[-1:] = [KeepWithTail(story[-1:], signatures(people, tr(N_("4. Signatures"))))]
    return story


def mediation_story(ctx: ReportContext, mediation: Mediation, case: Case) -> list[Flowable]:
    tr = ctx.tr
    story = title(tr(N_("Record of a mediation")), tr(N_(
        "Acta de mediación of the Defensoría Comunitaria of {parish}")).format(
        parish=ctx.parish_name(case.parish)))
    story.append(fields([
        (tr(N_("Date")), ctx.day(mediation.held_on)),
        (tr(N_("Case number")), case.code),
        (tr(N_("Parish")), ctx.parish_name(case.parish)),
        (tr(N_("Outcome")), word(OUTCOME, mediation.outcome, tr)),
    ], label_width=3.2 * cm, pairs_per_row=2))
    story.append(fields([(tr(N_("Subject of the conflict")), mediation.subject)],
                        label_width=3.2 * cm))
    story.append(heading(tr(N_("1. Parties"))))
    rows = [[str(i), p.get("name", ""), p.get("role", "")]
            for i, p in enumerate(mediation.parties, 1)]
    story.append(grid(["#", tr(N_("Name")), tr(N_("Role"))], rows,
                      widths=[1.0 * cm, WIDTH * 0.6, WIDTH * 0.4 - 1.0 * cm]))
    story += [heading(tr(N_("2. Agreements"))), _text_or_lines(mediation.agreements, 6)]
    story.append(para(tr(N_(
        "The parties took part freely. Community mediation covers only conflicts that can "
        "be settled by agreement; it never applies to sexual violence or violence against "
        "women or members of the family, which must be referred (COIP Art. 663).")), NOTE))
    adults = adults_present(ctx, [p.get("name", "") for p in mediation.parties],
                            case.household_id, mediation.held_on)
    people = [(p.get("name", ""), p.get("role", "") or tr(N_("Party")))
              for p in mediation.parties if p.get("name", "") in adults]
    people.append((ctx.person(mediation.created_by), tr(N_("Community defender, mediator"))))
    story[-1:] = [KeepWithTail(story[-1:], signatures(people, tr(N_("3. Signatures"))))]
    return story


def write_visit_record(ctx: ReportContext, visit_id: str, out: Path,
                       job: Job | None = None) -> None:
    job = job or Job(steps=2)
    with ctx.db.read() as s:
        visit = s.get(Visit, visit_id)
        home = s.get(Household, visit.household_id) if visit else None
        if visit is None or home is None:
            raise UserError(N_("There is no visit with the id {id}."), id=visit_id)
        case = s.get(Case, visit.case_id) if visit.case_id else None
    job.step()
    build_pdf(ctx, out, DocMeta(ctx.tr(N_("Record of a family visit")),
                                case.code if case else ""),
              visit_story(ctx, visit, home, case))
    ctx.audit("print", "visit", visit_id)
    job.step()


def write_mediation_record(ctx: ReportContext, mediation_id: str, out: Path,
                           job: Job | None = None) -> None:
    job = job or Job(steps=2)
    with ctx.db.read() as s:
        try:
            mediation = ctx.writer.get(s, Mediation, mediation_id)
            case = ctx.writer.get(s, Case, mediation.case_id)
        except RecordNotFound:
            raise UserError(N_("There is no mediation with the id {id}."),
                            id=mediation_id) from None
    job.step()
    build_pdf(ctx, out, DocMeta(ctx.tr(N_("Record of a mediation")), case.code),
              mediation_story(ctx, mediation, case))
    ctx.audit("print", "mediation", mediation_id)
    job.step()
