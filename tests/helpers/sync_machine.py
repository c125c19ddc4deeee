"""The machine of the stateful sync test (tests/sync/test_stateful.py): its rules.

Each rule is one thing that happens in the field or at the Consejo, done through the
app's and the server's own code on a World (tests/helpers/sync_world.py), and noted in
the Model (tests/helpers/sync_model.py) whose invariants are checked after every step.
"""

import contextlib
import copy
import gzip
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import requests
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from sqlalchemy import text

from app.core.backups import restore, write_backup
from app.core.catalogs import Catalogs
from app.core.clock import FixedClock
from app.core.records import SYNCED_TYPES
from app.core.store.keyring import LocalUser
from app.core.sync import outbox
from app.core.sync.attention import AttentionError, AttentionService
from app.core.workspace import _open
from sync.bundle import open_sealed
from sync.errors import SyncError
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.revocation import DeviceWiped
from sync.server import admin
from sync.server.caseload import reassign
from sync.usb import export_bundle, import_answer
from tests.helpers.constants import NOW, PASSWORD
from tests.helpers.sync_model import INVARIANTS, Key, Model
from tests.helpers.sync_world import (
    DEVICES,
    EDITABLE,
    PROMOTERS,
    FieldDevice,
    Prepared,
    World,
    client_for,
)

# A restored copy works in a slot of its own ("ana2"); while there is none, a step
# drawn for that slot is the parent's (so no step is wasted).
COPY = "2"
ANY_DEVICE = st.sampled_from([n for name, _, _ in DEVICES for n in (name, name + COPY)])
PROMOTER = st.sampled_from([n for name in PROMOTERS for n in (name, name + COPY)])
PICK = st.integers(min_value=0, max_value=999)
FAULTS = ("drop_response", "drop_response_twice", "drop_last_result", "retry_last_result")
DAMAGE = ("delete_person", "change_version")
PUSH = "/api/v1/push"


