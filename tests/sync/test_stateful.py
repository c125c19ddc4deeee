"""The stateful sync test: random field work, syncs, bundles and faults, checked after
every step against a plain model (tests/helpers/sync_model.py).

Devices of two parishes and a técnico, each a real SQLCipher store, talk to the real
server on loopback through a proxy that can lose answers. Hypothesis picks the steps:
creates, edits of the same and of different fields on different devices, deletes,
syncs in any order, lost answers, full resyncs, USB bundles exported, imported on the
server and answered in any order (or never), and replays of old pushes. Failing
examples shrink to a few steps; keep each as a plain regression test below.

Small by default for CI; DEFENSORIA_STATEFUL_EXAMPLES (and _STEPS) for long runs:
    DEFENSORIA_STATEFUL_EXAMPLES=300 pytest tests/sync/test_stateful.py
To add rules (the digest, backups, revocation): subclass SyncMachine with more @rule
methods and append checks to tests.helpers.sync_model.INVARIANTS.
"""

import contextlib
import gzip
import itertools
import json
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from app.core.catalogs import Catalogs
from app.core.clock import FixedClock
from app.core.sync import outbox
from app.core.sync.attention import AttentionError, AttentionService
from sync.bundle import open_sealed
from sync.errors import SyncError
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server import admin
from sync.server.store import ServerStore
from sync.usb import export_bundle, import_answer
from tests.helpers.constants import NOW
from tests.helpers.server import reset_pg
from tests.helpers.sync_model import INVARIANTS, Model
from tests.helpers.sync_world import DEVICES, EDITABLE, PROMOTERS, FieldDevice, World

# CI stays well under its 30 minutes on a slow machine: a handful of examples there;
# the four fixed scenarios below carry the known cases.
EXAMPLES = int(os.environ.get("DEFENSORIA_STATEFUL_EXAMPLES", "5"))
STEPS = int(os.environ.get("DEFENSORIA_STATEFUL_STEPS", "25"))
SETTINGS = settings(max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
                    database=None, suppress_health_check=[HealthCheck.too_slow])
ANY_DEVICE = st.sampled_from([name for name, _, _ in DEVICES])
PROMOTER = st.sampled_from(PROMOTERS)
PICK = st.integers(min_value=0, max_value=999)
FAULTS = ("drop_response", "drop_response_twice", "drop_last_result", "retry_last_result")
PUSH = "/api/v1/push"


