"""`defensoria`: the desktop app without a command, else one headless command.

Every message a user reads is an English source string translated through the same
catalog as the desktop app; failures print one line and exit non-zero, never a traceback.
Each command module adds its sub-commands with `set_defaults(run=handler)`; nothing heavy
(the store, SQLAlchemy, sync) is imported before a command runs, so the desktop starts
as fast through here as through `build_app`.
"""

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.cli import attention, backup, plans, records, reports, sync, update
from app.core.command_line import (
    EXIT_FAILURE,
    Parser,
    cli_translator,
    failure_message,
    parser_class,
)
from app.core.i18n import N_, Translate

# Each adds its sub-commands, in the order --help lists them.
COMMAND_MODULES = (records, plans, reports, sync, attention, backup, update)


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
    for module in COMMAND_MODULES:
        module.add_commands(commands, tr)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    tr = cli_translator()
    args = build_parser(tr).parse_args(argv)
    if args.self_test:
        from app.cli.selftest import run as self_test

        return self_test(args.self_test_server, args.self_test_user, tr)
    if args.data_dir is None:
        from app.core.paths import default_data_dir

        args.data_dir = default_data_dir()
    if args.startup_probe:  # bench/installer.py: start-up time, frozen and unfrozen
        from app.cli.selftest import startup_probe

        return startup_probe(args.data_dir)
    if args.command is None:
        from app.ui.shell.main import run_app

        return run_app(args.data_dir)
    try:
        return int(args.run(args, tr))
    except (Exception, KeyboardInterrupt) as exc:
        message = _failure(exc, tr)
    print(message, file=sys.stderr)
    return EXIT_FAILURE


def _failure(exc: BaseException, tr: Translate) -> str:
    from sqlalchemy.exc import OperationalError

    if isinstance(exc, OperationalError):
        return tr(N_("The data is busy in another window of Defensoría (it is saving). "
                     "Try again in a moment.") if "locked" in str(exc.orig) else
                  N_("The database could not be read or written."))
    return failure_message(exc, tr, N_(
        "Unexpected error ({kind}). Please report it to the Consejo."))
