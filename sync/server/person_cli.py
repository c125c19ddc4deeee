"""`defensoria-server person report --id ID --out FILE.pdf`: the subject access report
(LOPDP right of access) of one person, from the server, which holds every record and
every device's access log. The PDF is written owner-only; making it is audited."""

import argparse
from pathlib import Path

from app.core.catalogs import Catalogs
from app.core.i18n import N_, Translate
from app.core.ids import is_id
from sync.server import audit, erasure
from sync.server.admin import AdminError
from sync.server.store import ServerStore


class PersonCliError(AdminError):
    pass


def add_parser(commands: argparse._SubParsersAction, tr: Translate) -> None:
    person = commands.add_parser("person", help=tr(N_("a person's data (LOPDP rights)"))
                                 ).add_subparsers(dest="action", required=True)
    report = person.add_parser("report", help=tr(N_(
        "write everything held about a person, and who opened their cases, as a PDF")))
    report.add_argument("--id", required=True, help=tr(N_("the person's id")))
    report.add_argument("--out", required=True, type=Path, help=tr(N_("the PDF to write")))
    erase = person.add_parser("erase", help=tr(N_(
        "erase a person's data on every device (LOPDP)")))
    erase.add_argument("--id", required=True, help=tr(N_("the person's id")))
    erase.add_argument("--reason", required=True, help=tr(N_("why the data is erased")))


def run_erase(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    count = erasure.erase(store, args.id, args.reason, by="cli")
    print(tr(N_("Erased: {count} records become tombstones that every device receives."))
          .format(count=count))


def run_report(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    if not is_id(args.id):
        raise PersonCliError(N_("Not a record id: {value}."), value=args.id)
    try:  # reportlab: part of the desktop's libraries, installed beside the server
        from app.reports.access_report import detached_context, write_access_report
        from sync.server.person_report import gather
    except ImportError:
        raise PersonCliError(N_("Writing PDF documents needs reportlab on this server: "
                                "pip install reportlab.")) from None
    with store.read() as conn:
        held = gather(conn, args.id)
    if held is None:
        raise PersonCliError(N_("There is no person with the id {value}."), value=args.id)
    now = store.clock.now()
    ctx = detached_context(Catalogs.load(), tr(N_("Consejo (server)")), now.astimezone())
    write_access_report(ctx, held, args.out)
    with store.write() as conn:
        audit.event(conn, now, "", "", "person_report", ids=[args.id])
    print(args.out)
