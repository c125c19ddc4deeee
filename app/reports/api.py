"""What the desktop app and the CLI call: one function per document or export.

Each takes a ReportContext (from `context(ws)`), an output path the user chose, and
optionally `progress(done, total)` and `cancelled() -> bool`; run them off the UI thread.
They raise UserError (render it with the UI's translator) for a bad id or month, or
`Cancelled` when `cancelled()` turned true; the output is written atomically (through
`<out>.part` in the same folder) and every document or export is audited.
"""

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import UserError
from app.core.i18n import N_
from app.core.services.statistics import CaseStats
from app.reports.branding import LOGO_TYPES, Branding, load_branding, save_branding
from app.reports.context import CancelFn, Cancelled, Job, ProgressFn, ReportContext

if TYPE_CHECKING:
    from app.core.services.plan_compliance import Compliance, PlanPeriod
    from app.core.workspace import Workspace
    from app.reports.certificates import CertificateRun
    from app.reports.exports import StatTable

__all__ = [
    "Branding", "Cancelled", "ReportContext", "branding", "canton_report", "context",
    "file_name", "mediation_record", "monthly_report", "plan_report", "pseudonymised_export",
    "referral_form", "set_branding", "stats_export", "visit_record", "warm_up",
]

FILE_NAMES = {
    "referral": N_("referral"), "visit": N_("visit"), "mediation": N_("mediation"),
    "monthly": N_("monthly-report"), "canton": N_("canton-report"),
    "stats": N_("statistics"), "pseudonymised": N_("pseudonymised"),
    "access": N_("data-access-report"), "plan": N_("plan-compliance"),
    "certificates": N_("certificates"),
}


def warm_up() -> None:
    """Load the layout code and parse the embedded fonts (~0.1–0.2 s, once per process):
    call it from a worker after login so the first document prints at full speed."""
    from app.reports import actas, canton, monthly, referral  # noqa: F401
    from app.reports.fonts import register_fonts

    register_fonts()


def context(ws: "Workspace", language: str = "es") -> ReportContext:
    return ReportContext.from_workspace(ws, language)


def file_name(ctx: ReportContext, kind: str, detail: str = "", suffix: str = ".pdf") -> str:
    """A name to propose in the save dialog, e.g. 'ficha-derivacion-PIL-2026-0001.pdf'."""
    base = ctx.tr(FILE_NAMES[kind])
    clean = "".join(c if c.isalnum() or c in "-_" else "-" for c in detail)
    return f"{base}-{clean}{suffix}" if clean else f"{base}{suffix}"


def branding(ws: "Workspace") -> Branding:
    return load_branding(ws.db)


def set_branding(ws: "Workspace", institution: str = "", unit: str = "",
                 logo: Path | None = None) -> None:
    """The header of every document; empty values fall back to the defaults."""
    if logo is not None and (logo.suffix.lower() not in LOGO_TYPES or not logo.is_file()):
        raise UserError(N_("The logo must be an existing PNG or JPEG file."))
    save_branding(ws.db, Branding(institution.strip(), unit.strip(),
                                  str(logo) if logo else ""))


def referral_form(ctx: ReportContext, referral_id: str, out: Path,
                  progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> None:
    from app.reports.referral import write_referral_form

    write_referral_form(ctx, referral_id, out, Job(2, progress, cancelled))


def visit_record(ctx: ReportContext, visit_id: str, out: Path,
                 progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> None:
    from app.reports.actas import write_visit_record

    write_visit_record(ctx, visit_id, out, Job(2, progress, cancelled))


def mediation_record(ctx: ReportContext, mediation_id: str, out: Path,
                     progress: ProgressFn | None = None,
                     cancelled: CancelFn | None = None) -> None:
    from app.reports.actas import write_mediation_record

    write_mediation_record(ctx, mediation_id, out, Job(2, progress, cancelled))


def certificates(ctx: ReportContext, activity_id: str, out: Path,
                 progress: ProgressFn | None = None,
                 cancelled: CancelFn | None = None) -> "CertificateRun":
    """One page per participant named with consent; how many printed and left out."""
    from app.reports.certificates import write_certificates

    return write_certificates(ctx, activity_id, out, Job(2, progress, cancelled))


def monthly_report(ctx: ReportContext, month: str, out: Path, parish: str | None = None,
                   promoter: str | None = None, progress: ProgressFn | None = None,
                   cancelled: CancelFn | None = None) -> None:
    """`month` is 'YYYY-MM'; `parish` a parish code; `promoter` a username."""
    from app.reports.monthly import write_monthly_report

    write_monthly_report(ctx, month, out, parish, promoter, Job(3, progress, cancelled))


def canton_report(ctx: ReportContext, start: date, end: date, out: Path,
                  parish: str | None = None, progress: ProgressFn | None = None,
                  cancelled: CancelFn | None = None) -> CaseStats:
    """The Consejo's report for a period; with `parish` (a code), of that parish only."""
    from app.reports.canton import write_canton_report

    return write_canton_report(ctx, start, end, out, parish, Job(4, progress, cancelled))


def plan_report(ctx: ReportContext, period: "PlanPeriod", out: Path,
                progress: ProgressFn | None = None,
                cancelled: CancelFn | None = None) -> "Compliance":
    """Planned against done of the plans of `period` (a parish's PTA, or the canton's
    POA and every PTA): PDF, or XLSX when `out` ends in .xlsx."""
    from app.reports.plan_compliance import write_plan_report

    return write_plan_report(ctx, period, out, Job(4, progress, cancelled))


def stats_export(ctx: ReportContext, out: Path, fmt: str, start: date | None = None,
                 end: date | None = None, parish: str | None = None,
                 progress: ProgressFn | None = None,
                 cancelled: CancelFn | None = None) -> "list[StatTable]":
    """`fmt` is 'csv' or 'xlsx'; `start`/`end` None leave the period open."""
    from app.reports.exports import export_stats

    return export_stats(ctx, out, fmt, start, end, parish, Job(2, progress, cancelled))


def pseudonymised_export(ws: "Workspace", out: Path) -> int:
    """One CSV row per affected person per case; returns the number of rows."""
    from app.core.pseudonymise import export_pseudonymised

    return export_pseudonymised(ws.db, ws.writer, out)
