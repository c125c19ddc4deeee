"""`defensoria-server retention set|remove|list|run`: the Consejo's retention policy
(retention.py, docs/RETENTION.md)."""

import argparse

from app.core.i18n import N_, Translate
from sync.server import retention, retention_policy
from sync.server.store import ServerStore


def add_parser(commands: argparse._SubParsersAction, tr: Translate) -> None:
    cmd = commands.add_parser("retention", help=tr(N_(
        "how long records are kept before they are anonymised or erased"))
    ).add_subparsers(dest="action", required=True)
    put = cmd.add_parser("set", help=tr(N_("set the retention of a record type")))
    put.add_argument("--type", required=True, dest="record_type",
                     help=tr(N_("record type: case, person, household or attendee")))
    put.add_argument("--after-years", required=True,
                     help=tr(N_("years after which its records are due")))
    put.add_argument("--action", required=True, dest="mode", help=tr(N_("anonymise or erase")))
    remove = cmd.add_parser("remove", help=tr(N_("stop applying retention to a type")))
    remove.add_argument("--type", required=True, dest="record_type",
                        help=tr(N_("record type: case, person, household or attendee")))
    cmd.add_parser("list", help=tr(N_("list the retention rules (tab-separated)")))
    go = cmd.add_parser("run", help=tr(N_("apply the retention rules now")))
    go.add_argument("--dry-run", action="store_true",
                    help=tr(N_("count the records due, change nothing")))


def run_set(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    try:
        years = int(str(args.after_years).strip())
    except ValueError:
        years = 0  # refused by check() with the same message
    record_type, action = args.record_type.strip().lower(), args.mode.strip().lower()
    retention_policy.set_rule(store, record_type, years, action, by="cli")
    print(tr(_SET[action]).format(type=record_type, years=years))


def run_remove(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    retention_policy.remove_rule(store, args.record_type.strip().lower(), by="cli")
    print(tr(N_("Retention removed: {type} records are kept.")).format(
        type=args.record_type.strip().lower()))


def run_list(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    found = retention_policy.rules(store)
    if not found:
        print(tr(N_("No retention rules: nothing is anonymised or erased until the "
                    "Consejo sets them (docs/RETENTION.md).")))
    for rule in found:
        print(f"{rule.record_type}\t{rule.after_years}\t{rule.action}\t{rule.set_by}\t"
              f"{rule.set_at:%d/%m/%Y}")


def run_run(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    counts = retention.run(store, dry_run=args.dry_run)
    for record_type, count in sorted(counts.items()):
        print(f"{record_type}\t{count}")
    total = sum(counts.values())
    print(tr(N_("Due, nothing changed (dry run): {count} records.") if args.dry_run
             else N_("Anonymised or erased: {count} records.")).format(count=total))


_SET = {"anonymise": N_("Retention set: {type} records are anonymised after {years} years."),
        "erase": N_("Retention set: {type} records are erased after {years} years.")}
