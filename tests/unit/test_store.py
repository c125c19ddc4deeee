"""The encrypted store: nothing readable on disk, wrong passwords refused, users, damage."""

from pathlib import Path

import pytest

from app.core.i18n import translator
from app.core.store.database import DatabaseDamaged
from app.core.store.keyring import KeyringError, LocalUser, WrongPassword
from app.core.workspace import initialise, keyring_for, unlock
from tests.helpers.constants import PASSWORD

SECRET_NAMES = ("Chicaiza", "Sisa Nina", "1804567897", "Tamboloma", "golpes en la espalda")


def _fill(workspace, child) -> None:
    workspace.cases.register(parish="PIL", affected_person_ids=[child.id],
                             violation_types=["maltrato_fisico"],
                             facts="Presenta golpes en la espalda", risk_level="alto",
                             reporter_anonymous=True)


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_files_hold_no_readable_case_data(workspace, child, data_dir):
    _fill(workspace, child)
    raw = _all_bytes(data_dir)   # database, its WAL, and the keyring, while open
    workspace.close()
    raw += _all_bytes(data_dir)
    for secret in SECRET_NAMES:
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in raw
    assert b"SQLite format 3" not in raw


def test_wrong_password_is_refused(workspace, data_dir, catalogs, clock):
    workspace.close()
    with pytest.raises(WrongPassword):
        unlock(data_dir, "ana", "not-the-password", catalogs, clock)
    with pytest.raises(WrongPassword):
        unlock(data_dir, "nobody", PASSWORD, catalogs, clock)


def test_data_survives_reopen_and_password_change(workspace, child, data_dir, catalogs, clock):
    workspace.close()
    keyring_for(data_dir).change_password("ana", PASSWORD, "otra-clave-22")
    with pytest.raises(WrongPassword):
        unlock(data_dir, "ana", PASSWORD, catalogs, clock)
    ws = unlock(data_dir, "Ana", "otra-clave-22", catalogs, clock)   # user names ignore case
    try:
        assert ws.families.get_person(child.id).surnames == "Chicaiza Muñoz"
    finally:
        ws.close()


def test_second_local_user_has_own_password_and_role(workspace, child, data_dir, catalogs, clock):
    keyring = keyring_for(data_dir)
    _, key = keyring.unlock("ana", PASSWORD)
    keyring.add_user(key, LocalUser("luis", "tecnico"), "clave-de-luis")
    with pytest.raises(KeyringError):
        keyring.add_user(key, LocalUser("LUIS", "tecnico"), "clave-de-luis")
    workspace.close()
    ws = unlock(data_dir, "luis", "clave-de-luis", catalogs, clock)
    try:
        assert ws.actor.role == "tecnico"
        assert ws.families.get_person(child.id).given_names == "Sisa Nina"
    finally:
        ws.close()


def test_short_password_refused(tmp_path, catalogs, clock):
    with pytest.raises(KeyringError):
        initialise(tmp_path / "d", LocalUser("ana", "promotor"), "corta", catalogs, clock)


def test_pragmas(workspace):
    with workspace.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2   # FULL
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2    # MEMORY


def test_only_a_light_write_skips_the_fsync(workspace):
    """A sync's bookkeeping commits without fsync; every other transaction on the same
    pooled connections afterwards is durable again (FULL)."""
    level = "PRAGMA synchronous"
    with workspace.db.write(durable=False) as s:
        assert s.connection().exec_driver_sql(level).scalar() == 1  # NORMAL
    with workspace.db.write() as s:
        assert s.connection().exec_driver_sql(level).scalar() == 2
    with workspace.db.write(durable=False) as s:
        pass
    with workspace.db.engine.begin() as conn:  # a write outside write(): durable too
        assert conn.exec_driver_sql(level).scalar() == 2


def test_damaged_file_gives_clear_error(workspace, child, data_dir, catalogs, clock):
    _fill(workspace, child)
    workspace.db.checkpoint()
    workspace.close()
    db_file = data_dir / "defensoria.db"
    data = bytearray(db_file.read_bytes())
    for offset in range(4096, len(data), 4096):   # scramble every page after the first
        data[offset + 100: offset + 200] = bytes(100)
    db_file.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged) as info:
        unlock(data_dir, "ana", PASSWORD, catalogs, clock)
    assert "copia de seguridad" in info.value.render(translator("es"))


def test_keyring_swapped_from_another_folder_is_refused(tmp_path, catalogs, clock):
    a, b = tmp_path / "a", tmp_path / "b"
    initialise(a, LocalUser("ana", "promotor"), PASSWORD, catalogs, clock).close()
    initialise(b, LocalUser("ana", "promotor"), PASSWORD, catalogs, clock).close()
    (a / "keyring.json").write_bytes((b / "keyring.json").read_bytes())
    with pytest.raises(DatabaseDamaged):
        unlock(a, "ana", PASSWORD, catalogs, clock)


def test_edited_role_in_keyring_is_refused(workspace, data_dir, catalogs, clock):
    workspace.close()
    path = data_dir / "keyring.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"promotor"', '"admin"'),
                    encoding="utf-8")
    with pytest.raises(WrongPassword):
        unlock(data_dir, "ana", PASSWORD, catalogs, clock)


def test_failed_password_change_keeps_the_user(workspace, data_dir, catalogs, clock):
    workspace.close()
    keyring = keyring_for(data_dir)
    with pytest.raises(KeyringError):
        keyring.change_password("ana", PASSWORD, "corta")
    _, key = keyring.unlock("ana", PASSWORD)
    keyring.add_user(key, LocalUser("luis", "tecnico"), "clave-de-luis")
    unlock(data_dir, "ana", PASSWORD, catalogs, clock).close()


def test_damaged_keyring_falls_back_to_its_backup(workspace, data_dir, catalogs, clock):
    workspace.close()
    keyring = keyring_for(data_dir)
    _, key = keyring.unlock("ana", PASSWORD)
    keyring.add_user(key, LocalUser("luis", "tecnico"), "clave-de-luis")  # makes the .bak
    (data_dir / "keyring.json").write_text('{"users": [', encoding="utf-8")  # power cut
    unlock(data_dir, "ana", PASSWORD, catalogs, clock).close()
    (data_dir / "keyring.json.bak").write_text("", encoding="utf-8")
    with pytest.raises(KeyringError) as info:
        keyring_for(data_dir)
    assert "keyring.json" in info.value.render(translator("es"))


def test_init_over_a_database_without_keyring_is_refused(workspace, data_dir, catalogs, clock):
    from app.core.store.database import StoreError

    workspace.close()
    (data_dir / "keyring.json").unlink()
    (data_dir / "keyring.json.bak").unlink(missing_ok=True)
    with pytest.raises(StoreError):
        initialise(data_dir, LocalUser("ana", "promotor"), PASSWORD, catalogs, clock)
    assert not (data_dir / "keyring.json").exists()


def test_store_from_a_newer_version_is_refused(workspace, data_dir, catalogs, clock):
    from sqlalchemy import text

    from app.core.store.database import StoreError

    with workspace.db.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    workspace.close()
    with pytest.raises(StoreError) as info:
        unlock(data_dir, "ana", PASSWORD, catalogs, clock)
    assert "versión más reciente" in info.value.render(translator("es"))
    assert not (data_dir / "backups").exists()
