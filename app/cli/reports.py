"""`defensoria report …` and `export --stats/--pseudonymized`: documents and exports.

Kept light at import (reportlab loads only when a command runs)."""

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import open_workspace
from app.core.command_line import language, parish_code
from app.core.errors import UserError
from app.core.i18n import N_, Translate

if TYPE_CHECKING:
    from app.core.workspace import Workspace


def add_commands(commands: argparse._SubParsersAction, tr: Translate) -> None:
    report = commands.add_parser("report", help=tr(N_("print a document or report (PDF)")))
    report.set_defaults(run=run_report)
    kinds = report.add_subparsers(dest="report_kind", required=True,
                                  parser_class=type(report))
    for kind, help_text in (("referral", N_("referral form")),
                            ("visit", N_("record of a family visit")),
                            ("mediation", N_("record of a mediation"))):
        sub = kinds.add_parser(kind, help=tr(help_text))
        sub.add_argument("--id", required=True, help=tr(N_("record id")))
        sub.add_argument("--out", type=Path, required=True, help=tr(N_("output file")))
    certs = kinds.add_parser("certificates", help=tr(N_(
        "certificates of participation in a training (one page per named participant)")))
    certs.add_argument("--activity", required=True, help=tr(N_("activity id")))
    certs.add_argument("--out", type=Path, required=True, help=tr(N_("output file")))
    monthly = kinds.add_parser("monthly", help=tr(N_("monthly report")))
    monthly.add_argument("--month", required=True, help="YYYY-MM")
    monthly.add_argument("--parish", default=None, help=tr(N_("parish code or name")))
    monthly.add_argument("--promoter", default=None, help=tr(N_("only this user's work")))
    monthly.add_argument("--out", type=Path, required=True, help=tr(N_("output file")))
    canton = kinds.add_parser("canton", help=tr(N_("cantonal report for a period")))
    canton.add_argument("--from", dest="start", required=True, help="YYYY-MM-DD")
    canton.add_argument("--to", dest="end", required=True, help="YYYY-MM-DD")
    canton.add_argument("--parish", default=None, help=tr(N_("only this parish")))
    canton.add_argument("--out", type=Path, required=True, help=tr(N_("output file")))
    plan = kinds.add_parser("plan", help=tr(N_(
        "plan compliance report: the canton's POA and every PTA, or one parish's PTA "
        "(PDF or XLSX)")))
    plan.add_argument("--year", required=True, help="YYYY")
    plan.add_argument("--parish", default=None, help=tr(N_("only this parish's PTA")))
    plan.add_argument("--from", dest="start", default=None, help="YYYY-MM")
    plan.add_argument("--to", dest="end", default=None, help="YYYY-MM")
    plan.add_argument("--out", type=Path, required=True,
                      help=tr(N_("output file (.pdf or .xlsx)")))


def add_export_options(export: argparse.ArgumentParser, tr: Translate) -> None:
    what = export.add_mutually_exclusive_group()
    what.add_argument("--stats", action="store_true",
                      help=tr(N_("the statistics tables (csv or xlsx)")))
    what.add_argument("--pseudonymized", action="store_true",
                      help=tr(N_("records without names or identifiers, for analysis (csv)")))
    export.add_argument("--from", dest="start", default=None, help="YYYY-MM-DD")
    export.add_argument("--to", dest="end", default=None, help="YYYY-MM-DD")
    export.add_argument("--parish", default=None,
                        help=tr(N_("with --stats: only this parish")))


def parse_day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(N_("The date {value} is not valid: write it as YYYY-MM-DD."),
                        value=text) from None


def find_parish(ws: "Workspace", name: str | None) -> str | None:
    return parish_code(ws.catalogs.territory, name or "") or None


def check_out(path: Path) -> Path:
    """The output must be a file name in an existing folder."""
    if path.is_dir():
        raise UserError(N_("{path} is a folder: give a file name."), path=path)
    if not path.parent.is_dir():
        raise UserError(N_("The folder {path} does not exist."), path=path.parent)
    return path


