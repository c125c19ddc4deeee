"""`defensoria init | demo-data | export | import`: the data folder and its records."""

import argparse
import sys
from pathlib import Path

from app.cli.common import open_workspace
from app.cli.reports import add_export_options, check_export, run_export
from app.core.command_line import EXIT_FAILURE, parish_code, read_password
from app.core.errors import UserError
from app.core.i18n import N_, Translate
from app.core.store.keyring import ROLES


def add_commands(commands: argparse._SubParsersAction, tr: Translate) -> None:
    init = commands.add_parser("init", help=tr(N_("create the data folder and its first user")))
    init.add_argument("--username", dest="new_username", required=True,
                      help=tr(N_("name of the first user")))
    init.add_argument("--role", choices=ROLES, default="promotor", help=tr(N_("role")))
    init.add_argument("--parish", default="", help=tr(N_("parish code or name")))
    init.set_defaults(run=cmd_init)

    demo = commands.add_parser("demo-data", help=tr(N_("fill the store with demo data")))
    demo.add_argument("--families", type=int, required=True, help=tr(N_("households")))
    demo.add_argument("--seed", type=int, default=1, help=tr(N_("random seed")))
    demo.add_argument("--parish", default=None, help=tr(N_(
        "put everything in this parish (default: a promoter's own)")))
    demo.set_defaults(run=cmd_demo)

    export = commands.add_parser("export", help=tr(N_("export every record")))
    export.add_argument("--format", choices=["jsonl", "csv", "xlsx"], default="jsonl",
                        help=tr(N_("format")))
    export.add_argument("--out", type=Path, required=True, help=tr(N_("output file")))
    add_export_options(export, tr)
    export.set_defaults(run=cmd_export)

    imp = commands.add_parser("import", help=tr(N_("import households and persons")))
    imp.add_argument("--format", choices=["csv"], default="csv", help=tr(N_("format")))
    imp.add_argument("file", type=Path, help=tr(N_("CSV file")))
    imp.set_defaults(run=cmd_import)


def cmd_init(args: argparse.Namespace, tr: Translate) -> int:
    from app.core.catalogs import Catalogs
    from app.core.clock import SystemClock
    from app.core.store.keyring import LocalUser
    from app.core.workspace import initialise

    parish = parish_code(Catalogs.load().territory, args.parish)
    password = read_password(tr, N_("New password: "))
    ws = initialise(args.data_dir, LocalUser(args.new_username, args.role, parish), password,
                    None, SystemClock())
    ws.close()
    print(tr(N_("Created {path} for user {user}.")).format(path=args.data_dir,
                                                          user=ws.user.username))
    return 0


def cmd_demo(args: argparse.Namespace, tr: Translate) -> int:
    from app.core.demo import DemoGenerator

    if args.families < 1:
        raise UserError(N_("--families must be a positive number."))
    ws = open_workspace(args, tr)
    try:
        # A promoter's demo families are in their parish: the server refuses others.
        parish = parish_code(ws.catalogs.territory, args.parish or "") or (
            ws.user.parish if ws.user.role == "promotor" else "") or None
        summary = DemoGenerator(ws.db, ws.writer, ws.catalogs, ws.today(), args.seed)\
            .generate(args.families, parish)
    finally:
        ws.close()
    print(tr(N_("Created {households} households, {persons} persons and {cases} cases."))
          .format(households=summary.households, persons=summary.persons,
                  cases=summary.cases))
    return 0


def cmd_export(args: argparse.Namespace, tr: Translate) -> int:
    from app.core.exporting import export_jsonl

    check_export(args)
    if args.stats or args.pseudonymized:
        return run_export(args, tr)
    ws = open_workspace(args, tr)
    try:
        count = export_jsonl(ws.db, ws.writer, args.out)
    finally:
        ws.close()
    print(tr(N_("Exported {count} records to {path}.")).format(count=count, path=args.out))
    return 0


def cmd_import(args: argparse.Namespace, tr: Translate) -> int:
    from app.core.importing import CsvImporter

    if not args.file.is_file():
        raise UserError(N_("File not found: {path}."), path=args.file)
    ws = open_workspace(args, tr)
    try:
        report = CsvImporter(ws.families, tr).run(args.file)
    finally:
        ws.close()
    for error in report.errors:
        print(tr(N_("Line {line}: {reason}")).format(line=error.line, reason=error.reason),
              file=sys.stderr)
    print(tr(N_("Imported {persons} persons in {households} households; {errors} rows "
                "with errors.")).format(persons=report.persons,
                                        households=report.households,
                                        errors=len(report.errors)))
    return EXIT_FAILURE if report.errors else 0
