"""The plain in-memory model of the stateful sync test, and its invariants.

The model remembers what the machine did: every change each device wrote (its outbox
entry, checked against what was asked), every answer a device really received (through
the FaultProxy, or inside an answer bundle it imported), every record created (and its
parish), the last server version seen of each document, and which devices finished a
sync with nothing unsent. Each invariant is a plain function of (world, model), listed
in INVARIANTS; the machine checks them all after every step. Work that adds to sync
(the digest, backups, revocation, erasure) appends its own.

Erasure (issue 14, tests/helpers/sync_erasure.py): the model notes which ids the server
turned into tombstones and the identifying values it knew for them. Their content is no
longer "acknowledged work to keep", an edit of them is refused `erased`, and once a device
is settled neither it nor the server holds any of those values.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.core.records.digest import Digest
from app.core.records.erasure import ERASED, is_erased
from app.core.sync import verify
from app.core.sync.outbox import ACKED, UNSENT
from app.core.text import words
from sync.server.auth import principal_for_device
from sync.server.digest import scope_digest
from tests.helpers.sync_world import EDITABLE, FieldDevice, ServerDoc, World

Key = tuple[str, int]  # (device name, outbox seq)
# What identifies a person among the fields the machine writes (every value is distinct;
# the surname, the same for all, identifies no one).
IDENTIFYING = ("given_names", "doc_number", "phone")


@dataclass
class Model:
    # Every change a device wrote: (device, seq) → (record type, record id, op, fields).
    made: dict[Key, tuple[str, str, str, dict[str, Any]]] = field(default_factory=dict)
    # Every answer a device received for a change, in order: (status, version).
    answers: dict[Key, list[tuple[str, int | None]]] = field(default_factory=dict)
    # Every record the machine created: id → (type, parish).
    created: dict[str, tuple[str, str]] = field(default_factory=dict)
    # The last server version seen of each document.
    versions: dict[str, int] = field(default_factory=dict)
    # Devices that ended a sync complete with nothing unsent: name → the server's head
    # then. While the head has not moved and the device wrote nothing, it must hold
    # exactly its scope.
    settled: dict[str, int] = field(default_factory=dict)
    # A restored copy: its name → (the device backed up, the last seq it inherited).
    # Its changes up to that seq are the parent's own, and may reach the server either
    # way (app/core/sync/fork.py).
    parents: dict[str, tuple[str, int]] = field(default_factory=dict)
    # Erased on the server: each id the erasure made a tombstone (the person, the
    # conflicts holding their values) → the identifying values known for it then.
    erased: dict[str, set[str]] = field(default_factory=dict)

    def values_of(self, record_id: str) -> set[str]:
        """The identifying values any device wrote to a record."""
        return {str(f[name]) for _t, rid, _op, f in self.made.values() if rid == record_id
                for name in IDENTIFYING if f.get(name)}

    def identifying(self) -> set[str]:
        """The erased records' identifying values, folded as search folds them: those
        known at the erasure, and any written since by a device that had not heard."""
        found = set().union(*self.erased.values(), *map(self.values_of, self.erased))
        return {w for value in found for w in words(value)}

    def arrival(self, order: dict[Key, int], key: Key) -> int | None:
        """When the server first applied a change: under this device's id, or, for a
        change a restored copy inherited, under its parent's (whichever came first)."""
        found = []
        while True:
            if key in order:
                found.append(order[key])
            parent = self.parents.get(key[0])
            if parent is None or key[1] > parent[1]:
                return min(found, default=None)
            key = (parent[0], key[1])

    def answered(self, device: str, results: list[dict[str, Any]]) -> None:
        for r in results:
            self.answers.setdefault((device, r["seq"]), []).append(
                (r["status"], r.get("version")))

    def wrote(self, device: str) -> None:
        self.settled.pop(device, None)


Invariant = Callable[[World, Model], None]


def outbox_follows_answers(world: World, model: Model) -> None:
    """An entry is acked only after the device received an applied/conflict answer for
    it, rejected only after a rejection, and stays pending while no final answer came
    (a lost or missing answer leaves it to be sent again)."""
    for device in world.everyone():
        for e in world.outbox(device):
            key = (device.name, e.seq)
            assert key in model.made, f"outbox entry {key} the machine never wrote"
            statuses = {s for s, _ in model.answers.get(key, [])}
            if e.state == "acked":
                assert statuses & set(ACKED), f"{key} acked without an answer saying so"
            elif e.state == "pending":
                assert not statuses & {*ACKED, "rejected"}, f"{key} answered, still pending"
            elif e.state == "rejected":
                # Or refused by the device itself, on pulling the record's erasure.
                assert "rejected" in statuses or (
                    e.reason == ERASED and e.record_id in model.erased), \
                    f"{key} rejected without a rejection"


