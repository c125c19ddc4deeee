"""Headless commands (administrators, scripts, tests) and the entry point of the app.

Every message a user reads is an English source string translated through the same
catalog as the desktop app; failures print one line and exit non-zero, never a traceback.
"""

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.exc import OperationalError

from app import __version__
from app.cli import attention as cli_attention
from app.cli import sync as cli_sync
from app.cli import update as cli_update
from app.cli.reports import add_export_options, add_report_parser
from app.core.clock import SystemClock
from app.core.command_line import (
    EXIT_FAILURE,
    CliError,
    Parser,
    cli_translator,
    failure_message,
    parish_code,
    parser_class,
    read_password,
)
from app.core.i18n import N_, Translate
from app.core.store.keyring import ROLES, LocalUser
from app.core.workspace import Workspace, default_data_dir, initialise, keyring_for, unlock


def build_parser(tr: Translate) -> Parser:
    translated = parser_class(tr)
    parser = translated(prog="defensoria", description=tr(N_(
        "Defensoría: registers families, cases, visits, mediations and referrals of the "
        "Defensorías Comunitarias. Without a command it opens the desktop app.")))
    parser.add_argument("--version", action="version", version=f"defensoria {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help=tr(N_("folder holding the encrypted data")))
    parser.add_argument("--username", default=os.environ.get("DEFENSORIA_USER"),
                        help=tr(N_("local user (default: the only one)")))
    parser.add_argument("--self-test", action="store_true",
                        help=tr(N_("check this installation on a temporary store and exit")))
    parser.add_argument("--server", dest="self_test_server", metavar="URL", default=None,
                        help=tr(N_("with --self-test: also enroll and sync with this server")))
    parser.add_argument("--server-user", dest="self_test_user", default="autoprueba",
                        help=tr(N_("with --self-test: user name on the server")))
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", parser_class=translated)

    init = commands.add_parser("init", help=tr(N_("create the data folder and its first user")))
    init.add_argument("--username", dest="new_username", required=True,
                      help=tr(N_("name of the first user")))
    init.add_argument("--role", choices=ROLES, default="promotor", help=tr(N_("role")))
    init.add_argument("--parish", default="", help=tr(N_("parish code or name")))

    demo = commands.add_parser("demo-data", help=tr(N_("fill the store with demo data")))
    demo.add_argument("--families", type=int, required=True, help=tr(N_("households")))
    demo.add_argument("--seed", type=int, default=1, help=tr(N_("random seed")))
    demo.add_argument("--parish", default=None, help=tr(N_(
        "put everything in this parish (default: a promoter's own)")))

    export = commands.add_parser("export", help=tr(N_("export every record")))
    export.add_argument("--format", choices=["jsonl", "csv", "xlsx"], default="jsonl",
                        help=tr(N_("format")))
    export.add_argument("--out", type=Path, required=True, help=tr(N_("output file")))
    add_export_options(export, tr)
    add_report_parser(commands, tr)

    imp = commands.add_parser("import", help=tr(N_("import households and persons")))
    imp.add_argument("--format", choices=["csv"], default="csv", help=tr(N_("format")))
    imp.add_argument("file", type=Path, help=tr(N_("CSV file")))
    cli_sync.add_commands(commands, tr)
    cli_attention.add_commands(commands, tr)
    cli_update.add_commands(commands, tr)
    return parser


def open_workspace(args: argparse.Namespace, tr: Translate) -> Workspace:
    keyring = keyring_for(args.data_dir)
    if not keyring.has_users():
        raise CliError(N_("The data folder {path} has no users yet: run 'init' first."),
                       path=args.data_dir)
    username = args.username
    if not username:
        users = keyring.users
        if len(users) != 1:
            raise CliError(N_("Several users share this folder: give --username."))
        username = users[0].username
    # Kept for `enroll`, which gives this user the server's role and parish.
    args.local_password = read_password(tr, N_("Password: "))
    return unlock(args.data_dir, username, args.local_password, None, SystemClock())


def cmd_init(args: argparse.Namespace, tr: Translate) -> int:
    from app.core.catalogs import Catalogs

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
        raise CliError(N_("--families must be a positive number."))
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
    from app.cli.reports import check_export, run_export
    from app.core.exporting import export_jsonl

    check_export(args)
    if args.stats or args.pseudonymized:
        return run_export(args, tr, open_workspace)
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
        raise CliError(N_("File not found: {path}."), path=args.file)
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


def cmd_report(args: argparse.Namespace, tr: Translate) -> int:
    from app.cli.reports import run_report

    return run_report(args, tr, open_workspace)


COMMANDS: dict[str, Callable[[argparse.Namespace, Translate], int]] = {
    "init": cmd_init, "demo-data": cmd_demo, "export": cmd_export, "import": cmd_import,
    "report": cmd_report,
}


def main(argv: Sequence[str] | None = None) -> int:
    tr = cli_translator()
    args = build_parser(tr).parse_args(argv)
    if args.self_test:
        from app.cli.selftest import run as self_test

        return self_test(args.self_test_server, args.self_test_user, tr)
    args.data_dir = args.data_dir or default_data_dir()
    if args.startup_probe:  # bench/installer.py: start-up time, frozen and unfrozen
        from app.cli.selftest import startup_probe

        return startup_probe(args.data_dir)
    if args.command is None:
        from app.ui.shell.main import run_app

        return run_app(args.data_dir)
    try:
        if args.command in cli_sync.COMMANDS:
            return cli_sync.run(args, tr, open_workspace)
        if args.command == cli_update.COMMAND:
            return cli_update.run(args, tr, open_workspace)
        if args.command == cli_attention.COMMAND:
            return cli_attention.run(args, tr, open_workspace)
        return COMMANDS[args.command](args, tr)
    except OperationalError as exc:
        message = tr(N_("The data is busy in another window of Defensoría (it is saving). "
                        "Try again in a moment.") if "locked" in str(exc.orig) else
                     N_("The database could not be read or written."))
    except (Exception, KeyboardInterrupt) as exc:
        message = failure_message(exc, tr, N_(
            "Unexpected error ({kind}). Please report it to the Consejo."))
    print(message, file=sys.stderr)
    return EXIT_FAILURE
