"""Shared fixtures for sync and server tests: a real server on loopback, real stores.

`server` runs the real FastAPI app under uvicorn in a thread on a free port, over a
SQLite file, or over PostgreSQL when DEFENSORIA_TEST_PG is set (`pg_server`). Its clock is
fixed at NOW, like the devices' (`make_device`). Tests that run our programs (the command
line's `main`, a child process) use `wall_server`: a program reads the machine's clock, so
its server must too, or the test would mix a fixed date with the wall clock.
"""

import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.core.catalogs import Catalogs
from app.core.clock import Clock, FixedClock, SystemClock
from app.core.records import Case
from app.core.store.keyring import LocalUser
from app.core.workspace import Workspace, initialise
from sync.client import SyncClient, SyncReport
from sync.server.app import create_app
from sync.server.auth import add_user
from sync.server.migrate import upgrade
from sync.server.schema import metadata
from sync.server.store import ServerStore
from tests.helpers.constants import NOW, PASSWORD

PG_ENV = "DEFENSORIA_TEST_PG"


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Poll a condition (only where no event exists to wait on)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not reached")
        time.sleep(0.005)


@dataclass
class RunningServer:
    store: ServerStore
    url: str
    _server: uvicorn.Server
    _thread: threading.Thread

    def add_user(self, username: str, role: str, parish: str = "") -> None:
        add_user(self.store, username, PASSWORD, role, parish)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


def start_server(store: ServerStore, cert: Path | None = None,
                 key: Path | None = None, migrate: bool = True) -> RunningServer:
    if migrate:
        upgrade(store)
    config = uvicorn.Config(create_app(store, Catalogs.load()), host="127.0.0.1", port=0,
                            log_level="error",
                            access_log=False, lifespan="off", ssl_certfile=cert,
                            ssl_keyfile=key)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_for(lambda: server.started)
    port = server.servers[0].sockets[0].getsockname()[1]
    scheme = "https" if cert else "http"
    return RunningServer(store, f"{scheme}://localhost:{port}", server, thread)


@pytest.fixture(scope="session")
def pg_base_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set")
    name = f"defensoria_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def reset_pg(url: str) -> ServerStore:
    store = ServerStore(url, FixedClock(NOW))
    upgrade(store)
    with store.engine.begin() as conn:
        tables = ", ".join(t.name for t in metadata.sorted_tables if t.name != "counter")
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY"))
        conn.execute(text("UPDATE counter SET value = 0"))
    return store


@pytest.fixture(params=["sqlite", "postgresql"])
def any_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunningServer]:
    """The same test against the SQLite server and the PostgreSQL server."""
    if request.param == "sqlite":
        store = ServerStore(f"sqlite:///{tmp_path / 'server.db'}", FixedClock(NOW))
    else:
        store = reset_pg(request.getfixturevalue("pg_base_url"))
    running = start_server(store)
    yield running
    running.stop()
    store.dispose()


def _sqlite_server(tmp_path: Path, clock: Clock) -> Iterator[RunningServer]:
    store = ServerStore(f"sqlite:///{tmp_path / 'server.db'}", clock)
    running = start_server(store)
    yield running
    running.stop()
    store.dispose()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    yield from _sqlite_server(tmp_path, FixedClock(NOW))


@pytest.fixture
def wall_server(tmp_path: Path) -> Iterator[RunningServer]:
    """A server on the machine's clock, for tests that run our programs."""
    yield from _sqlite_server(tmp_path, SystemClock())


@dataclass
class Device:
    ws: Workspace
    client: SyncClient
    server: "RunningServer | None" = None

    def sync(self) -> SyncReport:
        return self.client.sync()


DeviceFactory = Callable[..., Device]


@pytest.fixture
def make_device(tmp_path: Path, catalogs: Catalogs) -> Iterator[DeviceFactory]:
    """A desktop store enrolled with a server: `make_device(server, user, role, parish)`."""
    opened: list[Workspace] = []

    def make(srv: RunningServer, username: str, role: str = "promotor", parish: str = "PIL",
             add: bool = True, url: str | None = None, attempts: int = 4,
             ca_file: str = "", clock: FixedClock | None = None) -> Device:
        if add:
            srv.add_user(username, role, parish)
        folder = tmp_path / f"dev-{username}-{len(opened)}"
        # Each laptop has a clock of its own, which a test may set wrong.
        ws = initialise(folder, LocalUser(username, role, parish), PASSWORD, catalogs,
                        clock or FixedClock(NOW))
        opened.append(ws)
        client = SyncClient(ws.db, ws.clock, sleep=lambda _s: None, timeout=(5.0, 30.0),
                            attempts=attempts)
        client.enroll(url or srv.url, username, PASSWORD, ca_file=ca_file)
        return Device(ws, client, srv)

    yield make
    for ws in opened:
        ws.close()


def server_docs(store: ServerStore) -> dict[str, tuple[int, dict]]:
    """Every document on the server: id → (version, data)."""
    import json

    from sqlalchemy import select

    from sync.server.schema import docs

    with store.read() as conn:
        return {r.id: (r.version, json.loads(r.data))
                for r in conn.execute(select(docs.c.id, docs.c.version, docs.c.data))}


def family_case(ws: Workspace, parish: str = "PIL",
                violation_types: tuple[str, ...] = ("negligencia",)) -> Case:
    """A household, a girl of ten in it, and an open case affecting her."""
    h = ws.families.create_household(parish=parish, community="Centro")
    p = ws.families.add_person(household_id=h.id, given_names="Sisa", surnames="Chicaiza",
                               sex="mujer", birth_date=date(2016, 4, 3),
                               relation_to_head="hijo_a", confirm_duplicates=True)
    return ws.cases.register(parish=parish, affected_person_ids=[p.id],
                             violation_types=list(violation_types), facts="Hechos del caso",
                             risk_level="alto", reporter_anonymous=True)


def restore_older_backup(server: RunningServer, head: int) -> None:
    """As if the server's database were restored from a backup taken at version `head`:
    later documents, push log entries and versions are gone."""
    from sqlalchemy import delete, func, select, update

    from sync.server.schema import counter, docs, push_batches

    with server.store.write() as conn:
        conn.execute(delete(docs).where(docs.c.version > head))
        last = conn.execute(select(func.max(push_batches.c.id))).scalar()
        conn.execute(delete(push_batches).where(push_batches.c.id == last))
        conn.execute(update(counter).where(counter.c.name == "version").values(value=head))
