"""`defensoria plan import|list|export`: the year's work plans from and to the spreadsheet
matrix the Consejo and the defensorías already keep.

`import FILE --year Y [--parish P]` reads XLSX, CSV or tab-separated text into the POA
(no parish) or the parish's PTA, printing what it imported and each refused row; `list`
prints every action with its months planned and done (`--format json`: one object per
action, months as YYYY-MM); `export` writes the matrix with the done columns filled in.
"""

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import open_workspace
from app.core.command_line import EXIT_FAILURE, bounded_int, parish_code
from app.core.errors import UserError
from app.core.i18n import N_, Translate
from app.core.plan_owners import CANTON, FIRST_YEAR, LAST_YEAR

if TYPE_CHECKING:
    from app.core.services.plans import ActionProgress
    from app.core.workspace import Workspace

COMMAND = "plan"


def add_commands(commands: argparse._SubParsersAction, tr: Translate) -> None:
    plan = commands.add_parser(COMMAND, help=tr(N_(
        "work plans (the Consejo's POA, each parish's PTA): import, list, export")))
    plan.set_defaults(run=run)
    actions = plan.add_subparsers(dest="plan_action", required=True)
    year = bounded_int(tr, FIRST_YEAR, LAST_YEAR)
    imp = actions.add_parser("import", help=tr(N_(
        "import a plan matrix (XLSX, CSV or tab-separated text)")))
    imp.add_argument("file", type=Path, help=tr(N_("the matrix file")))
    imp.add_argument("--year", type=year, required=True, help=tr(N_("the plan's year")))
    imp.add_argument("--parish", default="", help=tr(N_(
        "the parish whose PTA it is (default: a promoter's own; the canton's POA for the "
        "técnico)")))
    listing = actions.add_parser("list", help=tr(N_(
        "list the plans' actions with their months planned and done")))
    listing.add_argument("--year", type=year, default=None, help=tr(N_("the plans' year")))
    listing.add_argument("--format", choices=["text", "json"], default="text",
                         help=tr(N_("format")))
    export = actions.add_parser("export", help=tr(N_(
        "write a plan's matrix with the done columns filled in")))
    export.add_argument("--year", type=year, required=True, help=tr(N_("the plan's year")))
    export.add_argument("--parish", default="", help=tr(N_(
        "the parish whose PTA it is (default: a promoter's own; the canton's POA for the "
        "técnico)")))
    export.add_argument("--out", type=Path, required=True, help=tr(N_(
        "output file (.xlsx or .csv)")))


def run(args: argparse.Namespace, tr: Translate) -> int:
    return {"import": cmd_import, "list": cmd_list, "export": cmd_export}[
        args.plan_action](args, tr)


def cmd_import(args: argparse.Namespace, tr: Translate) -> int:
    from app.core.plan_matrix.importer import import_matrix

    if not args.file.is_file():
        raise UserError(N_("File not found: {path}."), path=args.file)
    ws = open_workspace(args, tr)
    try:
        parish = _owner(ws, args.parish)
        report = import_matrix(ws.plans, args.file, args.year, parish, tr)
    finally:
        ws.close()
    for action in report.actions:
        print(tr(N_("Imported: {line} — {action} ({months})")).format(
            line=action.line or "—", action=_short(action.proposed_action),
            months=", ".join(f"{args.year:04d}-{m:02d}" for m in action.months)))
    for refused in report.refused:
        print(tr(N_("Line {line}: {reason}")).format(line=refused.line,
                                                     reason=refused.reason),
              file=sys.stderr)
    print(tr(N_("{plan}: imported {count} actions; {refused} rows refused.")).format(
        plan=report.plan.title if report.plan else args.year, count=len(report.actions),
        refused=len(report.refused)))
    return EXIT_FAILURE if report.refused else 0


def cmd_list(args: argparse.Namespace, tr: Translate) -> int:
    ws = open_workspace(args, tr)
    try:
        years = [args.year] if args.year else sorted({p.year for p in ws.plans.plans()})
        rows = [row for y in years for row in ws.plans.progress(y)]
    finally:
        ws.close()
    if args.format == "json":
        print(json.dumps([as_json(r) for r in rows], ensure_ascii=False, indent=1))
        return 0
    plan_id = None
    for r in rows:
        if r.plan.id != plan_id:
            plan_id = r.plan.id
            print(f"== {r.plan.title or r.plan.year} ==")
        print(tr(N_("{line} — {action}: planned {planned}; done {done}")).format(
            line=r.action.line or "—", action=_short(r.action.proposed_action),
            planned=", ".join(map(r.month_key, sorted(r.action.months))) or "—",
            done=", ".join(map(r.month_key, r.done_months)) or "—"))
    if not rows:
        print(tr(N_("No plans.")))
    return 0


def as_json(r: "ActionProgress") -> dict[str, Any]:
    a = r.action
    return {
        "id": a.id, "plan_id": r.plan.id, "year": r.plan.year,
        "owner": "POA" if r.plan.is_poa else "PTA", "parish": r.plan.parish,
        "line": a.line, "responsible": a.responsible, "action": a.proposed_action,
        "aspects_to_keep": a.aspects_to_keep, "aspects_to_correct": a.aspects_to_correct,
        "activity_type": a.activity_type,
        "months": [r.month_key(m) for m in sorted(a.months)],
        "targets": {"events": a.target_events, "participants": a.target_participants,
                    "budget": a.budget_cents / 100 if a.budget_cents is not None else None},
        "done_months": [r.month_key(m) for m in r.done_months],
        "done_events": sum(r.events.values()),
        "done_participants": sum(r.participants.values()),
    }


def cmd_export(args: argparse.Namespace, tr: Translate) -> int:
    from app.reports.plan_matrix import export_matrix

    if args.out.suffix.lower() not in (".xlsx", ".csv"):
        raise UserError(N_("The output file must end in .xlsx or .csv."))
    ws = open_workspace(args, tr)
    try:
        parish = _owner(ws, args.parish)
        plan = ws.plans.find(args.year, parish)
        if plan is None:
            raise UserError(N_("There is no plan for {year} of that owner."), year=args.year)
        rows = [r for r in ws.plans.progress(args.year, parish) if r.plan.id == plan.id]
        export_matrix(rows, args.out, ws.catalogs, tr)
    finally:
        ws.close()
    print(tr(N_("Wrote {count} actions to {path}.")).format(count=len(rows), path=args.out))
    return 0


def _owner(ws: "Workspace", text: str) -> str:
    """The parish a --parish option names; without one, a promoter's own parish (their
    PTA), anyone else's the canton (the POA)."""
    if text.strip():
        return parish_code(ws.catalogs.territory, text)
    return ws.user.parish if ws.user.role == "promotor" else CANTON


def _short(text: str, limit: int = 70) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[:limit - 1] + "…"
