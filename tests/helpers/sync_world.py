"""The world of the stateful sync test: a real server, real devices, and what each holds.

One world per Hypothesis example (a fresh server database, fresh SQLCipher stores): an
example must not see another's records. Every device reaches the server through a
FaultProxy, which can lose answers and keeps the answers the devices really received.
The readers here return plain data (dicts and tuples) for the model's invariants.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from app.core.catalogs import Catalogs
from app.core.clock import FixedClock
from app.core.records import SYNCED_TYPES, OutboxEntry
from app.core.store.device import device_id
from app.core.store.keyring import LocalUser
from app.core.workspace import Workspace, initialise
from sync.client import SyncClient
from sync.protocol import PullResponse
from sync.server.auth import principal_for_device
from sync.server.feed import pull_json
from sync.server.schema import docs, push_batches
from sync.server.store import ServerStore
from tests.helpers.constants import NOW, PASSWORD
from tests.helpers.faults import FaultProxy
from tests.helpers.server import RunningServer, start_server

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


class World:
    def __init__(self, root: Path, catalogs: Catalogs,
                 make_store: Callable[[Path], ServerStore]) -> None:
        root.mkdir(parents=True)
        self.root = root
        self.store = make_store(root)
        self.server: RunningServer = start_server(self.store)
        self.proxy = FaultProxy(self.server.url)
        self.devices: dict[str, FieldDevice] = {}
        try:
            for name, role, parish in DEVICES:
                self.server.add_user(name, role, parish)
                ws = initialise(root / name, LocalUser(name, role, parish), PASSWORD,
                                catalogs, FixedClock(NOW))
                # Two attempts: a lost answer once is retried within the sync (and
                # answered from the push log); lost twice, the sync fails.
                client = SyncClient(ws.db, ws.clock, sleep=lambda _s: None,
                                    timeout=(5.0, 30.0), attempts=2)
                self.devices[name] = FieldDevice(name, role, parish, ws, client,
                                                 device_id(ws.db))
                client.enroll(self.proxy.url, name, PASSWORD)
        except BaseException:
            self.close()
            raise
        self.names = {d.id: d.name for d in self.devices.values()}

    def close(self) -> None:
        for device in self.devices.values():
            device.ws.close()
        self.proxy.close()
        self.server.stop()
        self.store.dispose()

    # The server ------------------------------------------------------------------
    def head(self) -> int:
        with self.store.read() as conn:
            return self.store.head(conn)

    def server_docs(self) -> dict[str, ServerDoc]:
        with self.store.read() as conn:
            return {r.id: ServerDoc(r.type, r.version, r.deleted, r.parish, json.loads(r.data))
                    for r in conn.execute(select(docs.c.id, docs.c.type, docs.c.version,
                                                 docs.c.deleted, docs.c.parish, docs.c.data))}

    def arrival(self) -> dict[tuple[str, int], int]:
        """(device name, seq) → the order in which the server first applied the change,
        read from its push log (a replayed change keeps its first place)."""
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
    @staticmethod
    def outbox(device: FieldDevice) -> list[OutboxEntry]:
        with device.ws.db.read() as s:
            return list(s.execute(select(OutboxEntry).order_by(col(OutboxEntry.seq))).scalars())

    @staticmethod
    def held(device: FieldDevice) -> dict[str, tuple[str, int | None, bool, dict]]:
        """What the device holds: id → (type, server version, deleted, edited fields)."""
        found: dict[str, tuple[str, int | None, bool, dict]] = {}
        with device.ws.db.read() as s:
            for name, model in SYNCED_TYPES.items():
                wanted = (*EDITABLE.get(name, ()),
                          *(("parish",) if name == "household" else ()),
                          *(("household_id",) if name == "person" else ()))
                for rec in s.execute(select(model)).scalars():
                    found[rec.id] = (name, rec.server_version, rec.deleted,
                                     {f: getattr(rec, f) for f in wanted})
        return found

    @staticmethod
    def live(device: FieldDevice, record_type: str) -> list[str]:
        """Ids of the device's records of a type that are not deleted."""
        model = SYNCED_TYPES[record_type]
        with device.ws.db.read() as s:
            return list(s.execute(select(col(model.id))
                                  .where(col(model.deleted).is_(False))).scalars())
