"""Applying a pushed batch: idempotent, scoped, merged, versioned in one transaction.

The whole batch runs under the version lock (see store.py), so concurrent and duplicated
deliveries serialise: a replayed (device, seq) answers from the push log (push_log.py)
without being applied again (sync invariant 2). Every change gets a result; all results
and all writes commit together, so a response lost after commit is answered identically
on retry. Each change is applied in memory by a Batch (batch.py); what it leaves dirty is
written as new versions (doc_versions.py).
"""

from collections import Counter
from typing import Any

from sqlalchemy import Connection

from app.core.catalogs import Catalogs
from app.core.ids import is_id
from app.core.records import SYNCED_TYPES
from sync.protocol import Change, Origin
from sync.server import audit, push_log, references
from sync.server.batch import Batch, Prepared, prepare
from sync.server.doc_versions import write_dirty
from sync.server.merge import Author, Invalid, Outcome
from sync.server.scope import Principal, parent_id
from sync.server.store import ServerStore


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


def apply_push(store: ServerStore, who: Principal, changes: list[Change],
               catalogs: Catalogs, origin: Origin | None = None) -> list[dict[str, Any]]:
    """One result per distinct seq, in order, in the wire shape of `ChangeResult`."""
    author = Author(who.username, who.device_id, store.clock.now())
    prepared = prepare_creates(changes, author)
    with store.write() as conn:
        first_free = store.lock_versions(conn)
        seqs = [c.seq for c in changes]
        hashes = {c.seq: push_log.content_hash(c) for c in reversed(changes)}  # first wins
        done = push_log.answered(conn, who, seqs, hashes)
        # Answered from the parent's log: logged again as this device's, never applied.
        inherited = push_log.answered_for_origin(
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
        push_log.record(conn, who, new_log)
        if outcomes:
            statuses = Counter(o.status for _, o in outcomes)
            audit.record(conn, author.moment, who, "push",
                         ((c.record_type, c.record_id) for c, _ in outcomes), dict(statuses))
    return [done[s] for s in dict.fromkeys(seqs)]


def write_docs(store: ServerStore, conn: Connection, batch: Batch, first: int) -> None:
    write_dirty(store, conn, [d for d in (batch.docs[i] for i in batch.touched)
                              if d is not None and d.dirty], first)
