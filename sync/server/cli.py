"""`defensoria-server`: set up, administer and run the central server.

It speaks the desktop CLI's language (Spanish unless DEFENSORIA_LANG says otherwise),
through the same catalog and the same argparse Parser (app/core/command_line.py);
failures print one line and exit non-zero. Machine-readable output stays as it is: the
tab-separated listings and the JSON summary of `import-bundle`.
"""

import argparse
import ipaddress
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError

from app.core.catalogs import Catalogs
from app.core.clock import SystemClock
from app.core.command_line import (
    EXIT_FAILURE,
    CliError,
    Parser,
    bounded_int,
    cli_translator,
    failure_message,
    parish_code,
    parser_class,
    read_password,
)
from app.core.i18n import N_, Translate
from sync.protocol import MAX_USERNAME, user_name
from sync.server import (
    admin,
    audit_cli,
    caseload,
    person_cli,
    recovery_cli,
    releases_cli,
    retention_cli,
)
from sync.server.auth import ROLES, add_user
from sync.server.store import ServerStore, default_db_url, sqlite_file

MIN_PASSWORD = 8
# The commands that create the database (and its folder) when it is missing.
CREATING = ("init", "serve")
# The commands that use no server database (run with a device's data folder).
WITHOUT_DB = ("recover",)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def build_parser(tr: Translate) -> Parser:
    translated = parser_class(tr)
    parser = translated(prog="defensoria-server", description=tr(N_(
        "Defensoría central office server: its database, users, devices, published "
        "installers and the sync service.")))
    parser.add_argument("--db", default=os.environ.get("DEFENSORIA_SERVER_DB"),
                        help=tr(N_("SQLAlchemy URL (default: DEFENSORIA_SERVER_DB, else a "
                                   "SQLite file in the data folder)")))
    cmds = parser.add_subparsers(dest="command", required=True, parser_class=translated)
    cmds.add_parser("init", help=tr(N_("create or upgrade the database and the release "
                                       "signing key")))
    user = cmds.add_parser("user", help=tr(N_("manage users"))).add_subparsers(
        dest="action", required=True)
    add = user.add_parser("add", help=tr(N_("add a user (asks for the password)")))
    add.add_argument("--username", required=True, help=tr(N_("user name")))
    add.add_argument("--role", choices=ROLES, required=True, help=tr(N_("role")))
    add.add_argument("--parish", default="",
                     help=tr(N_("parish code or name (required for a promotor)")))
    user.add_parser("list", help=tr(N_("list the users (tab-separated)")))
    disable = user.add_parser("disable", help=tr(N_("disable a user: their devices stop "
                                                    "syncing")))
    disable.add_argument("username", help=tr(N_("user name")))
    unlock = user.add_parser("unlock", help=tr(N_("let a user's logins through again after "
                                                  "too many failed attempts")))
    unlock.add_argument("username", help=tr(N_("user name")))
    device = cmds.add_parser("device", help=tr(N_("manage devices"))).add_subparsers(
        dest="action", required=True)
    device.add_parser("list", help=tr(N_("list the devices (tab-separated)")))
    revoke = device.add_parser("revoke", help=tr(N_("revoke a device: it can no longer "
                                                    "sync")))
    revoke.add_argument("device_id", help=tr(N_("device id (see 'device list')")))
    caseload = cmds.add_parser("caseload", help=tr(N_("a promoter's caseload"))
                               ).add_subparsers(dest="action", required=True)
    reassign = caseload.add_parser("reassign", help=tr(N_(
        "give a promoter's open cases, planned visits, follow-ups and referrals to "
        "another promoter of the same parish")))
    reassign.add_argument("--from", dest="source", required=True,
                          help=tr(N_("the promoter who leaves")))
    reassign.add_argument("--to", dest="target", required=True,
                          help=tr(N_("the promoter who takes the caseload over")))
    serve = cmds.add_parser("serve", help=tr(N_("run the HTTP(S) server")))
    serve.add_argument("--host", default="127.0.0.1", help=tr(N_("address to listen on")))
    serve.add_argument("--port", type=bounded_int(tr, 1, 65535), default=8080,
                       help=tr(N_("port to listen on")))
    serve.add_argument("--tls-cert", type=Path, help=tr(N_("TLS certificate (PEM)")))
    serve.add_argument("--tls-key", type=Path, help=tr(N_("TLS private key (PEM)")))
    serve.add_argument("--behind-tls-proxy", action="store_true", help=tr(N_(
        "clear HTTP on a non-loopback address is allowed: a TLS proxy (nginx) in front "
        "encrypts the traffic")))
    export = cmds.add_parser("export", help=tr(N_("export every record")))
    export.add_argument("--format", choices=["jsonl"], default="jsonl", help=tr(N_("format")))
    export.add_argument("--out", type=Path, required=True, help=tr(N_("output file")))
    bundle = cmds.add_parser("import-bundle", help=tr(N_(
        "apply a device's USB bundle; prints a JSON summary")))
    bundle.add_argument("file", type=Path, help=tr(N_("bundle file from the device")))
    bundle.add_argument("--out", type=Path, required=True,
                        help=tr(N_("answer bundle to carry back to the device")))
    releases_cli.add_parser(cmds, tr)
    audit_cli.add_parser(cmds, tr)
    person_cli.add_parser(cmds, tr)
    recovery_cli.add_parser(cmds, tr)
    retention_cli.add_parser(cmds, tr)
    return parser


