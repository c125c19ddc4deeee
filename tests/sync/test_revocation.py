"""A revoked device saves its unsent work for the Consejo, then erases itself (issue 13 §4)."""

import json
import stat

import pytest

from app.core.store.database import StoreError
from app.core.sync import outbox
from sync.client import device_id
from sync.errors import SyncError
from sync.revocation import DeviceWiped, store_files
from sync.server import admin
from sync.server.cli import main as server_main
from sync.usb import export_bundle, import_answer
from tests.helpers.server import server_docs


def _unsent(device, *names: str) -> list[str]:
    return [device.ws.families.create_household(parish="PIL", community=n).id
            for n in names]


def _assert_erased(device) -> None:
    folder = device.ws.data_dir
    assert not any(p.exists() for p in store_files(folder))
    assert not (folder / "keyring.json").exists()
    with pytest.raises(StoreError):  # nothing can recreate the store afterwards
        outbox.pending_count(device.ws.db)
    assert not any(p.exists() for p in store_files(folder))


def test_revoked_at_a_sync_saves_unsent_work_then_erases(any_server, make_device, tmp_path,
                                                         catalogs, capsys) -> None:
    server = any_server
    ana = make_device(server, "ana")
    assert ana.sync().complete
    ids = _unsent(ana, "Uno sin enviar", "Dos sin enviar")
    admin.revoke_device(server.store, device_id(ana.ws.db))
    with pytest.raises(DeviceWiped) as wiped:
        ana.sync()
    bundle = wiped.value.bundle
    assert wiped.value.code == "wiped" and wiped.value.count == 2
    # Beside the data folder, owner-only, readable only by the Consejo.
    assert bundle.parent == ana.ws.data_dir.parent
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600
    assert b"sin enviar" not in bundle.read_bytes()
    _assert_erased(ana)
    # The revoked device's bundle is imported by the administrator: nothing is lost.
    answer = tmp_path / "respuesta.bundle"
    assert server_main(["--db", server.store.url, "import-bundle", str(bundle),
                        "--out", str(answer)]) == 0
    assert json.loads(capsys.readouterr().out) == {"changes": 2, "records": 0}
    docs = server_docs(server.store)
    assert {docs[i][1]["community"] for i in ids} == {"Uno sin enviar", "Dos sin enviar"}
    # Importing it again changes nothing (the server knows each change's seq).
    admin.import_bundle(server.store, catalogs, bundle, answer)
    assert server_docs(server.store) == docs


def test_revoked_through_a_usb_answer_bundle(server, make_device, tmp_path,
                                             catalogs) -> None:
    ana = make_device(server, "ana")
    ids = _unsent(ana, "En el primer paquete")
    first = tmp_path / "primero.bundle"
    assert export_bundle(ana.ws.db, first) == 1
    ids += _unsent(ana, "Después del paquete")  # only in the device's last bundle
    admin.revoke_device(server.store, device_id(ana.ws.db))
    answer = tmp_path / "respuesta.bundle"
    # A revoked device's bundle is still applied; its answer sends no records.
    assert admin.import_bundle(server.store, catalogs, first, answer) == \
        {"changes": 1, "records": 0}
    folder = tmp_path / "memoria-usb"
    folder.mkdir()
    with pytest.raises(DeviceWiped) as wiped:
        import_answer(ana.ws.db, answer, revoked_folder=folder)
    assert wiped.value.bundle.parent == folder and wiped.value.count == 2
    _assert_erased(ana)
    last_answer = tmp_path / "ultima-respuesta.bundle"
    assert admin.import_bundle(server.store, catalogs, wiped.value.bundle,
                               last_answer) == {"changes": 2, "records": 0}
    docs = server_docs(server.store)
    assert [docs[i][1]["community"] for i in ids] == ["En el primer paquete",
                                                     "Después del paquete"]
    assert len(docs) == 2  # the change in both bundles was applied once


def test_nothing_is_erased_when_the_bundle_cannot_be_written(server, make_device,
                                                             tmp_path) -> None:
    ana = make_device(server, "ana")
    _unsent(ana, "Se queda")
    admin.revoke_device(server.store, device_id(ana.ws.db))
    ana.client.revoked_folder = tmp_path / "no-existe"
    with pytest.raises(SyncError) as failed:
        ana.sync()
    assert failed.value.code == "revoked" and not isinstance(failed.value, DeviceWiped)
    assert outbox.pending_count(ana.ws.db) == 1
    assert (ana.ws.data_dir / "keyring.json").exists()


def test_an_unknown_token_is_not_a_revocation(server, make_device) -> None:
    """A token the server does not know (a server restored from a backup, a device
    enrolled again elsewhere) asks for enrollment; it never erases the device."""
    ana = make_device(server, "ana")
    _unsent(ana, "Se queda")
    from app.core.sync import syncstate

    with ana.ws.db.write() as s:
        enrollment = syncstate.load_enrollment(s)
        assert enrollment is not None
        enrollment.token = "x" * 43
        syncstate.save_enrollment(s, enrollment)
    with pytest.raises(SyncError) as failed:
        ana.sync()
    assert failed.value.code == "expired"
    assert outbox.pending_count(ana.ws.db) == 1


def test_the_wipe_keeps_refused_changes_and_leaves_no_copy_of_the_store(
        server, make_device, clock, catalogs, tmp_path) -> None:
    """A change the server refused ("needs attention") goes into the saved bundle too,
    and the copies taken before migrations (same password) are erased with the store."""
    from sqlalchemy import update

    from app.core.records import OutboxEntry
    from app.core.store.migrate import backup_file

    ana = make_device(server, "ana")
    ids = _unsent(ana, "Rechazada antes", "Pendiente")
    with ana.ws.db.write() as s:  # as the server's answer would have left it
        s.execute(update(OutboxEntry).where(OutboxEntry.record_id == ids[0])
                  .values(state="rejected", reason="forbidden"))
    copy = backup_file(ana.ws.db, clock, "0005")
    assert copy.exists() and copy.with_suffix(".keyring.json").exists()
    admin.revoke_device(server.store, device_id(ana.ws.db))
    with pytest.raises(DeviceWiped) as wiped:
        ana.sync()
    assert wiped.value.count == 2
    assert not copy.exists() and not copy.with_suffix(".keyring.json").exists()
    _assert_erased(ana)
    admin.import_bundle(server.store, catalogs, wiped.value.bundle, tmp_path / "r.bundle")
    assert set(ids) <= set(server_docs(server.store))


def test_nothing_is_saved_on_a_revoked_device_once_it_starts_saving_its_work(
        server, make_device) -> None:
    ana = make_device(server, "ana")
    ana.ws.db.seal()
    with pytest.raises(StoreError, match="revoked"):
        _unsent(ana, "Demasiado tarde")
    ana.ws.db.unseal()
    assert _unsent(ana, "A tiempo")
