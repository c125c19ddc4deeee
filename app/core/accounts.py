"""This laptop's users, as the unlock and first-run screens need them: the UI's one door
to the keyring (it never imports the store itself, app/core/store).

Light: no SQL toolkit loads here, so the unlock window shows before the store does.
"""

from pathlib import Path

from app.core.store.keyring import MIN_PASSWORD_LENGTH, LocalUser, keyring_for

__all__ = ["MIN_PASSWORD_LENGTH", "LocalUser", "check_password", "has_users", "local_users"]


def has_users(data_dir: Path) -> bool:
    """Whether the folder holds a keyring with someone in it (else: the first run)."""
    return keyring_for(data_dir).has_users()


def local_users(data_dir: Path) -> list[LocalUser]:
    """The users of this laptop (names and roles only: no key material)."""
    return keyring_for(data_dir).users


def check_password(data_dir: Path, username: str, password: str) -> None:
    """Raises a UserError (wrong password, no such user) unless `password` opens
    `username`'s key: unlocking a locked window of an open session."""
    keyring_for(data_dir).unlock(username, password)