def _init(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    say(tr, N_("Database ready; release signing key in {path}."), path=admin.init(store))


def _serve(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    from sync.server.serve import serve

    if bool(args.tls_cert) != bool(args.tls_key):
        raise CliError(N_("Give both --tls-cert and --tls-key."))
    for path in (args.tls_cert, args.tls_key):
        if path and not path.is_file():
            raise CliError(N_("File not found: {path}."), path=path)
    if not args.tls_cert and not args.behind_tls_proxy and not is_loopback(args.host):
        raise CliError(N_("Refusing to serve clear HTTP on {host}: give --tls-cert and "
                          "--tls-key, or --behind-tls-proxy when a TLS proxy is in "
                          "front."), host=args.host)
    serve(store, Catalogs.load(), args.host, args.port, args.tls_cert, args.tls_key)


def _user_add(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    try:
        username = user_name(args.username)
    except ValueError:
        raise CliError(N_("The user name must have 1 to {max} characters, without control "
                          "characters."), max=MAX_USERNAME) from None
    if args.role == "promotor" and not args.parish:
        raise CliError(N_("A promotor needs --parish."))
    parish = parish_code(Catalogs.load().territory, args.parish)
    secret = read_password(tr, N_("New password: "))
    if len(secret) < MIN_PASSWORD:
        raise CliError(N_("The password must have at least 8 characters."))
    try:
        add_user(store, username, secret, args.role, parish)
    except IntegrityError:
        raise CliError(N_("User {user} already exists."), user=username) from None
    say(tr, N_("User {user} added."), user=username)


def _user_list(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    for user in admin.list_users(store):
        state = "disabled" if user.disabled else "active"
        print(f"{user.username}\t{user.role}\t{user.parish}\t{state}")


def _user_disable(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    admin.disable_user(store, args.username)
    say(tr, N_("User {user} disabled."), user=args.username)


def _user_unlock(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    admin.unlock_user(store, args.username)
    say(tr, N_("User {user} unlocked."), user=args.username.strip().lower())


def _device_list(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    for device in admin.list_devices(store):
        state = "revoked" if device.revoked else "active"
        print(f"{device.id}\t{device.username}\t{device.name}\t{state}")


def _device_revoke(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    admin.revoke_device(store, args.device_id)
    say(tr, N_("Device {device} revoked."), device=args.device_id)


def _caseload_reassign(args: argparse.Namespace, store: ServerStore, tr: Translate
                       ) -> None:
    counts = caseload.reassign(store, args.source, args.target, by="cli")
    say(tr, N_("Reassigned to {user}: {cases} cases, {visits} planned visits, "
               "{follow_ups} follow-ups, {referrals} referrals."),
        user=args.target.strip().lower(), cases=counts.get("case", 0),
        visits=counts.get("visit", 0), follow_ups=counts.get("follow_up", 0),
        referrals=counts.get("referral", 0))


def _export(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    count = admin.export_jsonl(store, args.out)
    say(tr, N_("Exported {count} records to {path}."), count=count, path=args.out)


def _import_bundle(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    print(json.dumps(admin.import_bundle(store, Catalogs.load(), args.file, args.out)))


def _release(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    releases_cli.run(args, store, tr)


def _audit(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    audit_cli.run(args, store)


Command = Callable[[argparse.Namespace, ServerStore, Translate], None]
# (command, action) as the parser fills them in; None for a command without actions.
COMMANDS: dict[tuple[str, str | None], Command] = {
    ("init", None): _init, ("serve", None): _serve, ("user", "add"): _user_add,
    ("user", "list"): _user_list, ("user", "disable"): _user_disable,
    ("user", "unlock"): _user_unlock, ("device", "list"): _device_list,
    ("device", "revoke"): _device_revoke, ("caseload", "reassign"): _caseload_reassign,
    ("export", None): _export, ("person", "erase"): person_cli.run_erase,
    ("import-bundle", None): _import_bundle, ("release", "add"): _release,
    ("release", "list"): _release, ("audit", None): _audit,
    ("recovery-key", "init"): recovery_cli.run_init,
    ("person", "report"): person_cli.run_report,
    ("retention", "set"): retention_cli.run_set,
    ("retention", "remove"): retention_cli.run_remove,
    ("retention", "list"): retention_cli.run_list,
    ("retention", "run"): retention_cli.run_run,
}


def say(tr: Translate, message: str, **params: object) -> None:
    print(tr(message).format(**params))


def run(args: argparse.Namespace, store: ServerStore, tr: Translate) -> int:
    command = COMMANDS.get((args.command, getattr(args, "action", None)))
    if command is None:
        raise CliError(N_("Unknown command."))
    command(args, store, tr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    tr = cli_translator()
    args = build_parser(tr).parse_args(argv)
    store: ServerStore | None = None
    try:
        if args.command in WITHOUT_DB:
            recovery_cli.run_recover(args, tr)
            return 0
        url = args.db or default_db_url()
        db_file = sqlite_file(url)
        if args.command not in CREATING and db_file and not db_file.exists():
            # A mistyped --db would otherwise make folders and an empty database.
            raise CliError(N_("There is no database at {path}: run init first."),
                           path=db_file)
        store = ServerStore(url, SystemClock())
        return run(args, store, tr)
    except (ArgumentError, NoSuchModuleError):
        # Not the address itself: it may hold the database password.
        message = tr(N_("The database address (--db or DEFENSORIA_SERVER_DB) is not valid."))
    except DBAPIError as exc:
        message = tr(N_("Database error: {detail}")).format(detail=exc.orig)
    except (Exception, KeyboardInterrupt) as exc:
        message = failure_message(exc, tr)
    finally:
        if store is not None:
            store.dispose()
    print(message, file=sys.stderr)
    return EXIT_FAILURE
