"""The Consejo's recovery key: a forgotten local password does not lose a store's data.

`recovery-key init --out FILE` makes an X25519 key pair: the private half goes to FILE
(owner-only) for the Consejo to keep offline, like the release key it never lives in
the database; the public half goes into the database, from where every server process
hands it to devices at enrollment. Each device seals its store's master key for it
(sync/bundle.py `seal_secret`) and keeps that beside its keyring. `recover` opens the
sealed key with FILE, checks that it opens the store, and gives a local user a new
password: the store opens again and its unsent work can sync. Without FILE the sealed
key is useless, and the store stays SQLCipher data.
"""

import base64
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Connection, insert, select, text

from app.core.errors import UserError
from app.core.files import create_private
from app.core.i18n import N_
from app.core.store.keyring import KEYRING_FILENAME, Keyring, LocalUser
from sync.bundle import RECOVERY_CONTEXT as CONTEXT
from sync.bundle import BundleError, open_secret
from sync.server.schema import recovery_keys
from sync.server.store import ServerStore

RAW = serialization.Encoding.Raw


class RecoveryError(UserError):
    """English source text, translated by the CLI."""


def public_key(store: ServerStore) -> str:
    """The newest recovery public key ('' while the Consejo has made none)."""
    with store.read() as conn:
        return current_key(conn)


def current_key(conn: Connection) -> str:
    """`public_key` within a transaction under way (the pull's last page)."""
    return conn.execute(select(recovery_keys.c.public_key)
                        .order_by(recovery_keys.c.created_at.desc()).limit(1)).scalar() or ""


def init_key(store: ServerStore, out: Path) -> str:
    """Make the pair: the private half into `out` (never replaced), the public half into
    the database. Refused when the database already has one: devices sealed their keys
    for it, and only its private file can open them."""
    if public_key(store):
        raise RecoveryError(N_("This server already has a recovery key; keep its private "
                               "key file safe."))
    if not out.parent.is_dir():
        raise RecoveryError(N_("Folder not found: {path}."), path=out.parent)
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(RAW, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    try:
        create_private(out, base64.b64encode(raw) + b"\n")
    except FileExistsError:
        raise RecoveryError(N_("{path} already exists; choose another file."),
                            path=out) from None
    public = base64.b64encode(private.public_key().public_bytes(
        RAW, serialization.PublicFormat.Raw)).decode("ascii")
    with store.write() as conn:
        conn.execute(insert(recovery_keys).values(public_key=public,
                                                  created_at=store.clock.now()))
    return public


def read_private(path: Path) -> bytes:
    try:
        raw = base64.b64decode(path.read_bytes().strip(), validate=True)
    except FileNotFoundError:
        raise RecoveryError(N_("File not found: {path}."), path=path) from None
    except (ValueError, OSError):
        raw = b""
    if len(raw) != 32:
        raise RecoveryError(N_("{path} is not a recovery key."), path=path)
    return raw


def recover(store_dir: Path, username: str, key_file: Path, new_password: str
            ) -> LocalUser:
    """Give `username` of the store in `store_dir` a new local password."""
    try:  # the desktop's SQLCipher driver: not part of a plain server install
        from app.core.store.database import DB_FILENAME, Database
    except ImportError:
        raise RecoveryError(N_("Recovering a data folder needs the desktop app's "
                               "components: run it where the Defensoría app is "
                               "installed.")) from None
    db_path = store_dir / DB_FILENAME
    keyring_path = store_dir / KEYRING_FILENAME
    if not db_path.is_file() or not keyring_path.is_file():
        raise RecoveryError(N_("There is no Defensoría data folder at {path}."),
                            path=store_dir)
    keyring = Keyring(keyring_path)
    if keyring.recovery is None:
        raise RecoveryError(N_("This data folder was never enrolled with a server that has "
                               "a recovery key: it cannot be recovered."))
    private = read_private(key_file)
    try:
        master_key = open_secret(keyring.recovery, private, CONTEXT)
    except BundleError:
        raise RecoveryError(N_("This recovery key does not open this data folder.")) from None
    # The recovered key must read the store before any password is replaced.
    db = Database(db_path, master_key)
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
            conn.rollback()
    except Exception:
        raise RecoveryError(N_("This recovery key does not open this data folder.")) \
            from None
    finally:
        db.close()
    return keyring.reset_password(username, master_key, new_password)
