"""`defensoria enroll | sync | export-bundle | import-bundle`: sync from the command line.

requests and the store load only when one of them runs."""

import argparse
import os
import sys
from typing import TYPE_CHECKING

from app.cli.common import open_workspace
from app.core.i18n import N_, Translate

if TYPE_CHECKING:
    from app.core.store.database import Database
    from sync.client import SyncReport

EXIT_INCOMPLETE = 3


def add_commands(commands: argparse._SubParsersAction, tr: Translate) -> None:
    enroll = commands.add_parser("enroll", help=tr(N_("register this device with a server")))
    enroll.add_argument("--server", required=True, help=tr(N_("server address (https://…)")))
    enroll.add_argument("--username", dest="server_username", default=None,
                        help=tr(N_("user name on the server (default: the local user)")))
    enroll.add_argument("--ca-file", default="",
                        help=tr(N_("certificate authority file to verify the server")))
    enroll.add_argument("--allow-http", action="store_true",
                        help=tr(N_("allow a clear http address that is not this computer")))
    enroll.set_defaults(run=run)
    sync = commands.add_parser("sync", help=tr(N_("send pending changes and receive new "
                                                  "records")))
    sync.set_defaults(run=run)
    export = commands.add_parser("export-bundle",
                                 help=tr(N_("write pending changes to a USB bundle")))
    export.add_argument("file", help=tr(N_("bundle file to write")))
    export.set_defaults(run=run)
    answer = commands.add_parser("import-bundle",
                                 help=tr(N_("apply the server's answer bundle")))
    answer.add_argument("file", help=tr(N_("answer file from the server")))
    answer.set_defaults(run=run)


def server_password(tr: Translate) -> str:
    import getpass

    for name in ("DEFENSORIA_SERVER_PASSWORD", "DEFENSORIA_PASSWORD"):
        if os.environ.get(name):
            return os.environ[name]
    return getpass.getpass(tr(N_("Server password: ")))


def print_report(report: "SyncReport", tr: Translate, db: "Database") -> int:
    from app.core.record_words import KINDS
    from app.core.sync import outbox

    print(tr(N_("Sent {sent} changes, received {received} records.")).format(
        sent=report.sent, received=report.received))
    if report.repaired:
        print(tr(N_("Repaired this device's copy: {fetched} records received again, "
                    "{dropped} no longer in its scope removed.")).format(
            fetched=report.fetched, dropped=report.dropped))
    if report.verified:
        print(tr(N_("Verified: this device holds what the server holds for it.")))
    if report.server_behind:
        print(tr(N_("The server has older data than this device: nothing was repaired; "
                    "tell the Consejo.")), file=sys.stderr)
    if report.conflicts:
        print(tr(N_("{count} changes conflict with edits made elsewhere: review them."))
              .format(count=report.conflicts))
    for entry in outbox.needs_attention(db):
        print(tr(N_("Needs attention: change {seq} ({kind}): {reason}")).format(
            seq=entry.seq, kind=tr(KINDS.get(entry.record_type, entry.record_type)),
            reason=tr(outbox.reason_message(entry.reason))), file=sys.stderr)
    if report.complete:
        return 0
    if report.pending:
        print(tr(N_("{count} changes are still waiting to be sent.")).format(
            count=report.pending), file=sys.stderr)
    elif not report.pulled_all:
        print(tr(N_("Not every record was received; run sync again.")), file=sys.stderr)
    return EXIT_INCOMPLETE


def run(args: argparse.Namespace, tr: Translate) -> int:
    from pathlib import Path

    from sync.client import SyncClient
    from sync.usb import export_bundle, import_answer

    ws = open_workspace(args, tr)
    try:
        db = ws.db
        if args.command == "enroll":
            username = args.server_username or ws.user.username
            done = SyncClient(db, ws.clock).enroll(args.server, username, server_password(tr),
                                         ca_file=args.ca_file, allow_http=args.allow_http)
            print(tr(N_("This device is enrolled with {url} as {user}.")).format(
                url=done.server_url, user=done.username))
            from app.cli.first_enrollment import bind_to_server

            if bind_to_server(ws.data_dir, ws.user, args.local_password, done):
                print(tr(N_("The local user {user} now has the role and parish the server "
                            "assigned: {role}, {parish}.")).format(
                    user=ws.user.username, role=done.role, parish=done.parish or "—"))
            return 0
        if args.command == "sync":
            status = print_report(SyncClient(db, ws.clock).sync(), tr, db)
            from app.cli.update import announce

            announce(ws, tr)  # a newer version published on the server
            return status
        if args.command == "export-bundle":
            count = export_bundle(db, Path(args.file))
            print(tr(N_("Wrote {count} pending changes to {path}.")).format(
                count=count, path=args.file))
            return 0
        report = import_answer(db, Path(args.file), ws.clock)
        return print_report(report, tr, db)
    finally:
        ws.close()
