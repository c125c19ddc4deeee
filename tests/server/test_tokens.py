"""Device tokens expire and are rotated at a sync without the user noticing; devices'
last contact is recorded (issue 11 §5). Time passes by advancing the server's clock."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from sync.errors import SyncError
from sync.server.auth import PREVIOUS_GRACE, ROTATE_AFTER, TOKEN_LIFETIME
from sync.server.schema import audit, devices
from sync.transport import Transport
from tests.helpers.constants import NOW


def device_row(store, device_id: str):
    with store.read() as conn:
        return conn.execute(select(devices).where(devices.c.id == device_id)).one()


def test_tokens_rotate_at_sync_and_expire(server, make_device) -> None:
    ana = make_device(server, "ana")
    first = ana.client.enrollment().token
    ana.ws.families.create_household(parish="PIL", community="Centro")
    assert ana.sync().complete
    assert ana.client.enrollment().token == first  # young: kept
    server.store.clock.advance(ROTATE_AFTER + timedelta(days=1))
    assert ana.sync().complete
    second = ana.client.enrollment().token
    assert second != first
    with server.store.read() as conn:
        assert conn.execute(select(audit.c.action).where(audit.c.action == "token_rotated")
                            ).all() == [("token_rotated",)]
    # A device that lost the rotation's answer still gets in with the old token.
    old = Transport(server.url, token=first, attempts=1)
    try:
        assert old.call("GET", "/api/v1/pull").status_code == 200
    finally:
        old.close()
    # Unused past its lifetime, a token is refused with its own reason.
    server.store.clock.advance(TOKEN_LIFETIME + timedelta(days=1))
    with pytest.raises(SyncError) as expired:
        ana.sync()
    assert expired.value.code == "expired"


def pulled_with(url: str, token: str) -> str:
    transport = Transport(url, token=token, attempts=1)
    try:
        return str(transport.call("GET", "/api/v1/pull").status_code)
    except SyncError as exc:
        return exc.code
    finally:
        transport.close()


def test_a_replaced_token_lives_only_for_the_grace_after_rotation(server,
                                                                 make_device) -> None:
    ana = make_device(server, "ana")
    first = ana.client.enrollment().token
    server.store.clock.advance(ROTATE_AFTER + timedelta(days=1))
    assert ana.sync().complete
    second = ana.client.enrollment().token
    assert second != first
    server.store.clock.advance(PREVIOUS_GRACE)
    assert pulled_with(server.url, first) == "200"  # within the grace: a lost answer
    server.store.clock.advance(timedelta(seconds=1))
    assert pulled_with(server.url, first) == "expired"  # past it, long before its expiry
    assert pulled_with(server.url, second) == "200"


def test_last_seen_is_written_at_most_once_a_minute(server, make_device) -> None:
    ana = make_device(server, "ana")
    from sync.client import device_id

    dev = device_id(ana.ws.db)
    assert device_row(server.store, dev).last_seen_at is None
    ana.sync()
    seen = device_row(server.store, dev).last_seen_at
    assert seen is not None and seen.replace(tzinfo=NOW.tzinfo) == NOW
    server.store.clock.advance(timedelta(seconds=30))
    ana.sync()
    assert device_row(server.store, dev).last_seen_at == seen
    server.store.clock.advance(timedelta(seconds=31))
    ana.sync()
    later = device_row(server.store, dev).last_seen_at.replace(tzinfo=NOW.tzinfo)
    assert later == NOW + timedelta(seconds=61)


def test_revocations_are_audited(server, make_device) -> None:
    from sync.client import device_id
    from sync.server.cli import main as server_main

    ana = make_device(server, "ana")
    assert server_main(["--db", server.store.url, "device", "revoke",
                        device_id(ana.ws.db)]) == 0
    with server.store.read() as conn:
        row = conn.execute(select(audit).where(audit.c.action == "revoke")).one()
    assert (row.username, row.device_id) == ("ana", device_id(ana.ws.db))