def _conflict_values(server: dict[str, ServerDoc], record_id: str, name: str) -> list[Any]:
    values: list[Any] = []
    for doc in server.values():
        if doc.type != "conflict" or doc.data.get("target_id") != record_id:
            continue
        if doc.data.get("field") == name:
            values += [doc.data.get("kept_value"), doc.data.get("other_value")]
        elif doc.data.get("field") == "" and isinstance(doc.data.get("other_value"), dict):
            values.append(doc.data["other_value"].get(name))  # an edit of a deleted record
    return values


def nothing_acknowledged_is_lost(world: World, model: Model) -> None:
    """Every acked change is on the server at a version ≥ the one its answer gave: a
    create's record exists, a delete's is a tombstone, and each value written is still
    the record's, or kept in a conflict, or replaced by a change that reached the server
    after it. An erased record keeps only its tombstone: its content was meant to go."""
    server = world.server_docs()
    order = world.arrival()
    for device in world.everyone():
        for e in world.outbox(device):
            if e.state != "acked":
                continue
            key = (device.name, e.seq)
            doc = server.get(e.record_id)
            assert doc is not None, f"acked {e.op} {key} of {e.record_id}: not on the server"
            versions = [v for s, v in model.answers.get(key, []) if s in ACKED and v]
            assert doc.version >= max(versions, default=0), f"{key}: server went back"
            if e.record_id in model.erased:
                assert doc.deleted and is_erased(doc.data), f"erased {e.record_id} is back"
                continue
            if e.op == "delete":
                assert doc.deleted, f"acked delete {key}: record not deleted"
                continue
            at = model.arrival(order, key)
            assert at is not None, f"acked {key} missing from the server's push log"
            for name in EDITABLE.get(e.record_type, ()):
                if name not in e.fields or doc.data.get(name) == e.fields[name]:
                    continue
                later = {f[name] for k, (_t, rid, _op, f) in model.made.items()
                         if rid == e.record_id and name in f
                         and (model.arrival(order, k) or -1) > at}
                assert doc.data.get(name) in later \
                    or e.fields[name] in _conflict_values(server, e.record_id, name), \
                    f"acked {key}: {e.record_id}.{name}={e.fields[name]!r} lost " \
                    f"(server has {doc.data.get(name)!r})"


def nothing_applied_twice(world: World, model: Model) -> None:
    """No record the machine did not create, no version given twice or going back, the
    head above every version, one conflict per conflicting change."""
    server = world.server_docs()
    head = world.head()
    seen: set[int] = set()
    conflicts: set[str] = set()
    for rid, doc in server.items():
        if doc.type in EDITABLE:
            assert rid in model.created and model.created[rid][0] == doc.type, \
                f"{doc.type} {rid} on the server was never created"
        assert doc.version not in seen, f"version {doc.version} given twice"
        seen.add(doc.version)
        assert doc.version <= head
        assert doc.version >= model.versions.get(rid, 0), f"{rid} went back in version"
        model.versions[rid] = doc.version
        if doc.type == "conflict" and not is_erased(doc.data):  # a tombstone says nothing
            d = doc.data
            sig = repr((d["target_id"], d["field"], d["other_value"], d["other_device"]))
            assert sig not in conflicts, f"one conflict recorded twice: {sig}"
            conflicts.add(sig)
    assert set(model.versions) == set(server), "a document vanished from the server"


def settled_devices_hold_their_scope(world: World, model: Model) -> None:
    """A device that synced with nothing unsent holds exactly what the server's feed
    gives it (same records, versions, tombstones, edited fields), until anything moves."""
    head = world.head()
    for name, at in model.settled.items():
        if at != head:
            continue
        device = world.named(name)
        held = world.held(device)
        scope = world.scope_of(device)
        assert set(held) == set(scope), \
            f"{name}: holds {len(held)} records, its scope has {len(scope)}: " \
            f"extra {sorted(set(held) - set(scope))[:3]}, missing " \
            f"{sorted(set(scope) - set(held))[:3]}"
        for rid, (rtype, version, deleted, fields) in held.items():
            stype, sversion, sdeleted, data = scope[rid]
            assert (rtype, version, deleted) == (stype, sversion, sdeleted), \
                f"{name}: {rid} is {(rtype, version, deleted)}, " \
                f"server {(stype, sversion, sdeleted)}"
            for f, value in fields.items():
                assert value == data.get(f), f"{name}: {rid}.{f} {value!r} ≠ {data.get(f)!r}"


