"""First run by enrollment: create this laptop's store and enroll it with the server.

Qt-free (the desktop runs it in a worker). The local user takes the user name and
password typed, and the role and parish the server assigns. If enrolling fails, the
store created a moment ago is removed, so the first run can simply be tried again.
`bind_to_server` is the one way a local user takes the server's role and parish: here,
and in `defensoria enroll` from the command line.
"""

from dataclasses import replace
from pathlib import Path

from app.core.catalogs import Catalogs
from app.core.clock import Clock
from app.core.store.database import DB_FILENAME
from app.core.store.keyring import LocalUser, keyring_for
from app.core.sync.syncstate import Enrollment
from app.core.workspace import Workspace, initialise, unlock


def enroll_first_user(data_dir: Path, server_url: str, username: str, password: str,
                      ca_file: str, catalogs: Catalogs | None, clock: Clock,
                      allow_http: bool = False) -> Workspace:
    from sync.client import SyncClient

    tentative = LocalUser(username, "promotor", "")
    ws = initialise(data_dir, tentative, password, catalogs, clock)
    try:
        enrollment = SyncClient(ws.db, clock).enroll(server_url, username, password,
                                                     ca_file=ca_file, allow_http=allow_http)
    except Exception:
        ws.close()
        _remove_fresh_store(data_dir)
        raise
    if not bind_to_server(data_dir, ws.user, password, enrollment):
        return ws
    ws.close()
    return unlock(data_dir, username, password, catalogs, clock)


def bind_to_server(data_dir: Path, user: LocalUser, password: str,
                   enrollment: Enrollment) -> bool:
    """Give the local user (`password`: their local one) the role and parish the server
    assigned, so that the desktop offers what the server allows and new families get the
    right parish. True when they changed (an open workspace keeps the old user until it
    is opened again)."""
    assigned = replace(user, role=enrollment.role, parish=enrollment.parish)
    if assigned == user:
        return False
    keyring_for(data_dir).rebind(user.username, password, assigned)
    return True


def _remove_fresh_store(data_dir: Path) -> None:
    keyring = keyring_for(data_dir)
    for path in (keyring.path, keyring.backup_path, data_dir / DB_FILENAME,
                 data_dir / f"{DB_FILENAME}-wal", data_dir / f"{DB_FILENAME}-shm"):
        path.unlink(missing_ok=True)
