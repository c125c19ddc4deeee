"""After a revoked device erased itself nothing reopens its store, and a file that would
not delete (held open on Windows) is zeroed, tombstoned and deleted at the next start."""

from pathlib import Path

import pytest

from app.core.backups import write_backup
from app.core.file_erasure import PENDING, finish_erasure, leftovers
from app.core.services.maintenance import check_integrity_lean
from app.core.store.database import DB_FILENAME, StoreError
from app.core.workspace import initialise
from sync.client import device_id
from sync.revocation import DeviceWiped, store_files, wipe_revoked
from sync.server import admin


def _revoked(server, make_device):
    ana = make_device(server, "ana")
    ana.ws.families.create_household(parish="PIL", community="Sin enviar")
    admin.revoke_device(server.store, device_id(ana.ws.db))
    return ana


def test_nothing_reopens_the_store_after_a_revocation_wipe(server, make_device,
                                                             tmp_path) -> None:
    ana = _revoked(server, make_device)
    with pytest.raises(DeviceWiped):
        ana.sync()
    db, folder = ana.ws.db, ana.ws.data_dir
    # The paths that run on their own: the background integrity check, the daily
    # backup, a checkpoint, a worker holding the engine.
    paths = [lambda: check_integrity_lean(db), db.check_integrity, db.checkpoint,
             lambda: write_backup(db, folder, tmp_path / "copia.zip", ana.ws.clock),
             lambda: db.engine.connect().close(), lambda: ana.client.sync()]
    for run in paths:
        with pytest.raises(StoreError):
            run()
    assert not any(p.exists() for p in store_files(folder))
    assert not (folder / DB_FILENAME).exists()


class HeldOpen:
    """A remover for which some files are held open by another process (Windows)."""

    def __init__(self, names: set[str]) -> None:
        self.names = names

    def __call__(self, path: Path) -> None:
        if any(path.name.startswith(n) for n in self.names):
            raise PermissionError(13, "in use", str(path))
        path.unlink(missing_ok=True)


def test_a_file_held_open_is_zeroed_and_deleted_at_the_next_start(
        server, make_device, catalogs) -> None:
    ana = _revoked(server, make_device)
    folder = ana.ws.data_dir
    with ana.ws.db.read() as s:  # something to overwrite: the store's own pages
        assert s is not None
    wiped = wipe_revoked(ana.ws.db, remove=HeldOpen({DB_FILENAME + "-wal", DB_FILENAME}))
    assert wiped.left >= 1 and "next time the app starts" in wiped.message
    left = leftovers(folder)
    assert left and all(p.exists() and p.name.endswith(".borrado") for p in left)
    assert not (folder / DB_FILENAME).exists()  # renamed: no store under its name
    assert all(set(p.read_bytes()) <= {0} for p in left)  # nothing readable kept
    # Still held open at the next start: kept on the list for the one after.
    assert finish_erasure(folder, HeldOpen({DB_FILENAME})) == len(left)
    assert (folder / PENDING).exists()
    # Released: the next start deletes them, and a new user can start over there.
    assert finish_erasure(folder) == 0
    assert not any(p.exists() for p in left) and not (folder / PENDING).exists()
    ws = initialise(folder, ana.ws.user, "otra-clave-larga-123", catalogs,
                    ana.ws.clock)
    ws.close()
