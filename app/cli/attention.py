"""Headless "needs attention" commands: `defensoria attention list|resend SEQ|dismiss SEQ`.

The same actions as the desktop's Necesitan atención page (app.core.sync.attention), by the
change numbers that `defensoria sync` prints. No network: a resent change goes with the
next sync. Dismissing asks first unless --yes is given. The same conventions as the other
commands: English source strings in N_(), one-line errors, exit codes.
"""

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli.common import open_workspace
from app.core.command_line import bounded_int, language
from app.core.errors import UserError
from app.core.i18n import N_, Translate

if TYPE_CHECKING:
    from app.core.record_words import RecordWords
    from app.core.sync.desk import AttentionRow

COMMAND = "attention"
EXIT_CANCELLED = 1
MAX_SEQ = 2 ** 63 - 1  # seqs are 64-bit columns

OPS = {"create": N_("new record"), "update": N_("change of fields"),
       "delete": N_("deletion")}
WHAT_HAPPENS = {
    "create": N_("The new record will be deleted from this device and never sent."),
    "update": N_("The next sync receives the server's data of this record again."),
    "delete": N_("The record is not deleted: the next sync receives the server's copy "
                 "again."),
}


def add_commands(commands: argparse._SubParsersAction, tr: Translate) -> None:
    attention = commands.add_parser(COMMAND, help=tr(N_(
        "changes the server refused: list them, resend or dismiss them")))
    attention.set_defaults(run=run)
    actions = attention.add_subparsers(dest="attention_action", required=True)
    actions.add_parser("list", help=tr(N_("list the refused changes")))
    resend = actions.add_parser("resend", help=tr(N_(
        "send a refused change again (after correcting its cause)")))
    seq = bounded_int(tr, 1, MAX_SEQ)
    resend.add_argument("seq", type=seq, help=tr(N_("number of the change")))
    dismiss = actions.add_parser("dismiss", help=tr(N_("give up a refused change")))
    dismiss.add_argument("seq", type=seq, help=tr(N_("number of the change")))
    dismiss.add_argument("--yes", action="store_true", help=tr(N_("do not ask to confirm")))


def describe(row: "AttentionRow", words: "RecordWords", tr: Translate) -> str:
    """The change as the desktop's page shows it: whose record, its data in words."""
    from app.core.sync import outbox

    return tr(N_("Change {seq}: {kind} ({owner}), {op}; {data}. {reason}")).format(
        seq=row.seq, kind=words.kind(row.record_type),
        owner=words.owner(row.record_type, row.record_id), op=tr(OPS.get(row.op, row.op)),
        data=words.details(row.fields) or "—", reason=tr(outbox.reason_message(row.reason)))


def run(args: argparse.Namespace, tr: Translate) -> int:
    from app.core.record_words import RecordWords
    from app.core.sync.attention import AttentionService
    from app.core.sync.desk import SyncDesk

    ws = open_workspace(args, tr)
    try:
        rows = {row.seq: row for row in SyncDesk(ws.db, ws.clock).needs_attention()}
        service = AttentionService(ws.db, ws.writer)
        words = RecordWords(ws.db, ws.catalogs, language(), tr)
        if args.attention_action == "list":
            for row in rows.values():
                print(describe(row, words, tr))
            if not rows:
                print(tr(N_("No change needs attention.")))
            return 0
        if args.attention_action == "resend":
            new = service.resend(args.seq)
            print(tr(N_("Change {seq} will be sent again, as change {new}, with the next "
                        "sync.")).format(seq=args.seq, new=new))
            return 0
        chosen = rows.get(args.seq)
        if chosen is not None and not args.yes and not _confirm(
                describe(chosen, words, tr), chosen, tr):
            print(tr(N_("Cancelled.")))
            return EXIT_CANCELLED
        done = service.dismiss(args.seq)  # an unknown number fails here, in words
        print(tr(N_("Change {seq} was dismissed; the new record was deleted from this "
                    "device.") if done.removed else
                 N_("Change {seq} was dismissed; the next sync receives the server's copy "
                    "of the record again.")).format(seq=args.seq))
        return 0
    finally:
        ws.close()


def _confirm(described: str, row: "AttentionRow", tr: Translate) -> bool:
    if not sys.stdin.isatty():
        raise UserError(N_("Add --yes to dismiss change {seq} without being asked."),
                       seq=row.seq)
    print(described)
    print(tr(WHAT_HAPPENS.get(row.op, WHAT_HAPPENS["update"])))
    answer = input(tr(N_("Dismiss change {seq}? [y/N] ")).format(seq=row.seq))
    return answer.strip().lower() in (tr(N_("y")), "y")
