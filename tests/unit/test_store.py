"""The encrypted store: nothing readable on disk, wrong passwords refused, users, damage."""

from datetime import date
from pathlib import Path

import pytest

from app.core.i18n import translator
from app.core.store.database import DatabaseDamaged
from app.core.store.keyring import KeyringError, LocalUser, WrongPassword
from app.core.workspace import initialise, keyring_for, unlock
from tests.conftest import PASSWORD

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


def test_wrong_password_is_refused(workspace, data_dir, catalogs):
    workspace.close()
    with pytest.raises(WrongPassword):
        unlock(data_dir, "ana", "not-the-password", catalogs)
    with pytest.raises(WrongPassword):
        unlock(data_dir, "nobody", PASSWORD, catalogs)


def test_data_survives_reopen_and_password_change(workspace, child, data_dir, catalogs):
    workspace.close()
    keyring_for(data_dir).change_password("ana", PASSWORD, "otra-clave-22")
    with pytest.raises(WrongPassword):
        unlock(data_dir, "ana", PASSWORD, catalogs)
    ws = unlock(data_dir, "Ana", "otra-clave-22", catalogs)   # user names ignore case
    try:
        assert ws.families.get_person(child.id).surnames == "Chicaiza Muñoz"
    finally:
        ws.close()


def test_second_local_user_has_own_password_and_role(workspace, child, data_dir, catalogs):
    keyring = keyring_for(data_dir)
    _, key = keyring.unlock("ana", PASSWORD)
    keyring.add_user(key, LocalUser("luis", "tecnico"), "clave-de-luis")
    with pytest.raises(KeyringError):
        keyring.add_user(key, LocalUser("LUIS", "tecnico"), "clave-de-luis")
    workspace.close()
    ws = unlock(data_dir, "luis", "clave-de-luis", catalogs)
    try:
        assert ws.actor.role == "tecnico"
        assert ws.families.get_person(child.id).given_names == "Sisa Nina"
    finally:
        ws.close()


def test_short_password_refused(tmp_path, catalogs):
    with pytest.raises(KeyringError):
        initialise(tmp_path / "d", LocalUser("ana", "promotor"), "corta", catalogs)


def test_pragmas(workspace):
    with workspace.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2   # FULL
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2    # MEMORY


def test_damaged_file_gives_clear_error(workspace, child, data_dir, catalogs):
    _fill(workspace, child)
    workspace.db.checkpoint()
    workspace.close()
    db_file = data_dir / "defensoria.db"
    data = bytearray(db_file.read_bytes())
    for offset in range(4096, len(data), 4096):   # scramble every page after the first
        data[offset + 100: offset + 200] = bytes(100)
    db_file.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged) as info:
        unlock(data_dir, "ana", PASSWORD, catalogs)
    assert "copia de seguridad" in info.value.render(translator("es"))


def test_keyring_swapped_from_another_folder_is_refused(tmp_path, catalogs):
    a, b = tmp_path / "a", tmp_path / "b"
    initialise(a, LocalUser("ana", "promotor"), PASSWORD, catalogs).close()
    initialise(b, LocalUser("ana", "promotor"), PASSWORD, catalogs).close()
    (a / "keyring.json").write_bytes((b / "keyring.json").read_bytes())
    with pytest.raises(DatabaseDamaged):
        unlock(a, "ana", PASSWORD, catalogs, today=lambda: date(2026, 1, 1))
