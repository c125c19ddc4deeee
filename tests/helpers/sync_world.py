"""The world of the stateful sync test: a real server, real devices, and what each holds.

One world per Hypothesis example (its own server database, its own SQLCipher stores): an
example must not see another's records. Enrolling four devices costs seconds (Argon2,
migrations, four enrollments), so a world is prepared once (`World.build`, then seeded
and closed) and each example starts from a copy of its files (`World.copy`: the server's
database, the devices' stores and keyrings opened with the master keys kept aside).
Every device reaches the server through a FaultProxy, which can lose answers and keeps
the answers the devices really received. The readers here return plain data (dicts and
tuples) for the model's invariants.
"""

import json
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, delete, insert, select, text
from sqlmodel import col

from app.core.catalogs import Catalogs
from app.core.clock import FixedClock
from app.core.records import SYNCED_TYPES, Draft, OutboxEntry
from app.core.store.device import device_id
from app.core.store.keyring import LocalUser, keyring_for
from app.core.sync import syncstate
from app.core.sync.syncstate import Enrollment
from app.core.text import words
from app.core.workspace import Workspace, _open, initialise
from sync.client import SyncClient
from sync.protocol import PullResponse
from sync.server.auth import principal_for_device
from sync.server.feed import pull_json
from sync.server.schema import docs, metadata, push_batches
from sync.server.store import ServerStore
from tests.helpers.constants import NOW, PASSWORD
from tests.helpers.faults import FaultProxy
from tests.helpers.server import RunningServer, reset_pg, start_server

# name, role, parish: two promoters of one parish (their edits meet), one of another
# parish (whose records must never reach them), and the Consejo's técnico (sees both).
DEVICES = (("ana", "promotor", "PIL"), ("beto", "promotor", "PIL"),
           ("olga", "promotor", "AMB"), ("tito", "tecnico", ""))
PROMOTERS = tuple(name for name, role, _ in DEVICES if role == "promotor")
# The fields the machine edits, per record type (the others are set once, at creation).
EDITABLE = {"household": ("community", "notes"), "person": ("given_names", "phone")}


@dataclass(frozen=True)
class ServerDoc:
    type: str
    version: int
    deleted: bool
    parish: str
    data: dict[str, Any]


@dataclass
class FieldDevice:
    name: str
    role: str
    parish: str
    ws: Workspace
    client: SyncClient
    id: str
    key: bytes  # the store's master key (what the password unwraps)
    # A device gone (revoked and erased): its outbox as it stood, for the invariants,
    # and its enrollment (the keys that open what the server answered it).
    frozen: list[OutboxEntry] | None = None
    enrollment: Enrollment | None = None


def client_for(ws: Workspace) -> SyncClient:
    # Two attempts: a lost answer once is retried within the sync (and answered from
    # the push log); lost twice, the sync fails.
    return SyncClient(ws.db, ws.clock, sleep=lambda _s: None, timeout=(5.0, 30.0),
                      attempts=2)


@dataclass(frozen=True)
class Prepared:
    """A closed world's files, copied for each example: the server's database (a
    SQLite file in `root`, or PostgreSQL rows), and each device's folder."""

    root: Path
    devices: tuple[tuple[str, str, str, str, bytes], ...]  # name, role, parish, id, key
    rows: dict[str, list[dict[str, Any]]] | None  # PostgreSQL: each table's rows


