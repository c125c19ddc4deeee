"""`defensoria-server audit`: who received or sent which records, and when; and what
the devices report of their own (a case opened, printed, exported: device_audit.py)."""

import argparse

from app.core.command_line import bounded_int
from app.core.i18n import N_, Translate
from app.core.ids import is_id
from sync.server import audit, device_audit
from sync.server.admin import AdminError
from sync.server.store import ServerStore

MAX_LIMIT = 1_000_000


class AuditCliError(AdminError):
    pass


def add_parser(commands: argparse._SubParsersAction, tr: Translate) -> None:
    parser = commands.add_parser("audit", help=tr(N_(
        "who sent, received, opened, printed or exported records (ids and counts, "
        "never content)")))
    parser.add_argument("--record", default="",
                        help=tr(N_("only events carrying this record id")))
    parser.add_argument("--user", default="", help=tr(N_("only this user's events")))
    parser.add_argument("--limit", type=bounded_int(tr, 1, MAX_LIMIT), default=100,
                        help=tr(N_("how many of the newest events to show")))


def run(args: argparse.Namespace, store: ServerStore) -> int:
    if args.record and not is_id(args.record):
        raise AuditCliError(N_("Not a record id: {value}."), value=args.record)
    with store.read() as conn:
        lines = [(e.at, e.username, e.device_id, e.action, str(e.records))
                 for e in audit.events(conn, args.record, args.user, args.limit)]
        # A person's record also lists the openings of the cases that name them.
        ids = device_audit.related_ids(conn, args.record) if args.record else []
        lines += [(a.at, a.username, a.device_id, a.action, _device_detail(a))
                  for a in device_audit.about(conn, ids, args.limit, args.user)]
    lines.sort(key=lambda line: line[0], reverse=True)
    for at, username, device, action, detail in lines[:args.limit]:
        print(f"{at.isoformat()}\t{username}\t{device}\t{action}\t{detail}")
    return 0


def _device_detail(access: device_audit.Access) -> str:
    """The record, and the other name the device claimed as the actor, if it did."""
    detail = f"{access.record_type}:{access.record_id}"
    return f"{detail} claimed={access.claimed_actor}" if access.claimed_actor else detail
