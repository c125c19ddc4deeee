"""Local users and the database key each of them can unwrap.

The database is encrypted with one random 256-bit key. Every local user holds a copy of
it wrapped (AES-GCM) under a key derived from their password with Argon2id, so several
people can share a laptop, a password change rewraps one key instead of re-encrypting the
database, and a copied data folder reveals nothing without a password.
"""

import base64
import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.core.errors import UserError
from app.core.i18n import N_

KEYRING_FILENAME = "keyring.json"
ROLES = ("promotor", "tecnico", "junta", "admin")
MIN_PASSWORD_LENGTH = 8
# About 0.1–0.2 s on a modest laptop: slow for guessing, fast enough for unlock.
KDF_PARAMS = {"time_cost": 2, "memory_cost": 64 * 1024, "parallelism": 1}


class KeyringError(UserError):
    """A user-facing failure of the local user list."""


class WrongPassword(KeyringError):
    pass


@dataclass(frozen=True)
class LocalUser:
    username: str
    role: str
    parish: str = ""
    display_name: str = ""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _derive(password: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"), salt, hash_len=32, type=Type.ID, **params
    )


def normalise_username(username: str) -> str:
    return username.strip().lower()


class Keyring:
    """The `keyring.json` file beside the database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, dict] = {}
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            self._entries = {e["username"]: e for e in data.get("users", [])}

    @property
    def users(self) -> list[LocalUser]:
        return [self._user(e) for e in self._entries.values()]

    def has_users(self) -> bool:
        return bool(self._entries)

    def create_first_user(self, user: LocalUser, password: str) -> bytes:
        if self._entries:
            raise KeyringError(N_("This data folder already has users."))
        master_key = secrets.token_bytes(32)
        self._add(user, password, master_key)
        return master_key

    def add_user(self, master_key: bytes, user: LocalUser, password: str) -> None:
        if normalise_username(user.username) in self._entries:
            raise KeyringError(N_("That user name is already taken."))
        self._add(user, password, master_key)

    def unlock(self, username: str, password: str) -> tuple[LocalUser, bytes]:
        entry = self._entries.get(normalise_username(username))
        if entry is None:
            # Same message as a wrong password: do not reveal which user names exist.
            raise WrongPassword(N_("Wrong user name or password."))
        kek = _derive(password, _unb64(entry["salt"]), entry["kdf"])
        try:
            master_key = AESGCM(kek).decrypt(
                _unb64(entry["nonce"]), _unb64(entry["wrapped_key"]),
                entry["username"].encode("utf-8"),
            )
        except InvalidTag:
            raise WrongPassword(N_("Wrong user name or password.")) from None
        return self._user(entry), master_key

    def change_password(self, username: str, old: str, new: str) -> None:
        user, master_key = self.unlock(username, old)
        del self._entries[user.username]
        self._add(user, new, master_key)

    def _add(self, user: LocalUser, password: str, master_key: bytes) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise KeyringError(N_("The password must have at least 8 characters."))
        if user.role not in ROLES:
            raise KeyringError(N_("Unknown role."))
        username = normalise_username(user.username)
        if not username:
            raise KeyringError(N_("The user name is required."))
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        kek = _derive(password, salt, KDF_PARAMS)
        wrapped = AESGCM(kek).encrypt(nonce, master_key, username.encode("utf-8"))
        self._entries[username] = {
            **asdict(user), "username": username, "kdf": KDF_PARAMS,
            "salt": _b64(salt), "nonce": _b64(nonce), "wrapped_key": _b64(wrapped),
        }
        self._save()

    def _save(self) -> None:
        # Write-then-rename, so a power cut never leaves a half-written keyring.
        tmp = self.path.with_suffix(".tmp")
        data = {"version": 1, "users": list(self._entries.values())}
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    @staticmethod
    def _user(entry: dict) -> LocalUser:
        return LocalUser(entry["username"], entry["role"], entry.get("parish", ""),
                         entry.get("display_name", ""))


def keyring_for(data_dir: Path) -> Keyring:
    """The keyring of a data folder (light: the desktop's unlock screen needs no store)."""
    return Keyring(data_dir / KEYRING_FILENAME)
