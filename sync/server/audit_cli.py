"""`defensoria-server audit`: who received or sent which records, and when."""

import argparse

from app.core.command_line import bounded_int
from app.core.i18n import N_, Translate
from app.core.ids import is_id
from sync.server import audit
from sync.server.admin import AdminError
from sync.server.store import ServerStore

MAX_LIMIT = 1_000_000


class AuditCliError(AdminError):
    pass


def add_parser(commands: argparse._SubParsersAction, tr: Translate) -> None:
    parser = commands.add_parser("audit", help=tr(N_(
        "who sent or received records (ids and counts, never content)")))
    parser.add_argument("--record", default="",
                        help=tr(N_("only events carrying this record id")))
    parser.add_argument("--user", default="", help=tr(N_("only this user's events")))
    parser.add_argument("--limit", type=bounded_int(tr, 1, MAX_LIMIT), default=100,
                        help=tr(N_("how many of the newest events to show")))


def run(args: argparse.Namespace, store: ServerStore) -> int:
    if args.record and not is_id(args.record):
        raise AuditCliError(N_("Not a record id: {value}."), value=args.record)
    with store.read() as conn:
        for event in audit.events(conn, args.record, args.user, args.limit):
            print(f"{event.at.isoformat()}\t{event.username}\t{event.device_id}\t"
                  f"{event.action}\t{event.records}")
    return 0
