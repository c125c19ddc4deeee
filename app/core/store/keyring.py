"""Local users and the database key each of them can unwrap.

The database is encrypted with one random 256-bit key. Every local user holds a copy of
it wrapped (AES-GCM) under a key derived from their password with Argon2id, so several
people can share a laptop, a password change rewraps one key instead of re-encrypting the
database, and a copied data folder reveals nothing without a password.
"""

import base64
import json
import secrets
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.core.errors import UserError
from app.core.files import atomic_copy, atomic_write_bytes
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


FORMAT = 2


def _binding(user: LocalUser) -> bytes:
    """Authenticated data of the wrapped key: who the user is and what they may do."""
    return json.dumps(asdict(user), sort_keys=True, ensure_ascii=False).encode("utf-8")


def _parse(raw: bytes) -> tuple[dict[str, dict], dict[str, str] | None]:
    try:
        data = json.loads(raw.decode("utf-8"))
        entries = {e["username"]: e for e in data["users"]}
        for e in entries.values():
            _ = (e["role"], e["salt"], e["nonce"], e["wrapped_key"], e["kdf"])
        recovery = data.get("recovery")
        if recovery is not None and not isinstance(recovery, dict):
            raise TypeError("recovery")
        return entries, recovery
    except (UnicodeDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(str(exc)) from None


def normalise_username(username: str) -> str:
    return username.strip().lower()


class Keyring:
    """The `keyring.json` file beside the database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, dict] = {}
        # The master key sealed for the Consejo's recovery key (never the raw key).
        self._recovery: dict[str, str] | None = None
        for candidate in (path, self.backup_path):
            if candidate.exists():
                try:
                    self._entries, self._recovery = _parse(candidate.read_bytes())
                    break
                except ValueError:
                    continue
        else:
            if path.exists():
                raise KeyringError(N_("The list of users (keyring.json) is damaged. Restore "
                                      "it from a backup."))

    @property
    def backup_path(self) -> Path:
        return self.path.with_name(self.path.name + ".bak")

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
        user = self._user(entry)
        kek = _derive(password, _unb64(entry["salt"]), entry["kdf"])
        try:
            master_key = AESGCM(kek).decrypt(
                _unb64(entry["nonce"]), _unb64(entry["wrapped_key"]), _binding(user))
        except InvalidTag:
            # Also what an edited role or parish gives: they are bound to the wrapped key.
            raise WrongPassword(N_("Wrong user name or password.")) from None
        return user, master_key

    def rebind(self, username: str, password: str, user: LocalUser) -> None:
        """Give a user the role and parish the server assigned at first enrollment."""
        if normalise_username(user.username) != normalise_username(username):
            raise KeyringError(N_("The user name is required."))
        _, master_key = self.unlock(username, password)
        self._add(user, password, master_key)

    @property
    def recovery(self) -> dict[str, str] | None:
        return self._recovery

    def set_recovery(self, sealed: dict[str, str]) -> None:
        """Keep the master key sealed for the Consejo's recovery key (enrollment)."""
        self._save(self._entries, sealed)
        self._recovery = sealed

    def reset_password(self, username: str, master_key: bytes, new: str) -> LocalUser:
        """A new password for a user whose old one is lost, with the master key recovered
        by the Consejo (`defensoria-server recover`)."""
        entry = self._entries.get(normalise_username(username))
        if entry is None:
            raise KeyringError(N_("There is no local user {user} in this data folder."),
                               user=username)
        user = self._user(entry)
        self._add(user, new, master_key)
        return user

    def change_password(self, username: str, old: str, new: str) -> None:
        user, master_key = self.unlock(username, old)
        self._add(user, new, master_key)   # replaces the entry only once it is built

    def _add(self, user: LocalUser, password: str, master_key: bytes) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise KeyringError(N_("The password must have at least 8 characters."))
        if user.role not in ROLES:
            raise KeyringError(N_("Unknown role."))
        user = replace(user, username=normalise_username(user.username))
        if not user.username:
            raise KeyringError(N_("The user name is required."))
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        kek = _derive(password, salt, KDF_PARAMS)
        wrapped = AESGCM(kek).encrypt(nonce, master_key, _binding(user))
        entries = {**self._entries, user.username: {
            **asdict(user), "kdf": KDF_PARAMS,
            "salt": _b64(salt), "nonce": _b64(nonce), "wrapped_key": _b64(wrapped),
        }}
        self._save(entries, self._recovery)
        self._entries = entries

    def _save(self, entries: dict[str, dict], recovery: dict[str, str] | None) -> None:
        # The previous list is kept as keyring.json.bak: losing this small file would make
        # the database unreadable, so it never exists in only one, half-written copy.
        content: dict = {"version": FORMAT, "users": list(entries.values())}
        if recovery is not None:
            content["recovery"] = recovery
        data = json.dumps(content, indent=2)
        if self.path.exists():
            atomic_copy(self.path, self.backup_path)
        atomic_write_bytes(self.path, data.encode("utf-8"))

    @staticmethod
    def _user(entry: dict) -> LocalUser:
        return LocalUser(entry["username"], entry["role"], entry.get("parish", ""),
                         entry.get("display_name", ""))


def keyring_for(data_dir: Path) -> Keyring:
    """The keyring of a data folder (light: the desktop's unlock screen needs no store)."""
    return Keyring(data_dir / KEYRING_FILENAME)
