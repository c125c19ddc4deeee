"""`defensoria-server recovery-key init` and `defensoria-server recover`.

`recover` needs no server database: the Consejo runs it with the private key file on
the laptop (or a copy of its data folder) whose password was forgotten.
"""

import argparse
from pathlib import Path

from app.core.command_line import read_password
from app.core.i18n import N_, Translate
from sync.server import recovery
from sync.server.store import ServerStore

MIN_PASSWORD = 8


def add_parser(commands: argparse._SubParsersAction, tr: Translate) -> None:
    key = commands.add_parser("recovery-key", help=tr(N_(
        "the Consejo's recovery key for forgotten local passwords")))
    actions = key.add_subparsers(dest="action", required=True)
    init = actions.add_parser("init", help=tr(N_(
        "make the key pair: the public half stays on the server, the private half goes "
        "to a file the Consejo keeps offline")))
    init.add_argument("--out", type=Path, required=True,
                      help=tr(N_("file for the private key (created owner-only)")))
    recover = commands.add_parser("recover", help=tr(N_(
        "give a local user of a device's data folder a new password, with the recovery "
        "key")))
    recover.add_argument("--store", type=Path, required=True,
                         help=tr(N_("the device's data folder")))
    recover.add_argument("--username", required=True, help=tr(N_("local user name")))
    recover.add_argument("--key", type=Path, required=True,
                         help=tr(N_("the recovery private key file")))
    recover.add_argument("--password-file", type=Path, default=None, help=tr(N_(
        "file holding the new local password (default: asked, or DEFENSORIA_PASSWORD)")))


def run_init(args: argparse.Namespace, store: ServerStore, tr: Translate) -> None:
    recovery.init_key(store, args.out)
    print(tr(N_("Recovery key made. Keep {path} offline, in a safe place: without it a "
                "forgotten password cannot be recovered; with it, every enrolled device's "
                "data can be opened.")).format(path=args.out))


def new_password(args: argparse.Namespace, tr: Translate) -> str:
    if args.password_file is None:
        secret = read_password(tr, N_("New local password: "))
    else:
        try:
            secret = args.password_file.read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError):
            raise recovery.RecoveryError(N_("Cannot read the password file {path}."),
                                         path=args.password_file) from None
    if len(secret) < MIN_PASSWORD:
        raise recovery.RecoveryError(N_("The password must have at least 8 characters."))
    return secret


def run_recover(args: argparse.Namespace, tr: Translate) -> None:
    secret = new_password(args, tr)
    user = recovery.recover(args.store, args.username, args.key, secret)
    print(tr(N_("The local user {user} has a new password: the data folder opens again, "
                "and its unsent work is sent at the next sync.")).format(user=user.username))
