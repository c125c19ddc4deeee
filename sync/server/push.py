"""Applying a pushed batch: idempotent, scoped, merged, versioned in one transaction.

The whole batch runs under the version lock (see store.py), so concurrent and duplicated
deliveries serialise: a replayed (device, seq) answers from the push log without being
applied again (sync invariant 2). Every change gets a result; all results and all writes
commit together, so a response lost after commit is answered identically on retry.
"""

import hashlib
import json
from collections import Counter
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from app.core.catalogs import Catalogs
from app.core.ids import is_id, new_id
from app.core.records import SYNCED_TYPES
from app.core.records.cases import ASSIGNED_TO
from app.core.records.erasure import ERASED, is_erased
from sync.protocol import Change, Origin
from sync.server import audit, merge, opening, references, rules
from sync.server.merge import Author, Doc, Invalid, Outcome, WireRecord
from sync.server.schema import devices, docs, push_batches
from sync.server.scope import (
    SCOPE_FIELDS,
    Principal,
    Scope,
    conflict_junta,
    derive,
    may_write,
    parent_id,
)
from sync.server.store import ServerStore, to_text

CHUNK = 500
# Types whose id is made from a natural key (app/core/records/plans.py `plan_id`): a
# create of one that exists is the same record started on two devices.
KEYED = frozenset({"plan"})
# A change whose (device, seq) was applied with another content: refused, never answered
# "applied" from the log (a forked device, a copied token).
SEQ_REUSED = "seq_reused"
# A create made ready before the version lock: its stored data, that data as JSON, and
# its content as validated.
Prepared = tuple[dict[str, Any], str, WireRecord]


