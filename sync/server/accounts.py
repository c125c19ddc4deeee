"""Users added and passwords reset by an administrator from the desktop app (the
/admin endpoints): the same checks as the command line's, failures as `AdminError`s
with the shared texts of sync/admin_words.py, each change audited with who made it."""

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from app.core.catalogs import Territory
from sync.admin_words import (
    BAD_USERNAME,
    NEEDS_PARISH,
    NO_USER,
    SHORT_PASSWORD,
    UNKNOWN_PARISH,
    USER_EXISTS,
)
from sync.protocol import MAX_USERNAME, user_name
from sync.server import audit, throttle
from sync.server.admin import AdminError
from sync.server.auth import HASHER, add_user
from sync.server.schema import users
from sync.server.store import ServerStore

MIN_PASSWORD = 8


def check_password(secret: str) -> None:
    if len(secret) < MIN_PASSWORD:
        raise AdminError(SHORT_PASSWORD)


def new_user(store: ServerStore, territory: Territory, username: str, role: str,
             parish: str, secret: str, by: str) -> str:
    """Add a user; returns the stored user name."""
    try:
        name = user_name(username)
    except ValueError:
        raise AdminError(BAD_USERNAME, max=MAX_USERNAME) from None
    code = ""
    if parish.strip():
        found = territory.find(parish)
        if found is None:
            raise AdminError(UNKNOWN_PARISH, name=parish)
        code = found.code
    if role == "promotor" and not code:
        raise AdminError(NEEDS_PARISH)
    check_password(secret)
    try:
        add_user(store, name, secret, role, code)
    except IntegrityError:
        raise AdminError(USER_EXISTS, user=name) from None
    with store.write() as conn:
        audit.event(conn, store.clock.now(), name, "", "user_add", by=by, role=role)
    return name


def reset_password(store: ServerStore, username: str, secret: str, by: str = "cli") -> None:
    """A new password for a user who forgot theirs; their enrolled devices keep
    syncing (a device holds a token, not the password)."""
    check_password(secret)
    name = username.strip().lower()
    with store.write() as conn:
        done = conn.execute(update(users).where(users.c.username == name)
                            .values(password_hash=HASHER.hash(secret)))
        if done.rowcount:
            throttle.unlock(conn, name)
            audit.event(conn, store.clock.now(), name, "", "password_reset", by=by)
    if done.rowcount == 0:
        raise AdminError(NO_USER, user=username)