def word(n: int) -> str:
    """A distinct name for each n (letters only, as person names must be)."""
    letters = ""
    while True:
        n, r = divmod(n, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[r]
        if not n:
            return "Val" + letters


class SyncMachine(RuleBasedStateMachine):
    def __init__(self, make_world: Callable[[], World], catalogs: Catalogs) -> None:
        super().__init__()
        self.catalogs = catalogs
        self.world = make_world()
        self.model = Model()
        self.counter = itertools.count()
        self.heard = 0  # answers of the proxy already read into the model
        self.pushes: list[tuple[str, bytes, bytes]] = []  # (device, body, server's answer)
        self.bundles: list[tuple[str, Path]] = []  # exported: (device, file)
        self.answers: list[tuple[str, Path, int]] = []  # (device, file, server head then)

    def teardown(self) -> None:
        self.world.close()

    # Field work ------------------------------------------------------------------
    def value(self, name: str) -> str:
        n = next(self.counter)
        return f"09{n:08d}" if name == "phone" else word(n)

    def live(self, device: FieldDevice, record_type: str) -> list[str]:
        """The device's live records of a type in the order the machine created them
        (ids are random: an order by id would replay differently while shrinking)."""
        order = {rid: i for i, rid in enumerate(self.model.created)}
        return sorted(self.world.live(device, record_type), key=order.__getitem__)

    def wrote(self, device: FieldDevice, op: str, record_id: str) -> None:
        """Note the change just written; its outbox entry must be there, one for one."""
        known = max((s for d, s in self.model.made if d == device.name), default=0)
        new = [e for e in self.world.outbox(device) if e.seq > known]
        assert [(e.op, e.record_id) for e in new] == [(op, record_id)]
        e = new[0]
        assert e.seq == known + 1, "sequence numbers must be gap-free"
        self.model.made[(device.name, e.seq)] = (e.record_type, e.record_id, e.op, e.fields)
        self.model.wrote(device.name)

    @rule(name=PROMOTER)
    def create_household(self, name: str) -> None:
        device = self.world.devices[name]
        h = device.ws.families.create_household(parish=device.parish,
                                                community=self.value("community"),
                                                notes=self.value("notes"))
        self.model.created[h.id] = ("household", device.parish)
        self.wrote(device, "create", h.id)

    @rule(name=PROMOTER)
    def create_household_in_another_parish(self, name: str) -> None:
        """A slip: the server refuses it (out of scope), it waits for the user's hand."""
        device = self.world.devices[name]
        other = next(p for _, _, p in DEVICES if p and p != device.parish)
        h = device.ws.families.create_household(parish=other, community=self.value("c"))
        self.model.created[h.id] = ("household", other)
        self.wrote(device, "create", h.id)

    @rule(name=PROMOTER, pick=PICK)
    def add_person(self, name: str, pick: int) -> None:
        device = self.world.devices[name]
        homes = self.live(device, "household")
        if not homes:
            return
        home = homes[pick % len(homes)]
        p = device.ws.families.add_person(
            household_id=home, given_names=self.value("given_names"),
            surnames="Chicaiza", sex="mujer", birth_date=date(2016, 4, 3),
            relation_to_head="hijo_a", phone=self.value("phone"), confirm_duplicates=True)
        self.model.created[p.id] = ("person", self.model.created[home][1])
        self.wrote(device, "create", p.id)

    @rule(name=PROMOTER, pick=PICK, field=st.sampled_from(EDITABLE["household"]))
    def edit_household(self, name: str, pick: int, field: str) -> None:
        device = self.world.devices[name]
        ids = self.live(device, "household")
        if ids:
            rid = ids[pick % len(ids)]
            device.ws.families.update_household(rid, **{field: self.value(field)})
            self.wrote(device, "update", rid)

    @rule(name=PROMOTER, pick=PICK, field=st.sampled_from(EDITABLE["person"]))
    def edit_person(self, name: str, pick: int, field: str) -> None:
        device = self.world.devices[name]
        ids = self.live(device, "person")
        if ids:
            rid = ids[pick % len(ids)]
            device.ws.families.update_person(rid, **{field: self.value(field)})
            self.wrote(device, "update", rid)

    @rule(name=PROMOTER, pick=PICK)
    def delete_person(self, name: str, pick: int) -> None:
        device = self.world.devices[name]
        ids = self.live(device, "person")
        if ids:
            rid = ids[pick % len(ids)]
            device.ws.families.delete_person(rid)
            self.wrote(device, "delete", rid)

    @rule(name=PROMOTER)
    def dismiss_refused(self, name: str) -> None:
        """The user gives up the refused changes, newest first (a family's persons
        before the family); one that must wait for another stays."""
        device = self.world.devices[name]
        attention = AttentionService(device.ws.db, device.ws.writer)
        for entry in reversed(self.world.outbox(device)):
            if entry.state == outbox.REJECTED:
                with contextlib.suppress(AttentionError):
                    attention.dismiss(entry.seq)

    # Sync over HTTP ----------------------------------------------------------------
    def listen(self) -> None:
        """Read the answers that reached a device into the model."""
        for path, body, original, delivered in self.world.proxy.delivered[self.heard:]:
            if path != PUSH:
                continue
            sender = self.world.names[json.loads(gzip.decompress(body))["device_id"]]
            self.model.answered(sender, json.loads(delivered)["results"])
            self.pushes.append((sender, body, original))
        self.heard = len(self.world.proxy.delivered)

    def settle(self, device: FieldDevice, head: int) -> None:
        """A device with nothing unsent after a complete exchange must hold its scope."""
        if not any(e.state in outbox.UNSENT for e in self.world.outbox(device)):
            self.model.settled[device.name] = head

    @rule(name=ANY_DEVICE)
    def sync(self, name: str) -> None:
        device = self.world.devices[name]
        report = device.client.sync()
        self.listen()
        assert report.pending == 0 and report.pulled_all, report
        self.settle(device, self.world.head())

    @rule(name=ANY_DEVICE, fault=st.sampled_from(FAULTS))
    def sync_with_lost_answer(self, name: str, fault: str) -> None:
        device = self.world.devices[name]
        proxy = self.world.proxy
        if fault == "drop_response_twice":
            proxy.add(PUSH, "drop_response", "drop_response")
        else:
            proxy.add(PUSH, fault)
        try:
            report = device.client.sync()
        except SyncError as exc:
            # Lost on both attempts: the server applied the push, the device never knew.
            assert fault == "drop_response_twice" and exc.code == "unreachable", exc
        else:
            if report.pending == 0 and report.pulled_all:
                self.settle(device, self.world.head())
        finally:
            proxy.plan.clear()  # unused when the device had nothing to push
            self.listen()

    @rule(name=ANY_DEVICE)
    def full_resync(self, name: str) -> None:
        device = self.world.devices[name]
        report = device.client.full_resync()
        self.listen()
        assert report.pending == 0 and report.pulled_all, report
        self.settle(device, self.world.head())

    @precondition(lambda self: self.pushes)
    @rule(pick=PICK)
    def replay_old_push(self, pick: int) -> None:
        """A push delivered again, late: answered from the push log, identically."""
        name, body, original = self.pushes[pick % len(self.pushes)]
        token = self.world.devices[name].client.enrollment().token
        resp = requests.post(f"{self.world.server.url}{PUSH}", data=body, timeout=30,
                             headers={"Authorization": f"Bearer {token}",
                                      PROTOCOL_HEADER: str(PROTOCOL_VERSION),
                                      "Content-Type": "application/json",
                                      "Content-Encoding": "gzip"})
        assert resp.status_code == 200, resp.text
        assert resp.json()["results"] == json.loads(original)["results"]

    # USB bundles -------------------------------------------------------------------
    @rule(name=ANY_DEVICE)
    def device_exports_bundle(self, name: str) -> None:
        path = self.world.root / f"out-{len(self.bundles)}.bundle"
        export_bundle(self.world.devices[name].ws.db, path)
        self.bundles.append((name, path))

    @precondition(lambda self: self.bundles)
    @rule(pick=PICK)
    def server_imports_bundle(self, pick: int) -> None:
        name, path = self.bundles[pick % len(self.bundles)]
        out = self.world.root / f"answer-{len(self.answers)}.bundle"
        admin.import_bundle(self.world.store, self.catalogs, path, out)
        self.answers.append((name, out, self.world.head()))

    @precondition(lambda self: self.answers)
    @rule(pick=PICK)
    def device_imports_answer(self, pick: int) -> None:
        name, path, head = self.answers[pick % len(self.answers)]
        device = self.world.devices[name]
        enrollment = device.client.enrollment()
        payload: dict[str, Any] = open_sealed(path.read_bytes(), enrollment.server_keys["sign"],
                                              enrollment.device_keys)
        report = import_answer(device.ws.db, path)
        self.model.answered(name, payload["results"])
        if report.pending == 0:
            self.settle(device, head)

    @invariant()
    def model_holds(self) -> None:
        for check in INVARIANTS:
            check(self.world, self.model)


@pytest.fixture(params=["sqlite", "postgresql"])
def server_store(request: pytest.FixtureRequest) -> Callable[[Path], ServerStore]:
    """Makes each example's server database: a new SQLite file, or PostgreSQL emptied."""
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_base_url")
        return lambda _root: reset_pg(url)
    return lambda root: ServerStore(f"sqlite:///{root / 'server.db'}", FixedClock(NOW))


def test_sync_keeps_its_invariants(tmp_path: Path, catalogs: Catalogs,
                                   server_store: Callable[[Path], ServerStore]) -> None:
    worlds = itertools.count()

    def make_world() -> World:
        return World(tmp_path / f"world-{next(worlds)}", catalogs, server_store)

    run_state_machine_as_test(lambda: SyncMachine(make_world, catalogs), settings=SETTINGS)


# Plain scenarios, replayed step by step through the same machine and invariants: the
# paths a short random run may miss, and the place to keep every shrunk failing example.
SCENARIOS = {
    "edit_then_sync": [("create_household", {"name": "ana"}), ("sync", {"name": "ana"}),
                       ("edit_household", {"name": "ana", "pick": 0, "field": "notes"}),
                       ("sync", {"name": "ana"}), ("sync", {"name": "beto"})],
    "same_field_two_devices": [
        ("create_household", {"name": "ana"}), ("sync", {"name": "ana"}),
        ("sync", {"name": "beto"}),
        ("edit_household", {"name": "ana", "pick": 0, "field": "community"}),
        ("edit_household", {"name": "beto", "pick": 0, "field": "community"}),
        ("edit_household", {"name": "beto", "pick": 0, "field": "notes"}),
        ("sync", {"name": "ana"}), ("sync", {"name": "beto"}), ("sync", {"name": "ana"}),
        ("sync", {"name": "tito"})],
    "lost_answers_then_bundle": [
        ("create_household", {"name": "olga"}), ("add_person", {"name": "olga", "pick": 0}),
        ("sync_with_lost_answer", {"name": "olga", "fault": "drop_response_twice"}),
        ("device_exports_bundle", {"name": "olga"}),
        ("edit_person", {"name": "olga", "pick": 0, "field": "phone"}),
        ("server_imports_bundle", {"pick": 0}), ("device_imports_answer", {"pick": 0}),
        ("sync_with_lost_answer", {"name": "olga", "fault": "drop_last_result"}),
        ("replay_old_push", {"pick": 0}), ("sync", {"name": "olga"}),
        ("full_resync", {"name": "olga"}), ("device_imports_answer", {"pick": 0})],
    "delete_edit_and_slip": [
        ("create_household", {"name": "ana"}), ("add_person", {"name": "ana", "pick": 0}),
        ("sync", {"name": "ana"}), ("sync", {"name": "beto"}),
        ("delete_person", {"name": "ana", "pick": 0}),
        ("edit_person", {"name": "beto", "pick": 0, "field": "given_names"}),
        ("create_household_in_another_parish", {"name": "beto"}),
        ("add_person", {"name": "beto", "pick": 1}),
        ("sync", {"name": "ana"}), ("sync", {"name": "beto"}),
        ("dismiss_refused", {"name": "beto"}), ("sync", {"name": "beto"}),
        ("sync", {"name": "ana"})],
}


@pytest.mark.parametrize("steps", SCENARIOS.values(), ids=SCENARIOS.keys())
def test_sync_scenario_keeps_its_invariants(tmp_path: Path, catalogs: Catalogs,
                                            steps: list[tuple[str, dict[str, Any]]]) -> None:
    def sqlite(root: Path) -> ServerStore:
        return ServerStore(f"sqlite:///{root / 'server.db'}", FixedClock(NOW))

    machine = SyncMachine(lambda: World(tmp_path / "world", catalogs, sqlite), catalogs)
    try:
        machine.model_holds()
        for name, args in steps:
            getattr(machine, name)(**args)
            machine.model_holds()
    finally:
        machine.teardown()