class Batch:
    def __init__(self, store: ServerStore, conn: Connection, who: Principal, author: Author,
                 catalogs: Catalogs,
                 prepared: dict[int, Prepared | Invalid]) -> None:
        self.store, self.conn, self.who, self.prepared = store, conn, who, prepared
        self.author, self.catalogs = author, catalogs
        self.docs: dict[str, Doc | None] = {}
        # Ids in the order of their latest change: versions are given in this order.
        self.touched: dict[str, None] = {}

    def touch(self, record_id: str) -> None:
        self.touched.pop(record_id, None)
        self.touched[record_id] = None

    def load(self, ids: set[str]) -> None:
        # Only well-formed ids reach the query: any text may stand in a pushed id, and
        # PostgreSQL refuses some (NUL), which would fail the whole batch. A malformed
        # id names no stored record: it stays unknown (None) like any missing one.
        wanted = [i for i in ids if i not in self.docs and is_id(i)]
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start:start + CHUNK]
            for row in self.conn.execute(
                    select(docs).where(self.store.one_of(docs.c.id, chunk))):
                self.docs[row.id] = Doc.from_row(row)
            for i in chunk:
                self.docs.setdefault(i, None)

    def scope_of(self, record_type: str, record_id: str, data: dict[str, Any],
                 current: Scope | None) -> Scope | None:
        pid = parent_id(record_type, data)
        parent = self.docs.get(pid) if pid else None
        if parent is None:
            return derive(record_type, record_id, data, None, current)
        return derive(record_type, record_id, data, parent.scope, current, parent.type)

    def apply(self, change: Change) -> Outcome:
        if change.record_type not in SYNCED_TYPES:
            return Outcome("rejected", "unknown_type")
        if not is_id(change.record_id):
            return Outcome("rejected", "invalid")
        if change.record_type == "conflict" and change.op == "create":
            return Outcome("rejected", "forbidden")
        doc = self.docs.get(change.record_id)
        if assigns(change, doc):
            return Outcome("rejected", "forbidden")
        try:
            if change.op == "create":
                return self._create(change, doc)
            if doc is None:
                return Outcome("rejected", "not_found")
            if doc.type != change.record_type:
                return Outcome("rejected", "invalid")
            if is_erased(doc.data):  # never resurrected (LOPDP Art. 15)
                return Outcome("rejected", ERASED)
            denied = may_write(self.who, change.op, doc.type, doc.scope)
            if denied:
                return Outcome("rejected", denied)
            if change.op == "delete":
                return merge.delete(doc, self.author)
            return self._update(change, doc)
        except Invalid as exc:
            return Outcome("rejected", exc.reason)

    def _create(self, change: Change, doc: Doc | None) -> Outcome:
        if doc is not None and is_erased(doc.data):
            return Outcome("rejected", ERASED)
        if doc is not None:
            if self._same_create(change, doc):
                return Outcome("applied")
            if change.record_type in KEYED and doc.type == change.record_type \
                    and not doc.deleted:
                # Two people started the same plan offline: the later start merges
                # into it as an edit made without having seen the first (its differing
                # fields become conflicts a person resolves).
                return self.apply(change.model_copy(update={"op": "update",
                                                            "base_version": 0}))
            return Outcome("rejected", "exists")
        prepared = self.prepared.get(change.seq) or prepare(change, self.author)
        if isinstance(prepared, Invalid):
            raise prepared
        data, text, record = prepared
        scope = self.scope_of(change.record_type, change.record_id, data, None)
        if scope is None:
            return Outcome("rejected", "not_found")
        denied = may_write(self.who, "create", change.record_type, scope)
        if denied:
            return Outcome("rejected", denied)
        self.load(references.named_ids(change.record_type, data))
        denied = references.problem(self.docs, change.record_type, data, scope.parish)
        if denied:
            return Outcome("rejected", denied)
        meta = {name: [None, self.author.device] for name in change.fields}
        doc = Doc(change.record_id, change.record_type, data, meta, False, scope, None,
                  exists=False, dirty=True, text=text, record=record)
        if change.record_type in rules.CHECKED_CREATES:
            denied = rules.problem(self, doc, None, self.catalogs)
            if denied:
                return Outcome("rejected", denied)
        self.docs[change.record_id] = doc
        if change.record_type == "referral" and scope.junta and scope.case_id:
            opening.open_case(self, scope.case_id)
        return Outcome("applied")

    def _same_create(self, change: Change, doc: Doc) -> bool:
        """Whether `change` creates, as this user, the record exactly as it stands: a
        restored backup resending a create its original device already sent (see
        app/core/sync/fork.py). Already done, so applied without a write."""
        if doc.type != change.record_type or doc.deleted \
                or doc.data.get("created_by") != self.who.username:
            return False
        prepared = self.prepared.get(change.seq) or prepare(change, self.author)
        if isinstance(prepared, Invalid):
            return False
        return all(prepared[0].get(name) == doc.data.get(name)
                   for name in merge.CONTENT[doc.type])

    def _update(self, change: Change, doc: Doc) -> Outcome:
        before = (dict(doc.data), dict(doc.meta), doc.dirty, doc.text, doc.scope)
        outcome = merge.update(doc, change, self.author)
        if not doc.dirty:
            return outcome
        denied = ""
        if SCOPE_FIELDS & change.fields.keys():
            scope = self.scope_of(doc.type, doc.id, doc.data, doc.scope)
            if scope is None:
                denied = "not_found"
            else:
                denied, doc.scope = may_write(self.who, "update", doc.type, scope), scope
        if not denied:
            self.load(references.named_ids(doc.type, doc.data))
            denied = references.problem(self.docs, doc.type, doc.data, doc.scope.parish,
                                        set(change.fields))
        if not denied:
            denied = rules.problem(self, doc, before[0], self.catalogs)
        if denied:
            doc.data, doc.meta, doc.dirty, doc.text, doc.scope = before
            return Outcome("rejected", denied)
        if doc.scope.junta:
            if doc.type == "referral" and not before[4].junta and doc.scope.case_id:
                opening.open_case(self, doc.scope.case_id)  # re-addressed to the Junta
            elif doc.type == "case" and "affected_person_ids" in change.fields:
                opening.open_persons(self, doc.data.get("affected_person_ids") or [],
                                     doc.scope.parish)
            elif doc.type == "person" and "household_id" in change.fields:
                opening.open_households(self, [doc.data.get("household_id")],
                                        doc.scope.parish)
        return outcome

    def conflict_doc(self, change: Change, target: Doc, name: str, kept: Any,
                     other: Any) -> None:
        # One id for the document and its data: the devices know it by the document's.
        cid = new_id()
        data = merge.validate(SYNCED_TYPES["conflict"], {
            "id": cid, "target_type": target.type, "target_id": target.id, "field": name,
            "kept_value": kept, "other_value": other, "other_by": self.who.username,
            "other_device": self.who.device_id})
        merge.stamp(data, self.author, created=True)
        scope = Scope(target.scope.parish, target.scope.case_id,
                      conflict_junta(target.type, target.scope), target.scope.holder)
        self.docs[cid] = Doc(cid, "conflict", data, {}, False, scope, None, exists=False,
                             dirty=True)
        self.touch(cid)


