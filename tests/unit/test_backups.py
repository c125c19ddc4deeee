"""Backups of the encrypted store (issue 13 §2): one owner-only file, verified, restored
onto a new folder that the same user and password unlock, as a new device."""

import stat
import zipfile
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.core.backup_schedule import BackupFolderMissing, BackupService
from app.core.backups import BackupError, restore, write_backup
from app.core.clock import FixedClock
from app.core.records import Household, OutboxEntry, Person
from app.core.store.database import DB_FILENAME
from app.core.store.device import device_id
from app.core.store.keyring import WrongPassword
from app.core.sync.fork import forked_from
from app.core.workspace import unlock
from tests.helpers.constants import NOW, PASSWORD


def rows(ws) -> dict:
    with ws.db.read() as s:
        return {"households": sorted((h.id, h.community) for h in s.execute(
                    select(Household)).scalars()),
                "persons": sorted((p.id, p.given_names) for p in s.execute(
                    select(Person)).scalars()),
                "outbox": sorted((e.seq, e.record_id, e.state) for e in s.execute(
                    select(OutboxEntry)).scalars())}


def test_backup_restores_onto_a_new_folder_as_a_new_device(
        workspace, child, data_dir, tmp_path, catalogs, clock) -> None:
    workspace.families.update_household(child.household_id, community="Cambio")
    out = tmp_path / "usb" / "copia.dfbackup"
    out.parent.mkdir()
    count = write_backup(workspace.db, data_dir, out, clock)
    assert count >= 4 and stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in out.parent.iterdir()) == ["copia.dfbackup"]
    # Nothing in clear: the store inside is SQLCipher, the keyring holds wrapped keys.
    with zipfile.ZipFile(out) as zf:
        blob = zf.read(DB_FILENAME)
    assert not blob.startswith(b"SQLite format 3") and b"Sisa Nina" not in blob
    assert b"Chicaiza" not in out.read_bytes()

    new_dir = tmp_path / "new-laptop"
    fork = restore(out, new_dir, "", PASSWORD, clock)
    restored = unlock(new_dir, "ana", PASSWORD, catalogs, clock)
    try:
        assert rows(restored) == rows(workspace)
        assert fork.old_device == device_id(workspace.db) != device_id(restored.db)
        assert restored.actor.device_id == fork.new_device
        assert forked_from(restored.db) is not None  # must enroll again
        assert stat.S_IMODE((new_dir / DB_FILENAME).stat().st_mode) == 0o600
    finally:
        restored.close()


def test_restore_refuses_a_folder_with_a_store_unless_forced(
        workspace, child, data_dir, tmp_path, catalogs, clock) -> None:
    out = tmp_path / "copia.dfbackup"
    write_backup(workspace.db, data_dir, out, clock)
    other = tmp_path / "other"
    restore(out, other, "ana", PASSWORD, clock)
    with pytest.raises(BackupError, match="already holds a store"):
        restore(out, other, "ana", PASSWORD, clock)
    with pytest.raises(WrongPassword):
        restore(out, other, "ana", "otra-clave-mala", clock, force=True)
    restore(out, other, "ana", PASSWORD, clock, force=True)
    again = unlock(other, "ana", PASSWORD, catalogs, clock)
    try:
        assert rows(again) == rows(workspace)
    finally:
        again.close()


@pytest.mark.parametrize("damage", ["truncate", "flip", "not_a_zip"])
def test_a_damaged_backup_is_refused_and_nothing_is_written(
        workspace, child, data_dir, tmp_path, clock, damage) -> None:
    out = tmp_path / "copia.dfbackup"
    write_backup(workspace.db, data_dir, out, clock)
    data = bytearray(out.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data[len(data) // 2] ^= 0xFF
    else:
        data = bytearray(b"no soy una copia")
    out.write_bytes(bytes(data))
    target = tmp_path / "target"
    with pytest.raises(BackupError, match="damaged or is not a Defensoría backup"):
        restore(out, target, "ana", PASSWORD, clock)
    assert not (target / DB_FILENAME).exists()


def test_a_store_whose_pages_do_not_open_is_refused(workspace, child, data_dir, tmp_path,
                                                    clock) -> None:
    """Checksums intact, content wrong (a copy rewritten with a foreign db): refused."""
    out = tmp_path / "copia.dfbackup"
    write_backup(workspace.db, data_dir, out, clock)
    forged = tmp_path / "forged.dfbackup"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(forged, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, bytes(len(data)) if item.filename == DB_FILENAME else data)
    with pytest.raises(BackupError, match="damaged"):
        restore(forged, tmp_path / "target", "ana", PASSWORD, clock)


def test_daily_backups_keep_the_newest_n(workspace, child, data_dir, tmp_path) -> None:
    clock = FixedClock(NOW)
    service = BackupService(workspace.db, data_dir, clock)
    assert not service.due()  # no folder chosen: no automatic backup
    usb = tmp_path / "usb"
    service.save_settings(str(usb), 3)
    with pytest.raises(BackupFolderMissing, match="USB"):
        service.run()
    usb.mkdir()
    (usb / "otro-archivo.txt").write_text("del usuario")
    made = []
    for _ in range(5):
        assert service.due()
        made.append(service.run().path)
        assert not service.due()
        clock.advance(timedelta(days=1))
    kept = sorted(p.name for p in usb.iterdir())
    assert kept == sorted([p.name for p in made[-3:]] + ["otro-archivo.txt"])
    with pytest.raises(BackupError):
        service.save_settings(str(usb), 0)