class World:
    def __init__(self, root: Path, catalogs: Catalogs, store: ServerStore,
                 migrate: bool = True) -> None:
        self.root, self.catalogs, self.store = root, catalogs, store
        self.server: RunningServer = start_server(self.store, migrate=migrate)
        self.proxy = FaultProxy(self.server.url)
        self.devices: dict[str, FieldDevice] = {}  # the devices at work, by slot
        self.gone: list[FieldDevice] = []  # revoked and erased
        self.names: dict[str, str] = {}  # device id → name (unique, gone ones too)
        self._memo: dict[tuple[str, str], Any] | None = None

    @classmethod
    def build(cls, root: Path, catalogs: Catalogs,
              make_store: Callable[[Path], ServerStore]) -> "World":
        """A new server and new devices, enrolled through the proxy."""
        root.mkdir(parents=True)
        world = cls(root, catalogs, make_store(root))
        try:
            for name, role, parish in DEVICES:
                world.server.add_user(name, role, parish)
                world.join(name, name, role, parish)
        except BaseException:
            world.close()
            raise
        return world

    def join(self, slot: str, name: str, role: str, parish: str) -> FieldDevice:
        """A new laptop for user `slot` (initialised, enrolled) at work under `name`."""
        folder = self.root / name
        ws = initialise(folder, LocalUser(slot, role, parish), PASSWORD, self.catalogs,
                        FixedClock(NOW))
        _, key = keyring_for(folder).unlock(slot, PASSWORD)
        return self.add(slot, FieldDevice(name, role, parish, ws, client_for(ws),
                                          device_id(ws.db), key), enroll=True)

    def add(self, slot: str, device: FieldDevice, enroll: bool) -> FieldDevice:
        self.devices[slot] = device
        self.names[device.id] = device.name
        if enroll:
            device.client.enroll(self.proxy.url, device.ws.user.username, PASSWORD)
        return device

    def prepare(self) -> Prepared:
        """Close this world and keep its files for `copy`."""
        rows = None
        if not self.store.is_sqlite:
            with self.store.read() as conn:
                rows = {t.name: [dict(r._mapping) for r in conn.execute(select(t))]
                        for t in metadata.sorted_tables}
        devices = tuple((d.name, d.role, d.parish, d.id, d.key)
                        for d in self.devices.values())
        self.close()
        return Prepared(self.root, devices, rows)

    @classmethod
    def copy(cls, prepared: Prepared, root: Path, catalogs: Catalogs,
             make_store: Callable[[Path], ServerStore]) -> "World":
        shutil.copytree(prepared.root, root)
        store = make_store(root)
        if prepared.rows is not None:
            _load_rows(store, prepared.rows)
        world = cls(root, catalogs, store, migrate=False)
        try:
            for name, role, parish, _id, key in prepared.devices:
                ws = _open(root / name, LocalUser(name, role, parish), key, catalogs,
                           FixedClock(NOW), check_integrity=False)
                with ws.db.write() as s:  # this world's proxy
                    enrollment = syncstate.load_enrollment(s)
                    assert enrollment is not None
                    enrollment.server_url = world.proxy.url
                    syncstate.save_enrollment(s, enrollment)
                world.add(name, FieldDevice(name, role, parish, ws, client_for(ws),
                                            device_id(ws.db), key), enroll=False)
        except BaseException:
            world.close()
            raise
        return world

    def close(self) -> None:
        for device in self.devices.values():
            device.ws.close()
        self.proxy.close()
        self.server.stop()
        self.store.dispose()

    def everyone(self) -> list[FieldDevice]:
        """The devices at work and the ones gone: whose changes the invariants follow."""
        return [*self.devices.values(), *self.gone]

    def named(self, name: str) -> FieldDevice:
        return next(d for d in self.everyone() if d.name == name)

    # The server ------------------------------------------------------------------
    def head(self) -> int:
        with self.store.read() as conn:
            return self.store.head(conn)

    def server_docs(self) -> dict[str, ServerDoc]:
        return self._cached(("server", ""), self._server_docs)

    def _server_docs(self) -> dict[str, ServerDoc]:
        with self.store.read() as conn:
            return {r.id: ServerDoc(r.type, r.version, r.deleted, r.parish, json.loads(r.data))
                    for r in conn.execute(select(docs.c.id, docs.c.type, docs.c.version,
                                                 docs.c.deleted, docs.c.parish, docs.c.data))}

    def arrival(self) -> dict[tuple[str, int], int]:
        """(device name, seq) → the order in which the server first applied the change,
        read from its push log (a replayed change keeps its first place)."""
        return self._cached(("arrival", ""), self._arrival)

    def _arrival(self) -> dict[tuple[str, int], int]:
        order: dict[tuple[str, int], int] = {}
        with self.store.read() as conn:
            for row in conn.execute(select(push_batches.c.device_id, push_batches.c.results)
                                    .order_by(push_batches.c.id)):
                for result in json.loads(row.results):
                    key = (self.names.get(row.device_id, row.device_id), result["seq"])
                    order.setdefault(key, len(order))
        return order

    def scope_of(self, device: FieldDevice) -> dict[str, tuple[str, int, bool, dict]]:
        """What the server's feed gives this device from the start: id → (type, version,
        deleted, data)."""
        with self.store.read() as conn:
            who = principal_for_device(conn, device.id)
        found: dict[str, tuple[str, int, bool, dict]] = {}
        cursor = ""
        while True:
            page = PullResponse.model_validate_json(pull_json(self.store, who, cursor, 5000))
            for r in page.records:
                found[r.id] = (r.type, r.version, r.deleted, r.data)
            cursor = page.cursor
            if not page.more:
                return found

    # A device --------------------------------------------------------------------
    def outbox(self, device: FieldDevice) -> list[OutboxEntry]:
        if device.frozen is not None:
            return device.frozen
        return self._cached(("outbox", device.name), lambda: _outbox(device))

    def held(self, device: FieldDevice) -> dict[str, tuple[str, int | None, bool, dict]]:
        """What the device holds: id → (type, server version, deleted, edited fields)."""
        return self._cached(("held", device.name), lambda: _held(device))

    def kept_words(self, device: FieldDevice) -> dict[str, str]:
        """Every word of text the device keeps in its records (tombstones and conflicts
        too), its outbox's payloads and its drafts, folded as its search folds them:
        word → where (table and row id) it was first seen."""
        return self._cached(("words", device.name), lambda: _kept_words(device))

    # While the invariants are checked nothing moves: each reading is made once.
    @contextmanager
    def still(self) -> Iterator[None]:
        self._memo = {}
        try:
            yield
        finally:
            self._memo = None

    def _cached(self, key: tuple[str, str], read: Callable[[], Any]) -> Any:
        if self._memo is None:
            return read()
        if key not in self._memo:
            self._memo[key] = read()
        return self._memo[key]

    @staticmethod
    def live(device: FieldDevice, record_type: str) -> list[str]:
        """Ids of the device's records of a type that are not deleted."""
        model = SYNCED_TYPES[record_type]
        with device.ws.db.read() as s:
            return list(s.execute(select(col(model.id))
                                  .where(col(model.deleted).is_(False))).scalars())


