"""Faults between client and server: nothing lost, nothing applied twice (invariant 2)."""

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from app.core.records import Household, OutboxEntry
from app.core.sync import outbox
from sync.errors import SyncError
from tests.helpers.faults import FaultProxy
from tests.helpers.server import server_docs


@pytest.fixture
def proxy(server) -> Iterator[FaultProxy]:
    p = FaultProxy(server.url)
    yield p
    p.close()


def _edit(device, household_id: str, community: str) -> None:
    device.ws.families.update_household(household_id, community=community)


def test_response_lost_after_commit_is_answered_again_not_reapplied(server, make_device,
                                                                   proxy) -> None:
    a = make_device(server, "ana", url=proxy.url, attempts=1)
    h = a.ws.families.create_household(parish="PIL", community="Uno")
    assert a.sync().complete
    _edit(a, h.id, "Dos")
    proxy.add("/api/v1/push", "drop_response")
    with pytest.raises(SyncError) as failed:
        a.sync()
    assert failed.value.code == "unreachable"
    # The server committed, the device does not know: the change is still pending.
    assert outbox.pending_count(a.ws.db) == 1
    version_after_commit = server_docs(server.store)[h.id][0]
    assert a.sync().complete
    version, data = server_docs(server.store)[h.id]
    assert version == version_after_commit and data["community"] == "Dos"


def test_lost_request_and_500_are_retried(server, make_device, proxy) -> None:
    a = make_device(server, "ana", url=proxy.url)
    a.ws.families.create_household(parish="PIL", community="Uno")
    proxy.add("/api/v1/push", "drop_request", "error500")
    proxy.add("/api/v1/pull", "error500")
    report = a.sync()
    assert report.complete and report.sent == 1
    assert len(server_docs(server.store)) == 1


def test_same_batch_delivered_twice_concurrently_is_applied_once(server, make_device,
                                                                 proxy) -> None:
    a = make_device(server, "ana", url=proxy.url)
    h = a.ws.families.create_household(parish="PIL", community="Uno")
    assert a.sync().complete
    _edit(a, h.id, "Dos")
    for i in range(20):
        a.ws.families.create_household(parish="PIL", community=f"C{i}")
    proxy.add("/api/v1/push", "twice")
    assert a.sync().complete
    docs = server_docs(server.store)
    assert len(docs) == 21
    # One update → one new version of the household, not two.
    versions = sorted(v for v, _ in docs.values())
    assert versions == list(range(2, 23))
    assert docs[h.id][1]["community"] == "Dos"


@pytest.mark.parametrize("fault", ["drop_last_result", "retry_last_result"])
def test_change_missing_from_the_answer_is_sent_again(server, make_device, proxy,
                                                      fault: str) -> None:
    a = make_device(server, "ana", url=proxy.url)
    for i in range(3):
        a.ws.families.create_household(parish="PIL", community=f"C{i}")
    proxy.add("/api/v1/push", fault)
    report = a.sync()
    assert not report.complete and report.pending == 1
    with a.ws.db.read() as s:
        last = s.execute(select(OutboxEntry).order_by(OutboxEntry.seq.desc())).scalars().first()
    assert last.state == "pending"
    report = a.sync()
    assert report.complete and report.sent == 1
    assert len(server_docs(server.store)) == 3


def test_client_killed_mid_pull_resumes_where_it_stopped(server, make_device) -> None:
    a = make_device(server, "ana")
    for i in range(25):
        a.ws.families.create_household(parish="PIL", community=f"C{i}")
    assert a.sync().complete
    b = make_device(server, "beto")
    b.client.pull_limit = 10

    def crash_after_first_page(_sent: int, received: int) -> None:
        if received:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        b.client.sync(progress=crash_after_first_page)
    with b.ws.db.read() as s:
        assert len(s.execute(select(Household)).all()) == 10
    report = b.sync()
    assert report.complete and report.received == 15
    with b.ws.db.read() as s:
        assert len(s.execute(select(Household)).all()) == 25


def test_very_slow_answer_times_out_and_retry_applies_once(server, make_device,
                                                           proxy) -> None:
    a = make_device(server, "ana", url=proxy.url)
    h = a.ws.families.create_household(parish="PIL", community="Uno")
    assert a.sync().complete
    a.ws.families.update_household(h.id, community="Dos")
    a.client.transport_options["timeout"] = (5.0, 1.0)
    proxy.add("/api/v1/push", "slow")
    try:
        report = a.sync()
    finally:
        proxy.release.set()
    assert report.complete and report.sent == 1
    version, data = server_docs(server.store)[h.id]
    assert version == 2 and data["community"] == "Dos"