def settled_digests_match(world: World, model: Model) -> None:
    """A device that synced with nothing unsent has the server's digest of its scope
    (what verified sync compares), and its trigger-kept digest is the digest of the rows
    it really holds (a trigger missing a change would hide damage from the next sync)."""
    head = world.head()
    for name, at in model.settled.items():
        if at != head:
            continue
        device = world.named(name)
        with device.ws.db.read() as s:
            mine = verify.held_digest(s)
            rows = {i: v for i, (_t, v) in verify.held(s).items()}
        assert mine == Digest.of(rows.items()), f"{name}: its digest ≠ its rows"
        with world.store.read() as conn:
            theirs = scope_digest(world.store, conn, principal_for_device(conn, device.id))
        assert mine == theirs, f"{name}: digest {mine} ≠ the server's {theirs}"


def only_strays_are_refused(world: World, model: Model) -> None:
    """The server refuses a promoter's change only for a record of another parish, or
    (`erased`) for one that edits an erased record or names one; a record filed under
    one refused so (a case's status note) is `not_found`: its parent never arrived."""
    erased = set(model.erased)
    naming = {rid for _t, rid, _op, f in model.made.values()
              if erased and _named_ids(f) & erased}
    for device in world.everyone():
        for e in world.outbox(device):
            if e.state != "rejected":
                continue
            named = _named_ids(model.made[(device.name, e.seq)][3])
            if e.reason == ERASED:
                assert ({e.record_id} | named) & erased, \
                    f"{device.name}: {e.op} of {e.record_id} refused as erased"
            elif not (e.reason == "not_found" and named & naming):
                assert e.reason == "out_of_scope" or e.reason == "not_found", e
                assert model.created[e.record_id][1] != device.parish, \
                    f"{device.name}: {e.op} of {e.record_id} refused ({e.reason})"


def _named_ids(fields: dict[str, Any]) -> set[str]:
    """The values of a change's fields that may be record ids (a case's persons...)."""
    found: set[str] = set()
    for value in fields.values():
        found.update(str(v) for v in (value if isinstance(value, list) else [value]) if v)
    return found


def erased_names_are_gone(world: World, model: Model) -> None:
    """An erasure is kept (issue 14): each erased record is a tombstone on the server,
    which holds none of their identifying values in any document; and a settled device
    holds none of them in any record (live or tombstone, conflicts too), outbox payload
    or draft."""
    if not model.erased:
        return
    server = world.server_docs()
    gone = model.identifying()
    for rid in model.erased:
        assert server[rid].deleted and is_erased(server[rid].data), f"{rid} came back"
    for rid, doc in server.items():
        held = gone & set(words(json.dumps(doc.data)))
        assert not held, f"server: {doc.type} {rid} holds an erased person's {held}"
    head = world.head()
    for name, at in model.settled.items():
        if at != head:
            continue
        kept = world.kept_words(world.named(name))
        where = {w: kept[w] for w in gone & set(kept)}
        assert not where, f"{name} still holds an erased person's values: {where}"


def no_record_crosses_a_parish(world: World, model: Model) -> None:
    """A promoter's device holds only records of its parish: by the household's own
    parish, by the parish the machine created it in, and by the server's scope. Its own
    slips (a household typed for another parish, refused and not yet given up) aside."""
    server = world.server_docs()
    for device in _promoters(world):
        unsent = {e.record_id for e in world.outbox(device) if e.state in UNSENT}
        for rid, (rtype, _v, _d, fields) in world.held(device).items():
            if rid in unsent:
                continue
            if rtype == "household":
                assert fields["parish"] == device.parish, f"{device.name} holds {rid}"
            if rid in model.created:
                assert model.created[rid][1] == device.parish, f"{device.name} holds {rid}"
            if rid in server:
                assert server[rid].parish == device.parish, f"{device.name} holds {rid}"


def _promoters(world: World) -> list[FieldDevice]:
    return [d for d in world.devices.values() if d.role == "promotor"]


INVARIANTS: list[Invariant] = [
    outbox_follows_answers,
    nothing_acknowledged_is_lost,
    nothing_applied_twice,
    settled_devices_hold_their_scope,
    settled_digests_match,
    only_strays_are_refused,
    no_record_crosses_a_parish,
    erased_names_are_gone,
]
