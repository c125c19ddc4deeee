"""`defensoria backup --out FILE | restore FILE`: encrypted copies of the data folder.

A restored copy is a new device that must enroll again before it syncs (the reasons are
in app.core.sync.fork); `restore` says so."""

import argparse
from pathlib import Path

from app.cli.common import open_workspace
from app.core.i18n import N_, Translate


def add_commands(commands: argparse._SubParsersAction, tr: Translate) -> None:
    backup = commands.add_parser("backup", help=tr(N_("write an encrypted backup of the "
                                                      "data folder")))
    backup.add_argument("--out", required=True, type=Path,
                        help=tr(N_("backup file to write")))
    backup.set_defaults(run=run_backup)
    restore = commands.add_parser("restore", help=tr(N_("put a backup in a data folder "
                                                        "(a new laptop)")))
    restore.add_argument("file", type=Path, help=tr(N_("backup file to restore")))
    # Also accepted after the command; the one before it is the default.
    restore.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                         help=tr(N_("folder to restore into")))
    restore.add_argument("--force", action="store_true",
                         help=tr(N_("replace the store already in the folder")))
    restore.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace, tr: Translate) -> int:
    from app.core.backups import write_backup

    ws = open_workspace(args, tr)
    try:
        count = write_backup(ws.db, ws.data_dir, args.out, ws.clock)
    finally:
        ws.close()
    print(tr(N_("Wrote and checked the backup {path} ({count} records).")).format(
        path=args.out, count=count))
    return 0


def run_restore(args: argparse.Namespace, tr: Translate) -> int:
    from app.core.backups import restore
    from app.core.clock import SystemClock
    from app.core.command_line import read_password

    password = read_password(tr, N_("Password: "))
    fork = restore(args.file, args.data_dir, args.username or "", password, SystemClock(),
                   force=args.force)
    print(tr(N_("Restored the backup into {path}. The same users and passwords open it.")
             ).format(path=args.data_dir))
    if fork.server_url:
        print(tr(N_("This copy is a new device: enroll it again before syncing "
                    "(defensoria enroll --server {url}).")).format(url=fork.server_url))
    return 0
