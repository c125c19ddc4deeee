"""Forgotten password ≠ lost data: the Consejo's recovery key re-opens a store (issue 13 §3)."""

import base64
import os
import stat

import pytest

from app.core.store.database import DB_FILENAME
from app.core.store.keyring import WrongPassword, keyring_for
from app.core.workspace import unlock
from sync.client import SyncClient
from sync.server import recovery
from sync.server.cli import main as server_main
from tests.helpers.constants import PASSWORD
from tests.helpers.server import server_docs

NEW_PASSWORD = "otra-clave-nueva-2"


@pytest.fixture
def consejo_key(server, tmp_path):
    path = tmp_path / "consejo-recuperacion.key"
    recovery.init_key(server.store, path)
    return path


def _forget(device):
    """Unsent work on a laptop whose password is then forgotten (the store closed)."""
    h = device.ws.families.create_household(parish="PIL", community="Trabajo sin enviar")
    folder = device.ws.data_dir
    master = device.ws.db.master_key
    device.ws.close()
    return h, folder, master


def _recover(tmp_path, folder, key, password=NEW_PASSWORD):
    secret = tmp_path / "nueva-clave.txt"
    secret.write_text(password + "\n", encoding="utf-8")
    return server_main(["recover", "--store", str(folder), "--username", "ana",
                        "--key", str(key), "--password-file", str(secret)])


def test_the_recovery_key_reopens_a_store_and_its_unsent_work_syncs(
        any_server, make_device, tmp_path, catalogs, clock) -> None:
    server = any_server
    consejo_key = tmp_path / "consejo-recuperacion.key"
    recovery.init_key(server.store, consejo_key)
    assert stat.S_IMODE(consejo_key.stat().st_mode) == 0o600
    h, folder, master = _forget(make_device(server, "ana"))
    # Beside the keyring: the master key sealed for the Consejo, never the key itself.
    keyring_bytes = (folder / "keyring.json").read_bytes()
    assert b'"recovery"' in keyring_bytes
    assert base64.b64encode(master) not in keyring_bytes
    assert master.hex().encode() not in keyring_bytes
    store_bytes = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    assert b"Trabajo sin enviar" not in store_bytes

    assert _recover(tmp_path, folder, consejo_key) == 0
    with pytest.raises(WrongPassword):
        keyring_for(folder).unlock("ana", PASSWORD)
    assert keyring_for(folder).recovery is not None  # a second loss is recoverable too
    ws = unlock(folder, "ana", NEW_PASSWORD, catalogs, clock)
    try:
        report = SyncClient(ws.db, ws.clock).sync()
        assert report.complete and report.sent == 1
    finally:
        ws.close()
    assert server_docs(server.store)[h.id][1]["community"] == "Trabajo sin enviar"


def test_without_the_recovery_key_nothing_opens(server, consejo_key, make_device,
                                                tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    _, folder, _ = _forget(make_device(server, "ana"))
    before = (folder / "keyring.json").read_bytes()
    wrong = tmp_path / "otra.key"
    wrong.write_bytes(base64.b64encode(os.urandom(32)))
    assert _recover(tmp_path, folder, wrong) == 1
    assert capsys.readouterr().err == \
        "Esta clave de recuperación no abre esta carpeta de datos.\n"
    junk = tmp_path / "no-es-clave.key"
    junk.write_text("no es una clave", encoding="utf-8")
    assert _recover(tmp_path, folder, junk) == 1
    assert "no es una clave de recuperación" in capsys.readouterr().err
    assert _recover(tmp_path, folder, tmp_path / "falta.key") == 1
    assert _recover(tmp_path, folder, consejo_key, password="corta") == 1
    assert "al menos 8 caracteres" in capsys.readouterr().err
    # Nothing changed: the old password still opens the store.
    assert (folder / "keyring.json").read_bytes() == before
    keyring_for(folder).unlock("ana", PASSWORD)
    assert (folder / DB_FILENAME).exists()


def test_a_tampered_sealed_key_is_refused(server, consejo_key, make_device,
                                          tmp_path) -> None:
    _, folder, _ = _forget(make_device(server, "ana"))
    keyring = keyring_for(folder)
    sealed = dict(keyring.recovery or {})
    raw = bytearray(base64.b64decode(sealed["ciphertext"]))
    raw[3] ^= 1
    sealed["ciphertext"] = base64.b64encode(bytes(raw)).decode()
    keyring.set_recovery(sealed)
    with pytest.raises(recovery.RecoveryError, match="does not open"):
        recovery.recover(folder, "ana", consejo_key, NEW_PASSWORD)


def test_a_device_enrolled_before_the_key_existed_cannot_be_recovered(
        server, make_device, tmp_path) -> None:
    _, folder, _ = _forget(make_device(server, "ana"))
    key = tmp_path / "tarde.key"
    recovery.init_key(server.store, key)
    with pytest.raises(recovery.RecoveryError, match="never enrolled"):
        recovery.recover(folder, "ana", key, NEW_PASSWORD)
    with pytest.raises(recovery.RecoveryError, match="already has a recovery key"):
        recovery.init_key(server.store, tmp_path / "segunda.key")


def test_recovery_key_init_from_the_command_line(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    db = f"sqlite:///{tmp_path / 'server.db'}"
    assert server_main(["--db", db, "init"]) == 0
    key = tmp_path / "consejo.key"
    assert server_main(["--db", db, "recovery-key", "init", "--out", str(key)]) == 0
    assert "Guarde" in capsys.readouterr().out
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert len(base64.b64decode(key.read_bytes().strip())) == 32
    # Never over an existing file, never a second pair.
    assert server_main(["--db", db, "recovery-key", "init", "--out", str(key)]) == 1
    assert "ya tiene una clave de recuperación" in capsys.readouterr().err


def test_a_device_enrolled_before_the_key_is_covered_at_its_next_sync(
        server, make_device, tmp_path, catalogs, clock) -> None:
    device = make_device(server, "ana")  # the Consejo has no recovery key yet
    assert keyring_for(device.ws.data_dir).recovery is None
    key = tmp_path / "consejo-recuperacion.key"
    recovery.init_key(server.store, key)
    assert device.sync().complete  # the pull's last page names the key: sealed now
    sealed = keyring_for(device.ws.data_dir).recovery
    assert sealed is not None and sealed["recipient_key"] == recovery.public_key(server.store)
    assert device.sync().complete
    assert keyring_for(device.ws.data_dir).recovery == sealed  # sealed once, not each sync
    h, folder, _ = _forget(device)
    assert _recover(tmp_path, folder, key) == 0
    ws = unlock(folder, "ana", NEW_PASSWORD, catalogs, clock)
    try:
        assert SyncClient(ws.db, ws.clock).sync().sent == 1
    finally:
        ws.close()
    assert server_docs(server.store)[h.id][1]["community"] == "Trabajo sin enviar"