def assigns(change: Change, doc: Doc | None) -> bool:
    """Whether a pushed change gives a record to a promoter: only a reassignment by the
    Consejo does (caseload.py), since it decides who reads the record (scope.Scope)."""
    if ASSIGNED_TO not in change.fields:
        return False
    existing = doc is not None and change.op != "create"  # a create names a new record
    now = (doc.data.get(ASSIGNED_TO) or "") if doc is not None and existing else ""
    return (change.fields[ASSIGNED_TO] or "") != now


def prepare(change: Change, author: Author) -> Prepared | Invalid:
    """Validate and encode a create; depends on nothing stored, so it runs before the
    version lock is taken (the lock is held only for merging and writing)."""
    try:
        data, record = merge.create(change, author)
    except Invalid as exc:
        return exc
    return data, to_text(data), record


def prepare_creates(changes: list[Change], author: Author) -> dict[int, Prepared | Invalid]:
    prepared: dict[int, Prepared | Invalid] = {}
    for c in changes:
        if c.op == "create" and c.seq not in prepared and c.record_type in SYNCED_TYPES \
                and c.record_type != "conflict" and is_id(c.record_id):
            prepared[c.seq] = prepare(c, author)
    return prepared


def prefetch_ids(changes: list[Change]) -> set[str]:
    ids: set[str] = set()
    for change in changes:
        ids.add(change.record_id)
        pid = parent_id(change.record_type, change.fields)
        if pid:
            ids.add(pid)
        ids |= references.named_ids(change.record_type, change.fields)
    return ids


def content_hash(change: Change) -> str:
    """What a (device, seq) stood for when it was applied."""
    text = to_text((change.record_type, change.record_id, change.op, change.fields,
                    change.base_version))
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def answered(conn: Connection, who: Principal, seqs: list[int], hashes: dict[int, str]
             ) -> dict[int, dict[str, Any]]:
    """The answers the push log already holds for these seqs (sync invariant 2), by seq.

    A logged seq answers again only for the same content; with another content it is
    refused (`SEQ_REUSED`) in the device's current enrollment, and applied afresh when
    the log entry is an earlier enrollment's, which must not answer this one's seqs.
    Entries logged before hashes existed answer within their enrollment, as they did.
    """
    if not seqs:
        return {}
    logged: dict[int, tuple[int, dict[str, Any]]] = {}
    # The logged batches whose seq range meets this one's (usually none or one); a later
    # batch's entry for a seq (a re-enrollment's) replaces an earlier one's.
    for row in conn.execute(select(push_batches.c.epoch, push_batches.c.results).where(
            push_batches.c.device_id == who.device_id,
            push_batches.c.last_seq >= min(seqs),
            push_batches.c.first_seq <= max(seqs)).order_by(push_batches.c.id)):
        for result in json.loads(row.results):
            if result["seq"] in hashes:
                logged[result["seq"]] = (row.epoch, result)
    done: dict[int, dict[str, Any]] = {}
    for seq, (epoch, result) in logged.items():
        logged_hash = result.pop("hash", None)
        if logged_hash == hashes[seq] or (logged_hash is None and epoch == who.epoch):
            done[seq] = result
        elif epoch == who.epoch:
            done[seq] = {"seq": seq, "status": "rejected", "reason": SEQ_REUSED,
                         "version": None}
    return done


def answered_for_origin(conn: Connection, who: Principal, origin: Origin | None,
                        hashes: dict[int, str]) -> dict[int, dict[str, Any]]:
    """A restored copy's inherited changes (seq up to `origin.through`) its parent device
    already sent: the parent's answer, by seq, when the parent's push log holds the very
    same change (same seq, same content hash) as applied. Only a parent of the same user
    is believed; a change the parent had refused is applied afresh (app/core/sync/fork)."""
    if origin is None or origin.device_id == who.device_id:
        return {}
    inherited = {seq: h for seq, h in hashes.items() if seq <= origin.through}
    owner = conn.execute(select(devices.c.username).where(
        devices.c.id == origin.device_id)).scalar()
    if not inherited or owner != who.username:
        return {}
    # epoch -1: no enrollment of the parent matches, so only a logged hash answers.
    parent = Principal(who.username, who.role, who.parish, origin.device_id, epoch=-1)
    return {seq: result for seq, result in
            answered(conn, parent, sorted(inherited), inherited).items()
            if result["status"] != "rejected"}


