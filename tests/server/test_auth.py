"""Authentication, revocation, rate limits, version negotiation, bad input → 4xx."""

import gzip
import json

import pytest
import requests

from app.core.clock import FixedClock
from sync.client import SyncClient
from sync.errors import SyncError
from sync.protocol import PROTOCOL_HEADER
from sync.revocation import DeviceWiped
from sync.server.cli import main as server_main
from sync.transport import Transport
from tests.helpers.constants import NOW, PASSWORD


def test_revoked_device_and_disabled_user_get_401_with_a_reason(server, make_device,
                                                               capsys) -> None:
    ana = make_device(server, "ana")
    beto = make_device(server, "beto")
    device = ana.client.enrollment()
    assert server_main(["--db", server.store.url, "device", "list"]) == 0
    assert "ana" in capsys.readouterr().out
    from sync.client import device_id

    assert server_main(["--db", server.store.url, "device", "revoke",
                        device_id(ana.ws.db)]) == 0
    transport = Transport(server.url, token=device.token, attempts=1)
    with pytest.raises(SyncError) as revoked:
        transport.call("GET", "/api/v1/pull")
    transport.close()
    assert revoked.value.code == "revoked"  # the token is still known, no longer accepted
    with pytest.raises(DeviceWiped):  # told so, the device erases itself (test_revocation)
        ana.sync()
    assert server_main(["--db", server.store.url, "user", "disable", "beto"]) == 0
    with pytest.raises(SyncError) as disabled:
        beto.sync()
    assert disabled.value.code == "disabled"


def test_failed_logins_are_rate_limited(server, make_device) -> None:
    ana = make_device(server, "ana")
    client = SyncClient(ana.ws.db, ana.ws.clock, sleep=lambda _s: None, attempts=1)
    for _ in range(5):
        with pytest.raises(SyncError) as wrong:
            client.enroll(server.url, "ana", "not-the-password")
        assert wrong.value.code == "bad_credentials"
    with pytest.raises(SyncError) as limited:
        client.enroll(server.url, "ana", PASSWORD)
    assert limited.value.code == "too_many_attempts"


def test_old_client_is_told_to_update(server) -> None:
    resp = requests.get(f"{server.url}/api/v1/info", headers={PROTOCOL_HEADER: "0"},
                        timeout=10)
    assert resp.status_code == 426 and resp.json()["code"] == "update_required"


@pytest.mark.parametrize("body", [
    b"{", b"[]", b'{"device_id": 5, "changes": "x"}',
    b'{"device_id": "d", "changes": [{"seq": -1}]}',
])
def test_bad_push_bodies_are_4xx(server, make_device, body: bytes) -> None:
    ana = make_device(server, "ana")
    token = ana.client.enrollment().token
    resp = requests.post(f"{server.url}/api/v1/push", data=body, timeout=10, headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    assert 400 <= resp.status_code < 500


def test_bad_fields_are_rejected_per_change_not_500(server, make_device) -> None:
    ana = make_device(server, "ana")
    token = ana.client.enrollment().token
    from sync.client import device_id

    changes = [
        {"seq": 1, "record_type": "person", "record_id": "not-a-uuid", "op": "create"},
        {"seq": 2, "record_type": "household", "record_id": "0190aaaa-0000-7000-8000-0000"
         "00000001", "op": "create", "fields": {"parish": {"nested": [1, 2]}}},
        {"seq": 3, "record_type": "nope", "record_id": "x", "op": "update"},
        {"seq": 4, "record_type": "household", "record_id": "0190aaaa-0000-7000-8000-0000"
         "00000002", "op": "update", "fields": {"community": "x"}},
    ]
    resp = requests.post(f"{server.url}/api/v1/push", timeout=10, headers={
        "Authorization": f"Bearer {token}"},
        json={"device_id": device_id(ana.ws.db), "changes": changes})
    assert resp.status_code == 200
    assert [(r["status"], r["reason"]) for r in resp.json()["results"]] == [
        ("rejected", "invalid"), ("rejected", "invalid"), ("rejected", "unknown_type"),
        ("rejected", "not_found")]


def test_oversized_body_is_413(server) -> None:
    resp = requests.post(f"{server.url}/api/v1/push", data=b"x" * (17 * 1024 * 1024),
                         timeout=30, headers={"Content-Type": "application/json"})
    assert resp.status_code == 413


def test_gzip_push_bodies_are_unpacked_within_the_limit(server, make_device) -> None:
    ana = make_device(server, "ana")
    token = ana.client.enrollment().token
    from sync.client import device_id

    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
               "Content-Encoding": "gzip"}
    body = json.dumps({"device_id": device_id(ana.ws.db), "changes": [
        {"seq": 1, "record_type": "household", "record_id": "0190aaaa-0000-7000-8000-"
         "000000000001", "op": "create", "fields": {"parish": "PIL", "community": "Z"}}]})
    url = f"{server.url}/api/v1/push"
    resp = requests.post(url, data=gzip.compress(body.encode()), headers=headers, timeout=10)
    assert resp.status_code == 200 and resp.json()["results"][0]["status"] == "applied"
    bomb = gzip.compress(b" " * (17 * 1024 * 1024))  # 17 KiB that unpacks to 17 MiB
    resp = requests.post(url, data=bomb, headers=headers, timeout=30)
    assert (resp.status_code, resp.json()["code"]) == (413, "too_large")
    # Nothing is unpacked for a caller without a valid token.
    resp = requests.post(url, data=bomb, timeout=30,
                         headers={**headers, "Authorization": "Bearer nope"})
    assert resp.status_code == 401
    resp = requests.post(url, data=gzip.compress(body.encode())[:-9], headers=headers,
                         timeout=10)
    assert (resp.status_code, resp.json()["code"]) == (400, "bad_encoding")
    resp = requests.post(url, data=body, timeout=10,
                         headers={**headers, "Content-Encoding": "br"})
    assert (resp.status_code, resp.json()["code"]) == (415, "unsupported_encoding")


def test_clear_http_only_to_loopback(server, make_device) -> None:
    ana = make_device(server, "ana")
    with pytest.raises(SyncError) as refused:
        SyncClient(ana.ws.db, ana.ws.clock).enroll("http://192.0.2.1:8080", "ana", PASSWORD)
    assert refused.value.code == "insecure"


def test_database_down_is_503_and_the_client_says_so(tmp_path) -> None:
    from sync.server.store import ServerStore
    from sync.transport import Transport
    from tests.helpers.server import start_server

    store = ServerStore("postgresql+psycopg://nobody:nothing@127.0.0.1:1/none", FixedClock(NOW))
    srv = start_server(store, migrate=False)
    try:
        resp = requests.get(f"{srv.url}/api/v1/pull", timeout=30,
                            headers={"Authorization": "Bearer x"})
        assert resp.status_code == 503 and resp.json()["code"] == "unavailable"
        transport = Transport(srv.url, token="x", attempts=2, sleep=lambda _s: None)
        with pytest.raises(SyncError) as failed:
            transport.call("GET", "/api/v1/pull")
        assert failed.value.code == "server"
    finally:
        srv.stop()
        store.dispose()
