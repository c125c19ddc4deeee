"""Only a revocation the device can prove came from its server erases it: a `401 revoked`
forged on a clear-http link (tests/helpers/faults.py) leaves its data alone."""

import json

import pytest

from app.core.sync import outbox
from sync import notice
from sync.client import device_id
from sync.errors import SyncError
from sync.revocation import DeviceWiped, store_files
from sync.server import admin, keys
from tests.helpers.faults import FaultProxy


@pytest.fixture
def proxy(server):
    found = FaultProxy(server.url)
    yield found
    found.close()


def _kept(device) -> None:
    assert all(p.exists() for p in store_files(device.ws.data_dir)[:1])
    assert outbox.pending_count(device.ws.db) == 1  # still open, nothing lost


def test_a_forged_revocation_over_clear_http_erases_nothing(server, proxy,
                                                             make_device) -> None:
    ana = make_device(server, "ana", url=proxy.url)  # http on loopback: allowed
    ana.ws.families.create_household(parish="PIL", community="Sin enviar")
    proxy.add("/api/v1/push", "forge")
    with pytest.raises(SyncError) as refused:
        ana.sync()
    assert refused.value.code == "revoked"  # "no longer authorised: ask the Consejo"
    _kept(ana)
    # A real notice, but another device's (or this one's under an older token).
    olga = make_device(server, "olga")
    other = keys.sign_revocation(server.store, device_id(olga.ws.db),
                                 olga.client.enrollment().token)
    stale = keys.sign_revocation(server.store, device_id(ana.ws.db), "an-older-token")
    for signed in (other, stale):
        proxy.forged = json.dumps({"code": "revoked", "detail": "", "notice": signed}
                                  ).encode()
        proxy.add("/api/v1/push", "forge")
        with pytest.raises(SyncError) as refused:
            ana.sync()
        assert refused.value.code == "revoked"
        _kept(ana)
    assert ana.sync().complete  # the real server never refused it


def test_a_real_revocation_over_clear_http_is_signed_and_erases(server, proxy,
                                                                make_device) -> None:
    ana = make_device(server, "ana", url=proxy.url)
    ana.ws.families.create_household(parish="PIL", community="Sin enviar")
    admin.revoke_device(server.store, device_id(ana.ws.db))
    with pytest.raises(DeviceWiped) as wiped:
        ana.sync()
    assert wiped.value.count == 1
    assert not any(p.exists() for p in store_files(ana.ws.data_dir))


def test_without_a_pinned_key_only_verified_https_is_believed() -> None:
    # A device enrolled before the server's key was pinned.
    assert not notice.proven("", "http://192.168.1.10:8443", "d", "t", "")
    assert notice.proven("", "https://consejo.example", "d", "t", "")
    private = {"sign": keys.new_keys()["sign"]}
    public = keys.public_of({**private, "box": keys.new_keys()["box"]})["sign"]
    signed = notice.sign(private["sign"], "d", "t")
    assert notice.proven(public, "http://192.168.1.10", "d", "t", signed)
    for wrong in ("", "bm90IGEgc2lnbmF0dXJl", "¡no!", None, 7):
        assert not notice.proven(public, "https://consejo.example", "d", "t", wrong)
    assert not notice.proven(public, "http://192.168.1.10", "otro", "t", signed)