def plan_months(args: argparse.Namespace) -> tuple[int, int, int]:
    """(year, first month, last month) of `report plan`, or a UserError."""
    from app.core.plan_owners import FIRST_YEAR, LAST_YEAR
    from app.reports.monthly import month_bounds

    text = args.year.strip()
    if not (text.isdigit() and len(text) == 4 and FIRST_YEAR <= int(text) <= LAST_YEAR):
        raise UserError(N_("The year {value} is not valid: write it as YYYY, for example "
                           "2026."), value=args.year)
    year = int(text)
    first = month_bounds(args.start)[0] if args.start else date(year, 1, 1)
    last = month_bounds(args.end)[0] if args.end else date(year, 12, 1)
    if first.year != year or last.year != year:
        raise UserError(N_("The months --from and --to must be of the year {year}."),
                        year=year)
    if first > last:
        raise UserError(N_("The period ends before it starts."))
    if args.out.suffix.lower() not in (".pdf", ".xlsx"):
        raise UserError(N_("The plan report is written as a .pdf or .xlsx file."))
    return year, first.month, last.month


def check_export(args: argparse.Namespace) -> None:
    if args.stats and args.format not in ("csv", "xlsx"):
        raise UserError(N_("Statistics are exported as csv or xlsx."))
    if args.pseudonymized and args.format != "csv":
        raise UserError(N_("The pseudonymised export is a csv file."))
    if not (args.stats or args.pseudonymized) and args.format != "jsonl":
        raise UserError(N_("Use --stats or --pseudonymized with the csv and xlsx formats."))


def run_report(args: argparse.Namespace, tr: Translate) -> int:
    from app.reports import api

    out = check_out(args.out)
    period = None
    if args.report_kind == "canton":
        start, end = parse_day(args.start), parse_day(args.end)
        if start is None or end is None or start > end:  # both given: argparse requires them
            raise UserError(N_("The period ends before it starts."))
        period = (start, end)
    if args.report_kind == "monthly":
        from app.reports.monthly import month_bounds

        month_bounds(args.month)  # complain before asking for the password
    months = plan_months(args) if args.report_kind == "plan" else None
    ws = open_workspace(args, tr)
    try:
        ctx = api.context(ws, language())
        kind = args.report_kind
        if kind == "referral":
            api.referral_form(ctx, args.id, out)
        elif kind == "visit":
            api.visit_record(ctx, args.id, out)
        elif kind == "mediation":
            api.mediation_record(ctx, args.id, out)
        elif kind == "certificates":
            run = api.certificates(ctx, args.activity, out)
            if run.without_name:
                print(tr(N_("{count} participants without a name or consent for it get no "
                            "certificate.")).format(count=run.without_name))
        elif kind == "monthly":
            api.monthly_report(ctx, args.month, out, parish=find_parish(ws, args.parish),
                               promoter=args.promoter)
        elif months is not None:
            from app.core.services.plan_compliance import PlanPeriod

            api.plan_report(ctx, PlanPeriod(*months, parish=find_parish(ws, args.parish)),
                            out)
        elif period is not None:
            api.canton_report(ctx, *period, out, parish=find_parish(ws, args.parish))
    finally:
        ws.close()
    print(tr(N_("Wrote {path}.")).format(path=out))
    return 0


def run_export(args: argparse.Namespace, tr: Translate) -> int:
    from app.reports import api

    out = check_out(args.out)
    start, end = parse_day(args.start), parse_day(args.end)
    if start and end and start > end:
        raise UserError(N_("The period ends before it starts."))
    ws = open_workspace(args, tr)
    try:
        if args.pseudonymized:
            count = api.pseudonymised_export(ws, out)
            message = tr(N_("Exported {count} pseudonymised rows to {path}."))
        else:
            ctx = api.context(ws, language())
            count = len(api.stats_export(ctx, out, args.format, start, end,
                                         find_parish(ws, args.parish)))
            message = tr(N_("Exported {count} statistics tables to {path}."))
    finally:
        ws.close()
    print(message.format(count=count, path=out))
    return 0
