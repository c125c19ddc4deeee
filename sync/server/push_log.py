"""The push log: each device's answered seqs, so a replayed (device, seq) is answered
again without being applied again (sync invariant 2) — only for the same content.

Separate from push.py because it is the push's memory, read before any change is
applied and written with the batch's results in the same transaction.
"""

import hashlib
import json
from typing import Any

from sqlalchemy import Connection, insert, select

from sync.protocol import Change, Origin
from sync.server.schema import devices, push_batches
from sync.server.scope import Principal
from sync.server.store import to_text

# A change whose (device, seq) was applied with another content: refused, never answered
# "applied" from the log (a forked device, a copied token).
SEQ_REUSED = "seq_reused"


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


def record(conn: Connection, who: Principal, results: list[dict[str, Any]]) -> None:
    """Log a batch's results, each with its content hash, as one row of the push log."""
    if results:
        conn.execute(insert(push_batches).values(
            device_id=who.device_id, epoch=who.epoch,
            first_seq=min(r["seq"] for r in results),
            last_seq=max(r["seq"] for r in results), results=to_text(results)))
