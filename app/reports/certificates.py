"""Certificates of participation in a training: one page per listed participant who
consented to their name being kept, signed by the configured authority.

Minimum data: the participant's name, the training's topic, date, hours and place —
nothing else about the person (no cédula: seed 004 asks for certificates of attendance,
which a name identifies; no sex or age, which the list holds only to count). A
participant without name consent is counted, never certified: a certificate without a
name certifies no one, so they are left out and the caller says how many.
"""

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Spacer
from sqlalchemy import select
from sqlmodel import col

from app.core.errors import UserError
from app.core.i18n import N_
from app.core.records import Attendee, CommunityActivity
from app.core.services.fieldwork import is_training
from app.reports.blocks import TITLE, para, signatures
from app.reports.context import Job, ReportContext
from app.reports.fonts import BOLD, REGULAR
from app.reports.layout import DocMeta, build_pdf

NAME = ParagraphStyle("cert_name", fontName=BOLD, fontSize=20, leading=26,
                      alignment=TA_CENTER, spaceBefore=12, spaceAfter=12)
TEXT = ParagraphStyle("cert_text", fontName=REGULAR, fontSize=12, leading=17,
                      alignment=TA_CENTER)
HEAD = ParagraphStyle("cert_head", parent=TITLE, alignment=TA_CENTER, fontSize=22,
                      leading=28)
NOT_A_TRAINING = N_("Certificates of participation are for trainings: this activity is "
                    "not one.")
NONE_NAMED = N_("No participant of this activity consented to their name on a "
                "certificate: there is nothing to print.")


@dataclass(frozen=True)
class CertificateRun:
    printed: int
    without_name: int  # counted participants left out (no name or no consent)


def certifiable(attendees: list[Attendee]) -> list[Attendee]:
    return [a for a in attendees if a.name_consent and a.name]


def _place(ctx: ReportContext, activity: CommunityActivity) -> str:
    parish = ctx.catalogs.territory.parishes.get(activity.parish)
    return ", ".join(p for p in (activity.community, parish.name if parish else "") if p)


def _hours(hours: float | None) -> str:
    if hours is None:
        return ""
    return f"{hours:g}".replace(".", ",")


def certificate(ctx: ReportContext, activity: CommunityActivity, name: str) -> list[Flowable]:
    tr, b = ctx.tr, ctx.branding
    held = activity.held_on.strftime("%d/%m/%Y")
    text = tr(N_("for having taken part in the training «{topic}», held on {day} in "
                 "{place}")).format(topic=activity.topic, day=held,
                                    place=_place(ctx, activity))
    if activity.hours:
        text += tr(N_(", lasting {hours} hours")).format(hours=_hours(activity.hours))
    return [Spacer(1, 1.5 * cm), para(tr(N_("CERTIFICATE OF PARTICIPATION")), HEAD),
            Spacer(1, 0.8 * cm), para(tr(N_("is awarded to")), TEXT),
            para(name, NAME), para(text + ".", TEXT), Spacer(1, 2.5 * cm),
            signatures([(b.authority, b.authority_role or b.institution_text(
                tr, ctx.catalogs.territory.canton))], per_row=1)]


def write_certificates(ctx: ReportContext, activity_id: str, out: Path,
                       job: Job | None = None) -> CertificateRun:
    job = job or Job(2)
    with ctx.db.read() as s:
        activity = ctx.writer.get(s, CommunityActivity, activity_id)
        if not is_training(s, activity.activity_type, activity.plan_action_id):
            raise UserError(NOT_A_TRAINING)
        attendees = list(s.execute(select(Attendee).where(
            col(Attendee.activity_id) == activity_id, col(Attendee.deleted).is_(False))
            .order_by(col(Attendee.id))).scalars())
    named = certifiable(attendees)
    if not named:
        raise UserError(NONE_NAMED)
    job.step()
    story: list[Flowable] = []
    for attendee in named:
        if story:
            story.append(PageBreak())
        story += certificate(ctx, activity, attendee.name)
    build_pdf(ctx, out, DocMeta(ctx.tr(N_("Certificates of participation")),
                                confidential=False), story)
    ctx.audit("export", "activity", activity_id)  # names leave the app: audited
    job.step()
    return CertificateRun(len(named), len(attendees) - len(named))
