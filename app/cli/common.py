"""What every command shares: opening the data folder's workspace for the user."""

import argparse
from typing import TYPE_CHECKING

from app.core.command_line import read_password
from app.core.errors import UserError
from app.core.i18n import N_, Translate

if TYPE_CHECKING:
    from app.core.workspace import Workspace


def open_workspace(args: argparse.Namespace, tr: Translate) -> "Workspace":
    """The data folder unlocked for `--username` (or its only user); the password comes
    from DEFENSORIA_PASSWORD or the terminal."""
    from app.core.clock import SystemClock
    from app.core.workspace import keyring_for, unlock

    keyring = keyring_for(args.data_dir)
    if not keyring.has_users():
        raise UserError(N_("The data folder {path} has no users yet: run 'init' first."),
                        path=args.data_dir)
    username = args.username
    if not username:
        users = keyring.users
        if len(users) != 1:
            raise UserError(N_("Several users share this folder: give --username."))
        username = users[0].username
    # Kept for `enroll`, which gives this user the server's role and parish.
    args.local_password = read_password(tr, N_("Password: "))
    return unlock(args.data_dir, username, args.local_password, None, SystemClock())
