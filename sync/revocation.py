"""A revoked device saves its unsent work for the Consejo, then erases its data.

When the server says this device is revoked (a sync answered 401 `revoked`, or an
imported answer bundle says so), every pending outbox change is first written as a USB
bundle (sync/usb.py: encrypted for the server, signed by this device, so only the
Consejo reads it and `defensoria-server import-bundle` applies it). Only once that file
is written and read back whole are the store, its WAL/SHM files and the keyring deleted:
overwriting them is pointless on SSDs, and SQLCipher already protects their contents. If
the bundle cannot be written, nothing is erased (the error says why) and the next
contact tries again.
"""

from pathlib import Path

from app.core.file_erasure import Remover, erase, unlink
from app.core.files import FileWriteError
from app.core.i18n import N_
from app.core.store.database import DB_FILENAME, Database
from app.core.store.device import device_id
from app.core.store.keyring import keyring_for
from sync.bundle import BundleError, envelope
from sync.errors import SyncError

WIPED = N_("The server revoked this device. Its {count} unsent changes were saved, "
           "encrypted for the Consejo, in {path}: hand that file to the administrator. "
           "The data on this computer was erased.")
WIPED_LEFT = N_("The server revoked this device. Its {count} unsent changes were saved, "
                "encrypted for the Consejo, in {path}: hand that file to the "
                "administrator. The data on this computer was erased, but {left} files "
                "were in use and could only be overwritten: they will be deleted the "
                "next time the app starts. Close the app and open it again.")


class DeviceWiped(SyncError):
    """The device was revoked and its data erased; `bundle` holds its unsent work,
    `left` the files that could not be deleted yet (deleted at the next start)."""

    def __init__(self, bundle: Path, count: int, left: int = 0) -> None:
        super().__init__("wiped", WIPED_LEFT if left else WIPED, count=count, path=bundle,
                         left=left)
        self.bundle, self.count, self.left = bundle, count, left


def store_files(data_dir: Path) -> list[Path]:
    """The files that hold the store and the keys that open it, the keys first: without
    them what might be left of the store cannot be opened by anyone."""
    keyring = keyring_for(data_dir)
    # The copies taken before each migration (app.core.store.migrate.backup_file): the
    # same password opens them.
    copies = data_dir / "backups"
    return [keyring.path, keyring.backup_path, *sorted(copies.glob("*.keyring.json")),
            data_dir / DB_FILENAME, data_dir / f"{DB_FILENAME}-wal",
            data_dir / f"{DB_FILENAME}-shm", data_dir / f"{DB_FILENAME}-journal",
            *sorted(copies.glob("*.db"))]


def bundle_path(db: Database, folder: Path | None) -> Path:
    """Next to the data folder unless the caller names a folder; never over an earlier
    one (a device enrolled again and revoked again)."""
    folder = folder or db.path.parent.parent
    stem = f"defensoria-revocado-{device_id(db)[:8]}"
    path, number = folder / f"{stem}.bundle", 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{number}.bundle"
    return path


def wipe_revoked(db: Database, folder: Path | None = None,
                 remove: Remover = unlink) -> DeviceWiped:
    """Save the unsent changes, close `db` and erase the store; the error to raise.
    Closing disposes every pooled connection first, and no new one can be made after
    (Database.close(erasing=True)): nothing reopens the files while they go."""
    from sync.usb import export_bundle

    path = bundle_path(db, folder)
    db.seal()  # a form saved meanwhile must not commit after the bundle is read
    try:
        # The changes the server refused too ("needs attention"): the bundle is the only
        # copy that will be left of them.
        count = export_bundle(db, path, include_refused=True)
        envelope(path.read_bytes())  # written whole before anything is erased
    except (OSError, FileWriteError, BundleError):
        db.unseal()
        raise SyncError("revoked", N_(
            "The server revoked this device, but its unsent changes could not be saved "
            "to {path}; nothing was erased. Free some space or choose another folder, "
            "and try again."), path=path.parent) from None
    data_dir = db.path.parent
    db.close(erasing=True)
    left = erase(data_dir, store_files(data_dir), remove)
    return DeviceWiped(path, count, len(left))
