"""The server's key pair for USB bundles: the private keys in a file, never in the database.

The file (`bundle_key_path()`, mode 0600) sits beside the release signing key; only its
public keys go into the database, from where every server process hands them to devices
at enrollment. A database dump or a stolen backup therefore cannot open a device's
bundles nor forge the server's answers. `import-bundle` runs where the file is.
"""

import contextlib
import json
import os
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select

from app.core.errors import UserError
from app.core.files import create_private, private_folder
from app.core.i18n import N_
from sync import notice
from sync.bundle import new_keys, public_of
from sync.server.schema import public_keys as public_table
from sync.server.state import state_path
from sync.server.store import ServerStore

KEY_ENV = "DEFENSORIA_BUNDLE_KEY"
KEY_FILENAME = "bundle.key"


class KeyFileError(UserError):
    pass


def bundle_key_path(store: ServerStore) -> Path:
    """DEFENSORIA_BUNDLE_KEY; else beside the release signing key."""
    configured = os.environ.get(KEY_ENV)
    return Path(configured) if configured else state_path(store.url, KEY_FILENAME)


def write_key_file(path: Path, private: dict[str, str]) -> None:
    private_folder(path.parent)
    # Made by another process meanwhile: that one is read back.
    with contextlib.suppress(FileExistsError):
        create_private(path, json.dumps(private).encode("utf-8"))


def record_public(conn: Connection, private: dict[str, str]) -> None:
    conn.execute(delete(public_table))
    conn.execute(insert(public_table), [{"name": k, "value": v}
                                        for k, v in public_of(private).items()])


def ensure_keys(store: ServerStore, path: Path | None = None) -> dict[str, str]:
    """Make the key file if there is none; record its public keys; its private keys."""
    path = path or bundle_key_path(store)
    if not path.exists():
        with store.read() as conn:
            if conn.execute(select(public_table.c.name)).first() is not None:
                # Devices already pinned the keys of a file made elsewhere: a new pair
                # would make their bundles unreadable.
                raise KeyFileError(N_("No USB-bundle key at {path}, but this database "
                                      "already has one: copy the key file from the "
                                      "server that made it."), path=path)
        write_key_file(path, new_keys())
    private = private_keys(store, path)
    with store.write() as conn:
        record_public(conn, private)
    return private


def private_keys(store: ServerStore, path: Path | None = None) -> dict[str, str]:
    path = path or bundle_key_path(store)
    try:
        private = json.loads(path.read_text(encoding="utf-8"))
        public_of(private)
    except FileNotFoundError:
        raise KeyFileError(N_("No USB-bundle key at {path}: run 'defensoria-server init' on "
                            "this server, or copy the key file here."), path=path) from None
    except (ValueError, KeyError, TypeError):
        raise KeyFileError(N_("{path} is not a USB-bundle key."), path=path) from None
    return private


def sign_revocation(store: ServerStore, device_id: str, token: str) -> str:
    """The signed notice a revoked device erases itself on ('' when this process cannot
    read the key file: the device then only hears that it is refused, and keeps its
    data)."""
    try:
        private = private_keys(store)
    except KeyFileError:
        return ""
    return notice.sign(private["sign"], device_id, token)


def public_keys(store: ServerStore) -> tuple[str, str]:
    """(sign, box): what devices pin at enrollment. Made on first use when `init` never
    ran (a server started straight from `serve`)."""
    with store.read() as conn:
        found = dict(conn.execute(select(public_table.c.name, public_table.c.value)).all())
    if not {"sign", "box"} <= found.keys():
        found = public_of(ensure_keys(store))
    return found["sign"], found["box"]
