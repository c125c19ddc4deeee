"""The change feed under concurrency (invariants 2 and 4), on SQLite and PostgreSQL."""

import json
import threading

import requests
from sqlalchemy import insert, text

from app.core.ids import new_id
from sync.protocol import PROTOCOL_HEADER
from sync.server.auth import principal_for_device
from sync.server.feed import pull_json
from sync.server.schema import docs
from sync.server.store import ServerStore
from tests.helpers.attack import household, push, record_id, token_for
from tests.helpers.server import reset_pg, server_docs, start_server, wait_for


def _pull_all(url: str, token: str, cursor: str = "", limit: int = 7) -> tuple[list, str]:
    rows: list = []
    headers = {"Authorization": f"Bearer {token}", PROTOCOL_HEADER: "1"}
    while True:
        page = requests.get(f"{url}/api/v1/pull", params={"cursor": cursor, "limit": limit},
                            headers=headers, timeout=30).json()
        rows.extend(page["records"])
        cursor = page["cursor"]
        if not page["more"]:
            return rows, cursor


def test_late_committing_transaction_is_never_skipped(any_server, make_device) -> None:
    srv = any_server
    writer = make_device(srv, "beto")
    reader = make_device(srv, "tito", role="tecnico", parish="")
    token = reader.client.enrollment().token
    rows, cursor = _pull_all(srv.url, token)
    assert rows == []
    # T1 takes a version and stays open, as a slow concurrent push would.
    late_id = new_id()
    cm = srv.store.write()
    conn = cm.__enter__()
    try:
        version = srv.store.lock_versions(conn)
        srv.store.allocate(conn, 1)
        conn.execute(insert(docs).values(
            id=late_id, type="household", version=version, deleted=False,
            data=json.dumps({"id": late_id, "parish": "PIL", "community": "Tarde"}),
            field_meta={}, parish="PIL", case_id=None, junta=False))
        # Meanwhile another device pushes and the reader pulls.
        writer.ws.families.create_household(parish="PIL", community="Pronto")
        pushing = threading.Thread(target=writer.sync)
        pushing.start()
        if not srv.store.is_sqlite:
            probe_engine = srv.store.engine.execution_options(isolation_level="AUTOCOMMIT")
            with probe_engine.connect() as probe:
                wait_for(lambda: probe.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND datname = current_database()")).scalar() >= 1)
        early, cursor = _pull_all(srv.url, token, cursor)
        assert early == []
    finally:
        cm.__exit__(None, None, None)
    pushing.join(timeout=30)
    late, cursor = _pull_all(srv.url, token, cursor)
    got = [r["data"].get("community") for r in late]
    assert sorted(got) == ["Pronto", "Tarde"]
    assert [r["version"] for r in late] == sorted(r["version"] for r in late)


def test_many_devices_pushing_while_others_pull(any_server, make_device) -> None:
    srv = any_server
    pushers = [make_device(srv, f"p{i}") for i in range(4)]
    reader = make_device(srv, "tito", role="tecnico", parish="")
    token = reader.client.enrollment().token
    for n, device in enumerate(pushers):
        for i in range(30):
            device.ws.families.create_household(parish="PIL", community=f"{n}-{i}")
        device.client.push_batch = 10
    seen: list[tuple[str, int]] = []
    done = threading.Event()
    cursor = ""

    def pull_loop() -> None:
        nonlocal cursor
        while not done.is_set():
            rows, cursor = _pull_all(srv.url, token, cursor, limit=5)
            seen.extend((r["id"], r["version"]) for r in rows)

    puller = threading.Thread(target=pull_loop)
    puller.start()
    results: list[bool] = []
    threads = [threading.Thread(target=lambda d=d: results.append(d.sync().complete))
               for d in pushers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    done.set()
    puller.join(timeout=30)
    rows, cursor = _pull_all(srv.url, token, cursor)
    seen.extend((r["id"], r["version"]) for r in rows)
    assert results == [True] * 4
    on_server = server_docs(srv.store)
    assert len(on_server) == 120
    # Every change seen once, in version order, none skipped.
    assert len(seen) == len(set(seen)) == 120
    assert [v for _, v in seen] == sorted(v for _, v in seen)
    assert {i for i, _ in seen} == set(on_server)


def test_two_servers_on_one_postgresql_behave_as_one(pg_base_url, make_device) -> None:
    first = start_server(reset_pg(pg_base_url))
    second = start_server(ServerStore(first.store.url, first.store.clock))
    try:
        a = make_device(first, "ana")
        b = make_device(second, "beto")
        h = a.ws.families.create_household(parish="PIL", community="Uno")
        assert a.sync().complete and b.sync().complete
        a.ws.families.update_household(h.id, community="Norte")
        b.ws.families.update_household(h.id, community="Sur")
        threads = [threading.Thread(target=d.sync) for d in (a, b)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        assert a.sync().complete and b.sync().complete
        docs_now = server_docs(first.store)
        assert docs_now[h.id][1]["community"] in ("Norte", "Sur")
        conflicts = [d for _, d in docs_now.values() if d.get("target_id") == h.id]
        assert len(conflicts) == 1
        assert {conflicts[0]["kept_value"], conflicts[0]["other_value"]} == {"Norte", "Sur"}
    finally:
        second.stop()
        first.stop()
        second.store.dispose()
        first.store.dispose()


def test_a_page_is_bounded_in_bytes_and_the_next_one_continues(server) -> None:
    device = "0190bbbb-0000-7000-8000-000000000001"
    server.add_user("ana", "promotor", "PIL")
    token = token_for(server.url, "ana", device)
    changes = [household(n, n, notes=str(n) * 1000) for n in range(1, 6)]
    assert push(server.url, token, device, changes).status_code == 200
    with server.store.read() as conn:
        who = principal_for_device(conn, device)
    sizes = {i: len(json.dumps(d, separators=(",", ":")))
             for i, (_v, d) in server_docs(server.store).items()}
    # One record is under 2500 bytes, two are over: each page ends on its second.
    assert all(1250 <= s < 2500 for s in sizes.values()), sizes
    pages, cursor = [], ""
    while True:
        page = json.loads(pull_json(server.store, who, cursor, limit=100, max_bytes=2500))
        pages.append(([r["id"] for r in page["records"]], page["more"]))
        cursor = page["cursor"]
        if not page["more"]:
            break
    # A page stops after the record that passes 2500 bytes; nothing is skipped or
    # repeated, and only the last page says there is no more.
    assert pages == [([record_id(1), record_id(2)], True),
                     ([record_id(3), record_id(4)], True), ([record_id(5)], False)]
