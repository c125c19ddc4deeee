"""Ficha de derivación: the complaint a Defensoría sends to the Junta or another body.

Holds what CONA Art. 237 asks of a complaint — the body addressed; who complains and in
what capacity; the fullest identification of the affected persons; who is accused; the
circumstances and the rights affected — and nothing more: no ethnicity, health or
phone numbers, and the informant is never named (only whether they asked for reserve).
"""

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from app.core.errors import UserError
from app.core.i18n import N_
from app.core.labels import URGENCY, word
from app.core.records import Case, Referral, ReferralStatus
from app.core.services.affected import AffectedPerson, affected_by_case
from app.core.services.referral_steps import latest, steps_in_order
from app.core.writer import RecordNotFound
from app.reports.blocks import (
    LABEL_ABOVE,
    NOTE,
    KeepWithTail,
    fields,
    heading,
    para,
    signatures,
    title,
)
from app.reports.context import Job, ReportContext
from app.reports.layout import DocMeta, build_pdf
from app.reports.people import person_rows


@dataclass(frozen=True)
class ReferralData:
    referral: Referral
    status: ReferralStatus
    case: Case
    persons: tuple[AffectedPerson, ...]


def load_referral(ctx: ReportContext, referral_id: str) -> ReferralData:
    with ctx.db.read() as s:
        try:
            referral = ctx.writer.get(s, Referral, referral_id)
            case = ctx.writer.get(s, Case, referral.case_id)
        except RecordNotFound:
            raise UserError(N_("There is no referral with the id {id}."),
                            id=referral_id) from None
        steps = list(s.execute(steps_in_order([referral.id])).scalars())
        persons = affected_by_case(s, [case.id], ctx.today).get(case.id, ())
    return ReferralData(referral, latest(steps), case, persons)


def referral_story(ctx: ReportContext, data: ReferralData) -> list[Flowable]:
    tr, case, ref = ctx.tr, data.case, data.referral
    parish = ctx.parish_name(case.parish)
    canton = ctx.catalogs.territory.canton
    story: list[Flowable] = title(tr(N_("Referral form")), tr(N_(
        "Complaint of a rights violation (Código de la Niñez y Adolescencia, "
        "Arts. 236 and 237)")))
    story.append(fields([
        (tr(N_("Case number")), case.code),
        (tr(N_("Referral date")), ctx.day(ctx.local_day(ref.created_at))),
        (tr(N_("Urgency")), word(URGENCY, ref.urgency, tr)),
        (tr(N_("Risk level")), ctx.label("risk_levels", case.risk_level)),
    ], label_width=3.6 * cm, pairs_per_row=2))
    story += [heading(tr(N_("1. Authority addressed"))),
              fields([(tr(N_("Institution")), ctx.label("institutions", ref.institution))])]
    story += [heading(tr(N_("2. Complainant"))), fields([
        (tr(N_("Name")), ctx.author),
        (tr(N_("Capacity")), tr(N_("Community defender of the Defensoría Comunitaria of "
                                   "{parish} (CONA Art. 236)")).format(parish=parish)),
        (tr(N_("Address")), tr(N_("Parish {parish}, canton {canton}")).format(
            parish=parish, canton=canton)),
        (tr(N_("Source of the information")),
         tr(N_("Informant who asked for reserve of identity")) if case.reporter_anonymous
         else tr(N_("Informant: {relation}")).format(
             relation=case.reporter_relation or tr(N_("Not recorded")))),
    ])]
    story.append(heading(tr(N_("3. Affected persons"))))
    if not data.persons:
        story.append(para(tr(N_("Not recorded"))))
    for i, person in enumerate(data.persons, 1):
        story += [Spacer(1, 0.15 * cm) if i > 1 else Spacer(1, 0),
                  fields(person_rows(ctx, person))]
    story += [heading(tr(N_("4. Person or entity accused"))), fields([
        (tr(N_("Identification")), case.aggressor_description or tr(N_("Not identified"))),
        (tr(N_("Relation to the affected person")), case.aggressor_relation),
    ])]
    # The account may be long: as a paragraph it can run over pages, a table row cannot.
    story += [heading(tr(N_("5. Circumstances of the facts"))), fields([
        (tr(N_("Date of the facts")), ctx.day(case.occurred_on)),
        (tr(N_("Place")), case.place),
    ]), para(tr(N_("Account of the facts")), LABEL_ABOVE), para(case.facts or "—")]
    rights = "; ".join(ctx.label("violation_types", t) for t in case.violation_types)
    story += [heading(tr(N_("6. Rights affected"))),
              fields([(tr(N_("Type of violation")), rights)])]
    reason: list[Flowable] = [heading(tr(N_("7. Reason for the referral and what is "
                                          "requested"))), para(ref.reason or "—")]
    if ref.institution == "junta":
        reason.append(para(tr(N_(
            "The Junta Cantonal de Protección de Derechos must take up this complaint "
            "within 48 hours (CONA Art. 237).")), NOTE))
    # The signatures close the request: never alone on a page.
    story.append(KeepWithTail(reason, signatures([
        (ctx.author, tr(N_("Community defender who refers"))),
        ("", tr(N_("Received by (name, date and time)"))),
    ], tr(N_("8. Signatures")))))
    return story


def write_referral_form(ctx: ReportContext, referral_id: str, out: Path,
                        job: Job | None = None) -> None:
    """Print one referral to `out` (PDF) and audit the printing."""
    job = job or Job(steps=2)
    data = load_referral(ctx, referral_id)
    job.step()
    meta = DocMeta(ctx.tr(N_("Referral form")), data.case.code)
    build_pdf(ctx, out, meta, referral_story(ctx, data))
    ctx.audit("print", "referral", referral_id)
    job.step()