def _load_rows(store: ServerStore, rows: dict[str, list[dict[str, Any]]]) -> None:
    """A PostgreSQL database emptied by reset_pg, given a prepared world's rows (and
    its id sequences moved past them)."""
    with store.engine.begin() as conn:
        for table in metadata.sorted_tables:
            conn.execute(delete(table))
            if rows[table.name]:
                conn.execute(insert(table), rows[table.name])
            for column in table.primary_key.columns:
                if isinstance(column.type, Integer) and column.autoincrement is True:
                    conn.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', "
                        f"'{column.name}'), coalesce(max({column.name}), 0) + 1, false) "
                        f"FROM {table.name}"))


def pg_store(url: str) -> Callable[[Path], ServerStore]:
    return lambda _root: reset_pg(url)


def _outbox(device: FieldDevice) -> list[OutboxEntry]:
    with device.ws.db.read() as s:
        return list(s.execute(select(OutboxEntry).order_by(col(OutboxEntry.seq))).scalars())


def _held(device: FieldDevice) -> dict[str, tuple[str, int | None, bool, dict]]:
    found: dict[str, tuple[str, int | None, bool, dict]] = {}
    with device.ws.db.read() as s:
        for name, model in SYNCED_TYPES.items():
            wanted = (*EDITABLE.get(name, ()),
                      *(("parish",) if name == "household" else ()),
                      *(("household_id",) if name == "person" else ()))
            columns = ", ".join(("id", "server_version", "deleted", *wanted))
            for row in s.execute(text(f'SELECT {columns} FROM "{model.__tablename__}"')):
                found[row[0]] = (name, row[1], bool(row[2]), dict(zip(wanted, row[3:],
                                                                      strict=True)))
    return found


def _kept_words(device: FieldDevice) -> dict[str, str]:
    found: dict[str, str] = {}
    tables = [str(m.__tablename__) for m in SYNCED_TYPES.values()]
    tables += [str(OutboxEntry.__tablename__), str(Draft.__tablename__)]
    with device.ws.db.read() as s:
        for table in tables:
            for row in s.execute(text(f'SELECT * FROM "{table}"')).mappings():
                where = f"{table} {row.get('id', row.get('seq'))}"
                for cell in row.values():
                    if isinstance(cell, str):
                        for w in words(cell):
                            found.setdefault(w, where)
    return found
