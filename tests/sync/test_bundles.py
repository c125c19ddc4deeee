"""USB bundles (invariant 11): applied like a push, twice is harmless, tampering refused."""

import base64
import json
import stat

import pytest
from sqlalchemy import select

from app.core.catalogs import Catalogs
from app.core.records import Household
from app.core.sync import outbox
from sync.errors import SyncError
from sync.server import admin
from sync.server.cli import main as server_main
from sync.usb import export_bundle, import_answer
from tests.helpers.server import server_docs


def test_bundle_round_trip_and_twice_changes_nothing(server, make_device, tmp_path) -> None:
    field = make_device(server, "ana")
    office = make_device(server, "beto")
    office.ws.families.create_household(parish="PIL", community="Desde la oficina")
    assert office.sync().complete
    h = field.ws.families.create_household(parish="PIL", community="Sin red")
    bundle, answer = tmp_path / "out.bundle", tmp_path / "answer.bundle"
    assert export_bundle(field.ws.db, bundle) == 1
    assert b"Sin red" not in bundle.read_bytes()
    code = server_main(["--db", server.store.url, "import-bundle", str(bundle),
                        "--out", str(answer)])
    assert code == 0
    # Both files carry case data (encrypted, still): owner-only, like every export.
    assert {stat.S_IMODE(p.stat().st_mode) for p in (bundle, answer)} == {0o600}
    assert admin.import_bundle(server.store, Catalogs.load(), bundle, answer) == \
        {"changes": 1, "records": 2}
    assert len(server_docs(server.store)) == 2
    report = import_answer(field.ws.db, answer)
    assert report.complete and report.received == 2
    assert outbox.pending_count(field.ws.db) == 0
    with field.ws.db.read() as s:
        before = {r.id: r.server_version for r in s.execute(select(Household)).scalars()}
    again = import_answer(field.ws.db, answer)
    assert again.sent == 0 and again.complete
    with field.ws.db.read() as s:
        after = {r.id: r.server_version for r in s.execute(select(Household)).scalars()}
    assert before == after and h.id in after
    assert field.sync().complete


def _flip(blob: bytes, key: str) -> bytes:
    env = json.loads(blob)
    raw = bytearray(base64.b64decode(env[key]))
    raw[5] ^= 1
    env[key] = base64.b64encode(bytes(raw)).decode()
    return json.dumps(env).encode()


def test_tampered_and_foreign_bundles_are_refused(server, make_device, tmp_path,
                                                  monkeypatch, capsys) -> None:
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    ana = make_device(server, "ana")
    ana.ws.families.create_household(parish="PIL", community="Uno")
    bundle = tmp_path / "b.bundle"
    export_bundle(ana.ws.db, bundle)
    tampered = tmp_path / "t.bundle"
    tampered.write_bytes(_flip(bundle.read_bytes(), "ciphertext"))
    with pytest.raises(admin.AdminError, match="altered"):
        admin.import_bundle(server.store, Catalogs.load(), tampered, tmp_path / "r")
    # The administrator reads why, in Spanish, on one line.
    assert server_main(["--db", server.store.url, "import-bundle", str(tampered),
                        "--out", str(tmp_path / "r")]) == 1
    assert capsys.readouterr().err == \
        "El paquete fue alterado después de crearse: rechazado.\n"
    # Claiming to come from another enrolled device: the signature does not match.
    beto = make_device(server, "beto")
    env = json.loads(bundle.read_bytes())
    env["sender"] = beto.client.enrollment() and _device_id(beto)
    forged = tmp_path / "f.bundle"
    forged.write_bytes(json.dumps(env).encode())
    with pytest.raises(admin.AdminError, match="altered"):
        admin.import_bundle(server.store, Catalogs.load(), forged, tmp_path / "r")
    # A bundle from a device this server never enrolled.
    other_env = dict(env, sender="0190aaaa-0000-7000-8000-000000000000")
    foreign = tmp_path / "x.bundle"
    foreign.write_bytes(json.dumps(other_env).encode())
    with pytest.raises(admin.AdminError, match="not made for this server"):
        admin.import_bundle(server.store, Catalogs.load(), foreign, tmp_path / "r")
    assert server_docs(server.store) == {}
    # An answer meant for another device is refused by this one.
    answer = tmp_path / "answer.bundle"
    admin.import_bundle(server.store, Catalogs.load(), bundle, answer)
    with pytest.raises(SyncError) as refused:
        import_answer(beto.ws.db, answer)
    assert refused.value.code == "foreign"
    (tmp_path / "junk").write_bytes(b"not a bundle")
    with pytest.raises(SyncError) as damaged:
        import_answer(ana.ws.db, tmp_path / "junk")
    assert damaged.value.code == "damaged"


def _device_id(device) -> str:
    from sync.client import device_id

    return device_id(device.ws.db)