def apply_push(store: ServerStore, who: Principal, changes: list[Change],
               catalogs: Catalogs, origin: Origin | None = None) -> list[dict[str, Any]]:
    """One result per distinct seq, in order, in the wire shape of `ChangeResult`."""
    author = Author(who.username, who.device_id, store.clock.now())
    prepared = prepare_creates(changes, author)
    with store.write() as conn:
        first_free = store.lock_versions(conn)
        seqs = [c.seq for c in changes]
        hashes = {c.seq: content_hash(c) for c in reversed(changes)}  # first one wins
        done = answered(conn, who, seqs, hashes)
        # Answered from the parent's log: logged again as this device's, never applied.
        inherited = answered_for_origin(
            conn, who, origin, {s: h for s, h in hashes.items() if s not in done})
        done.update(inherited)
        todo = [c for c in changes if c.seq not in done]
        batch = Batch(store, conn, who, author, catalogs, prepared)
        batch.load(prefetch_ids(todo))
        outcomes: list[tuple[Change, Outcome]] = []
        seen: set[int] = set()
        for change in todo:
            if change.seq in seen:
                continue
            seen.add(change.seq)
            outcome = batch.apply(change)
            target = batch.docs.get(change.record_id)
            if target is not None and target.dirty:
                batch.touch(change.record_id)
            for name, kept, other in outcome.conflicts:
                assert target is not None
                batch.conflict_doc(change, target, name, kept, other)
            outcomes.append((change, outcome))
        write_docs(store, conn, batch, first_free)
        new_log: list[dict[str, Any]] = [{**inherited[s], "hash": hashes[s]}
                                         for s in sorted(inherited)]
        for change, outcome in outcomes:
            target = batch.docs.get(change.record_id)
            version = target.version if target is not None and outcome.status != "rejected" \
                else None
            done[change.seq] = row = {"seq": change.seq, "status": outcome.status,
                                      "reason": outcome.reason, "version": version}
            new_log.append({**row, "hash": hashes[change.seq]})
        if new_log:
            conn.execute(insert(push_batches).values(
                device_id=who.device_id, epoch=who.epoch,
                first_seq=min(r["seq"] for r in new_log),
                last_seq=max(r["seq"] for r in new_log), results=to_text(new_log)))
        if outcomes:
            statuses = Counter(o.status for _, o in outcomes)
            audit.record(conn, author.moment, who, "push",
                         ((c.record_type, c.record_id) for c, _ in outcomes), dict(statuses))
    return [done[s] for s in dict.fromkeys(seqs)]


NEW_DOC = ("id", "type", "version", "deleted", "data", "field_meta", "parish", "case_id",
           "junta", "holder")


def write_docs(store: ServerStore, conn: Connection, batch: Batch, first: int) -> None:
    write_dirty(store, conn, [d for d in (batch.docs[i] for i in batch.touched)
                              if d is not None and d.dirty], first)


def write_dirty(store: ServerStore, conn: Connection, dirty: list[Doc], first: int) -> None:
    """Store changed documents as new versions from `first` on (the version lock held)."""
    if not dirty:
        return
    store.allocate(conn, len(dirty))
    new_rows, old_rows = [], []
    for offset, doc in enumerate(dirty):
        doc.version = version = first + offset
        doc.meta = {k: [v if v is not None else version, d] for k, (v, d) in doc.meta.items()}
        text = doc.text if doc.text is not None else to_text(doc.data)
        if doc.exists:
            old_rows.append({"b_id": doc.id, "version": version, "deleted": doc.deleted,
                             "data": text, "field_meta": doc.meta,
                             "parish": doc.scope.parish, "case_id": doc.scope.case_id,
                             "junta": doc.scope.junta, "holder": doc.scope.holder})
        else:
            new_rows.append((doc.id, doc.type, version, doc.deleted, text, to_text(doc.meta),
                             doc.scope.parish, doc.scope.case_id, doc.scope.junta,
                             doc.scope.holder))
        doc.dirty, doc.exists = False, True
    store.insert_rows(conn, docs, NEW_DOC, new_rows)
    if old_rows:
        conn.execute(update(docs).where(docs.c.id == bindparam("b_id")), old_rows)