def cedula(n: int) -> str:
    """A distinct valid cédula for each n (Tungurahua's province code, its check digit)."""
    digits = [1, 8, 0, *map(int, f"{n % 10**6:06d}")]
    total = sum(p - 9 if p > 9 else p for p in
                (d * (2 if i % 2 == 0 else 1) for i, d in enumerate(digits)))
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def word(n: int) -> str:
    """A distinct name for each n (letters only, as person names must be)."""
    letters = ""
    while True:
        n, r = divmod(n, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[r]
        if not n:
            return "Val" + letters


@dataclass
class Seed:
    """A prepared world and what the machine knew when it was closed."""

    prepared: Prepared
    model: Model
    pushes: list[tuple[str, bytes, bytes]]
    counter: int


Backup = tuple[str, str, Path, dict[Key, Any], dict[Key, Any]]  # name, slot, file, made,
# answers (of that device, when the backup was written)


class SyncMachine(RuleBasedStateMachine):
    def __init__(self, world: World, catalogs: Catalogs, seed: Seed | None = None) -> None:
        super().__init__()
        self.catalogs = catalogs
        self.world = world
        self.model = copy.deepcopy(seed.model) if seed else Model()
        self.counter = itertools.count(seed.counter if seed else 0)
        self.heard = 0  # answers of the proxy already read into the model
        # (device, body, server's answer)
        self.pushes: list[tuple[str, bytes, bytes]] = list(seed.pushes) if seed else []
        self.exported: list[tuple[str, Path]] = []  # exported: (device, file)
        self.answers: list[tuple[str, Path, int]] = []  # (device, file, server head then)
        self.backups: list[Backup] = []
        self.laptops = itertools.count(2)  # new laptops for revoked devices' users
        self.revoked = 0

    def teardown(self) -> None:
        self.world.close()

    def device(self, slot: str) -> FieldDevice:
        """The device at work in a slot; a copy's slot falls back to its parent's."""
        return self.world.devices.get(slot) or self.world.devices[slot.removesuffix(COPY)]

    # Field work ------------------------------------------------------------------
    def value(self, name: str) -> str:
        n = next(self.counter)
        if name == "doc_number":
            return cedula(n)
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

    @initialize(name=PROMOTER)
    def field_work_before_the_first_sync(self, name: str) -> None:
        """A new family on one laptop before anything else: work unsent from the start."""
        self.create_household(name)
        self.add_person(name, -1)

    def create_household(self, name: str) -> None:
        device = self.device(name)
        h = device.ws.families.create_household(parish=device.parish,
                                                community=self.value("community"),
                                                notes=self.value("notes"))
        self.model.created[h.id] = ("household", device.parish)
        self.wrote(device, "create", h.id)

    @rule(name=PROMOTER)
    def create_household_in_another_parish(self, name: str) -> None:
        """A slip: the server refuses it (out of scope), it waits for the user's hand."""
        device = self.device(name)
        other = next(p for _, _, p in DEVICES if p and p != device.parish)
        h = device.ws.families.create_household(parish=other, community=self.value("c"))
        self.model.created[h.id] = ("household", other)
        self.wrote(device, "create", h.id)

    def add_person(self, name: str, pick: int) -> None:
        device = self.device(name)
        homes = self.live(device, "household")
        if not homes:
            return
        home = homes[pick % len(homes)]
        p = device.ws.families.add_person(
            household_id=home, given_names=self.value("given_names"),
            surnames="Chicaiza", sex="mujer", birth_date=date(2016, 4, 3),
            relation_to_head="hijo_a", phone=self.value("phone"), doc_type="cedula",
            doc_number=self.value("doc_number"), confirm_duplicates=True)
        self.model.created[p.id] = ("person", self.model.created[home][1])
        self.wrote(device, "create", p.id)

    def edit_household(self, name: str, pick: int, field: str) -> None:
        device = self.device(name)
        ids = self.live(device, "household")
        if ids:
            rid = ids[pick % len(ids)]
            device.ws.families.update_household(rid, **{field: self.value(field)})
            self.wrote(device, "update", rid)

    def edit_person(self, name: str, pick: int, field: str) -> None:
        device = self.device(name)
        ids = self.live(device, "person")
        if ids:
            rid = ids[pick % len(ids)]
            device.ws.families.update_person(rid, **{field: self.value(field)})
            self.wrote(device, "update", rid)

    def delete_person(self, name: str, pick: int) -> None:
        device = self.device(name)
        ids = self.live(device, "person")
        if ids:
            rid = ids[pick % len(ids)]
            device.ws.families.delete_person(rid)
            self.wrote(device, "delete", rid)

    @rule(name=PROMOTER, pick=PICK)
    def register_case(self, name: str, pick: int) -> None:
        """A case about a child of the parish (with its status note): held by the parish
        until an administrator gives it to one promoter."""
        device = self.device(name)
        ids = [i for i in self.live(device, "person") if self.model.created[i][1] ==
               device.parish]
        if not ids:
            return
        known = max((s for d, s in self.model.made if d == device.name), default=0)
        case = device.ws.cases.register(
            parish=device.parish, affected_person_ids=[ids[pick % len(ids)]],
            violation_types=["negligencia"], facts="Hechos", risk_level="alto",
            reporter_anonymous=True)
        new = [e for e in self.world.outbox(device) if e.seq > known]
        assert [e.seq for e in new] == list(range(known + 1, known + 1 + len(new)))
        assert new[0].record_id == case.id
        for e in new:
            self.model.made[(device.name, e.seq)] = (e.record_type, e.record_id, e.op,
                                                     e.fields)
            self.model.created[e.record_id] = (e.record_type, device.parish)
        self.model.wrote(device.name)

    @rule(pick=PICK)
    def reassign_caseload(self, pick: int) -> None:
        """A promoter of the first parish leaves: the administrator gives their open
        cases to the other, whose next sync brings them; the first's drops them."""
        source, target = PROMOTERS[pick % 2], PROMOTERS[1 - pick % 2]
        reassign(self.world.store, source, target, by="cli")

    @rule(name=PROMOTER)
    def dismiss_refused(self, name: str) -> None:
        """The user gives up the refused changes, newest first (a family's persons
        before the family); one that must wait for another stays."""
        device = self.device(name)
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
            answer = json.loads(delivered)
            if "results" not in answer:
                continue  # refused (a revoked device)
            sender = self.world.names[json.loads(gzip.decompress(body))["device_id"]]
            self.model.answered(sender, answer["results"])
            self.pushes.append((sender, body, original))
        self.heard = len(self.world.proxy.delivered)

    def settle(self, device: FieldDevice, head: int) -> None:
        """A device with nothing unsent after a complete exchange must hold its scope."""
        if not any(e.state in outbox.UNSENT for e in self.world.outbox(device)):
            self.model.settled[device.name] = head

    def sync(self, name: str) -> None:
        device = self.device(name)
        report = device.client.sync()
        self.listen()
        assert report.pending == 0 and report.pulled_all, report
        self.settle(device, self.world.head())

    @rule(name=ANY_DEVICE, fault=st.sampled_from(FAULTS))
    def sync_with_lost_answer(self, name: str, fault: str) -> None:
        device = self.device(name)
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
        device = self.device(name)
        report = device.client.full_resync()
        self.listen()
        assert report.pending == 0 and report.pulled_all, report
        self.settle(device, self.world.head())

    def at_work(self, name: str) -> bool:
        return name in self.world.names.values() and \
            any(d.name == name for d in self.world.devices.values())

    @precondition(lambda self: self.pushes)
    @rule(pick=PICK)
    def replay_old_push(self, pick: int) -> None:
        """A push delivered again, late: answered from the push log, identically."""
        name, body, original = self.pushes[pick % len(self.pushes)]
        if not self.at_work(name):
            return  # a revoked device's token is refused
        token = self.world.named(name).client.enrollment().token
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
        device = self.device(name)
        path = self.world.root / f"out-{len(self.exported)}.bundle"
        export_bundle(device.ws.db, path)
        self.exported.append((device.name, path))

    @precondition(lambda self: self.exported)
    @rule(pick=PICK)
    def server_imports_bundle(self, pick: int) -> None:
        name, path = self.exported[pick % len(self.exported)]
        out = self.world.root / f"answer-{len(self.answers)}.bundle"
        admin.import_bundle(self.world.store, self.catalogs, path, out)
        if self.at_work(name):
            self.answers.append((name, out, self.world.head()))
        else:  # read for the model with the keys the erased device had
            self.model.answered(name, self.opened(self.world.named(name), out)["results"])

    @staticmethod
    def opened(device: FieldDevice, path: Path) -> dict[str, Any]:
        enrollment = device.enrollment or device.client.enrollment()
        return open_sealed(path.read_bytes(), enrollment.server_keys["sign"],
                           enrollment.device_keys)

    @precondition(lambda self: self.answers)
    @rule(pick=PICK)
    def device_imports_answer(self, pick: int) -> None:
        name, path, head = self.answers[pick % len(self.answers)]
        if not self.at_work(name):
            return
        device = self.world.named(name)
        payload = self.opened(device, path)
        report = import_answer(device.ws.db, path)
        self.model.answered(name, payload["results"])
        # Verified only: an answer repairs what the bundle's list of held rows lacked;
        # damage done after the bundle was written waits for the next exchange.
        if report.pending == 0 and report.verified:
            self.settle(device, head)

    # Backups, revocation, damage -------------------------------------------------
    @rule(name=ANY_DEVICE)
    def back_up(self, name: str) -> None:
        """An automatic backup to the USB stick (restored, perhaps, much later)."""
        device = self.device(name)
        path = self.world.root / f"backup-{len(self.backups)}.dfbackup"
        write_backup(device.ws.db, device.ws.data_dir, path, device.ws.clock)
        mine = {k: v for k, v in self.model.made.items() if k[0] == device.name}
        heard = {k: list(v) for k, v in self.model.answers.items() if k[0] == device.name}
        slot = next(s for s, d in self.world.devices.items() if d is device)
        self.backups.append((device.name, slot, path, copy.deepcopy(mine), heard))

    @precondition(lambda self: self.backups)
    @rule(pick=PICK)
    def restore_backup(self, pick: int) -> None:
        """The backup restored onto a new laptop: a fork of the device, enrolled again,
        working beside the old one (which may still sync)."""
        name, slot, path, made, heard = self.backups[pick % len(self.backups)]
        fork_slot = slot.removesuffix(COPY) + COPY
        if fork_slot in self.world.devices:
            return
        parent = self.world.named(name)
        fork_name = f"{name}{COPY}-{next(self.laptops)}"
        folder = self.world.root / fork_name
        user = parent.ws.user
        fork = restore(path, folder, user.username, PASSWORD, FixedClock(NOW))
        ws = _open(folder, LocalUser(user.username, user.role, user.parish), parent.key,
                   self.catalogs, FixedClock(NOW), check_integrity=False)
        device = FieldDevice(fork_name, parent.role, parent.parish, ws, client_for(ws),
                             fork.new_device, parent.key)
        through = max((seq for _, seq in made), default=0)
        self.model.parents[fork_name] = (name, through)
        for (_, seq), change in made.items():
            self.model.made[(fork_name, seq)] = change
        for (_, seq), said in heard.items():
            self.model.answers[(fork_name, seq)] = said
        self.world.add(fork_slot, device, enroll=True)

    @precondition(lambda self: self.revoked < 2)
    @rule(name=ANY_DEVICE)
    def revoke(self, name: str) -> None:
        """The administrator revokes the device; at its next contact it saves its unsent
        work for the Consejo and erases itself; the administrator imports that bundle
        (nothing may be lost), and the user gets a new laptop (unless it was a copy)."""
        self.revoked += 1
        device = self.device(name)
        slot = next(s for s, d in self.world.devices.items() if d is device)
        device.enrollment = device.client.enrollment()
        before = self.world.outbox(device)
        admin.revoke_device(self.world.store, device.id)
        try:
            device.client.sync()
        except DeviceWiped as wiped:
            saved = wiped
        else:
            raise AssertionError("a revoked device synced")
        finally:
            self.listen()
        unsent = [e for e in before if e.state in (*outbox.UNSENT, outbox.REJECTED)]
        assert saved.count == len(unsent)
        answer = self.world.root / f"answer-revoked-{self.revoked}.bundle"
        admin.import_bundle(self.world.store, self.catalogs, saved.bundle, answer)
        results = {r["seq"]: r for r in self.opened(device, answer)["results"]}
        self.model.answered(device.name, list(results.values()))
        for e in unsent:  # as the device would have marked them, had it heard
            r = results[e.seq]
            assert r["status"] != "retry", r
            e.state = "rejected" if r["status"] == "rejected" else "acked"
            e.reason = r.get("reason") or ""
        device.frozen = before
        del self.world.devices[slot]
        self.world.gone.append(device)
        self.model.settled.pop(device.name, None)
        if slot not in PROMOTERS and slot != "tito":
            return  # a copy is not replaced
        role, parish = device.role, device.parish
        self.world.join(slot, f"{slot}-{next(self.laptops)}", role, parish)

    def damage(self, name: str, pick: int, how: str) -> None:
        """A row deleted or its version changed behind the app's back (a disk error,
        someone with the key): the next sync must notice it and heal."""
        device = self.device(name)
        named = {e.record_id for e in self.world.outbox(device)
                 if e.state in (*outbox.UNSENT, outbox.REJECTED)}
        held = self.world.held(device)
        kinds = ("person",) if how == "delete_person" else ("person", "household")
        ids = [rid for rid in self.model.created if rid in held and rid not in named
               and held[rid][0] in kinds and held[rid][1] is not None]
        if not ids:
            return
        rid = ids[pick % len(ids)]
        table = SYNCED_TYPES[held[rid][0]].__tablename__
        sql = f'DELETE FROM "{table}" WHERE id = :id' if how == "delete_person" else \
            f'UPDATE "{table}" SET server_version = server_version + 1000 WHERE id = :id'
        with device.ws.db.write() as s:
            s.execute(text(sql), {"id": rid})
        self.model.settled.pop(device.name, None)

    @invariant()
    def model_holds(self) -> None:
        with self.world.still():
            for check in INVARIANTS:
                check(self.world, self.model)


def weighted(method: Callable[..., None], times: int, **strategies: Any) -> dict[str, Any]:
    """The same step as `times` rules: Hypothesis draws each rule alike, so the common
    steps (field work, syncs) come up that many times as often as the rare ones."""
    steps = {}
    for i in range(times):
        def step(self: SyncMachine, _m: Callable[..., None] = method, **kw: Any) -> None:
            _m(self, **kw)
        step.__name__ = step.__qualname__ = f"{method.__name__}_{i}"
        steps[step.__name__] = rule(**strategies)(step)
    return steps


for _name, _rule in {
        **weighted(SyncMachine.create_household, 2, name=PROMOTER),
        **weighted(SyncMachine.add_person, 2, name=PROMOTER, pick=PICK),
        **weighted(SyncMachine.edit_household, 3, name=PROMOTER, pick=PICK,
                   field=st.sampled_from(EDITABLE["household"])),
        **weighted(SyncMachine.edit_person, 3, name=PROMOTER, pick=PICK,
                   field=st.sampled_from(EDITABLE["person"])),
        **weighted(SyncMachine.delete_person, 2, name=PROMOTER, pick=PICK),
        **weighted(SyncMachine.sync, 5, name=ANY_DEVICE),
        # Cheap, and only a sync after it shows whether the digest saw it.
        **weighted(SyncMachine.damage, 4, name=ANY_DEVICE, pick=PICK,
                   how=st.sampled_from(DAMAGE))}.items():
    setattr(SyncMachine, _name, _rule)
