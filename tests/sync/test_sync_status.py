"""Who synced when: the server records each device's last complete pull and serves it to
the Consejo's technicians, whose devices keep it for the canton overview (offline);
promoters never receive it."""

from datetime import timedelta

import requests
from sqlalchemy import select

from app.core import device_status
from app.core.clock import FixedClock
from app.core.sync import syncstate
from sync.client import SyncClient
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server.schema import devices
from tests.helpers.constants import NOW
from tests.helpers.server import family_case


def _token(device) -> str:
    with device.ws.db.read() as s:
        return syncstate.load_enrollment(s).token


def _get(srv, device) -> requests.Response:
    return requests.get(srv.url + "/api/v1/sync-status", timeout=10, headers={
        "Authorization": f"Bearer {_token(device)}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)})


def test_the_technician_holds_each_promoters_last_sync(any_server, make_device):
    clock: FixedClock = any_server.store.clock
    beto = make_device(any_server, "beto", parish="QUI")
    clock.advance(timedelta(days=-14))
    assert beto.sync().complete  # two weeks ago, by the server's clock
    clock.advance(timedelta(days=14))
    ana = make_device(any_server, "ana")
    family_case(ana.ws)
    assert ana.sync().complete
    make_device(any_server, "carla", parish="IZA")  # enrolled, never synced
    tito = make_device(any_server, "tito", role="tecnico", parish="")
    assert tito.sync().complete
    # Offline from here: what the technician's store holds.
    feed = device_status.load(tito.ws.db, FixedClock(NOW))
    assert feed.received_at == NOW
    assert [(p.username, p.parish, p.days, p.stale) for p in feed.promoters] == [
        ("carla", "IZA", None, True), ("beto", "QUI", 14, True), ("ana", "PIL", 0, False)]
    assert feed.promoters[1].last_sync == NOW - timedelta(days=14)
    # A week later, without syncing again, ana's sync is a week old.
    later = device_status.load(tito.ws.db, FixedClock(NOW + timedelta(days=7)))
    assert [(p.username, p.days, p.stale) for p in later.promoters][2] == ("ana", 7, True)


def test_promoters_never_receive_it(any_server, make_device):
    ana = make_device(any_server, "ana")
    assert ana.sync().complete
    answer = _get(any_server, ana)
    assert (answer.status_code, answer.json()["code"]) == (403, "forbidden")
    with ana.ws.db.read() as s:
        assert syncstate.get(s, device_status.KEY) is None
    junta = make_device(any_server, "juana", role="junta", parish="")
    assert junta.sync().complete
    assert _get(any_server, junta).status_code == 403


def test_a_pull_cut_short_is_not_a_successful_sync(any_server, make_device):
    ana = make_device(any_server, "ana")
    for _ in range(3):
        family_case(ana.ws)
    assert ana.sync().complete
    beto = make_device(any_server, "beto")
    pages = []
    client = SyncClient(beto.ws.db, beto.ws.clock, pull_limit=2, sleep=lambda _s: None)
    report = client.sync(progress=lambda _s, received: pages.append(received),
                         cancelled=lambda: bool(pages))
    assert not report.pulled_all
    with any_server.store.read() as conn:
        synced = dict(conn.execute(select(devices.c.username, devices.c.synced_at)).all())
    assert synced["beto"] is None and synced["ana"] is not None
    assert beto.sync().complete
    with any_server.store.read() as conn:
        assert conn.execute(select(devices.c.synced_at).where(
            devices.c.username == "beto")).scalar() is not None
