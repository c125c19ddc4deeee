"""Migrations: a store written by an older schema opens, is backed up, and upgrades."""

import shutil
from pathlib import Path

from alembic.script import ScriptDirectory

from app.core.store.migrate import SCHEMA_HEAD, alembic_config, current_revision
from app.core.workspace import unlock
from tests.helpers.constants import OLD_STORE_PASSWORD, PASSWORD

FIXTURE = Path(__file__).parents[1] / "fixtures" / "store-0001"


def test_schema_head_constant_matches_alembic():
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_old_store_upgrades_after_backup(tmp_path, catalogs, clock):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    ws = unlock(folder, "rosa", OLD_STORE_PASSWORD, catalogs, clock)
    try:
        assert current_revision(ws.db) == SCHEMA_HEAD
        backups = list((folder / "backups").glob("*.db"))
        assert len(backups) == 1 and "from-0001" in backups[0].name
        # The data written by the old schema is there, and the new search index covers it.
        assert [h.full_name for h in ws.search.persons("quinatoa")] == ["Tamia Quinatoa Azogue"]
        assert [h.community for h in ws.search.persons("calhuasig")] == ["Calhuasig"]
        # The old records take new writes.
        hit = ws.search.persons("tamia")[0]
        assert ws.families.update_person(hit.id, phone="0987654321").phone == "0987654321"
    finally:
        ws.close()


def test_backup_is_the_encrypted_old_file(tmp_path, catalogs, clock):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    unlock(folder, "rosa", OLD_STORE_PASSWORD, catalogs, clock).close()
    backup = next((folder / "backups").glob("*.db"))
    assert backup.read_bytes() == (FIXTURE / "defensoria.db").read_bytes()
    assert b"Quinatoa" not in backup.read_bytes()


def test_reopening_current_store_makes_no_backup(workspace, data_dir, catalogs, clock):
    workspace.close()
    unlock(data_dir, "ana", PASSWORD, catalogs, clock).close()
    assert not (data_dir / "backups").exists()


def test_backups_are_pruned_by_age_never_the_new_one(tmp_path, catalogs, clock):
    import os

    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    backups = folder / "backups"
    backups.mkdir()
    for i in range(6):   # names from a clock years ahead sort after today's
        old = backups / f"defensoria-2031010{i}-000000-x.db"
        old.write_bytes(b"old")
        os.utime(old, (1_000_000 + i, 1_000_000 + i))
    unlock(folder, "rosa", OLD_STORE_PASSWORD, catalogs, clock).close()
    kept = sorted(p.name for p in backups.glob("*.db"))
    assert len(kept) == 5
    assert any("from-0001" in name for name in kept)
    assert (backups / next(n for n in kept if "from-0001" in n)).with_suffix(
        ".keyring.json").exists()
