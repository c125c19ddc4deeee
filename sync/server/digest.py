"""What a device's scope holds, for verified sync (sync invariant 12).

`scope_digest` is the digest (app/core/records/digest.py) of the (id, version) of every
row the device's feed gives it, tombstones included, over the same condition the feed
uses (`scope.read_filter`: the scope is defined once). It is worked out on demand and
cached per process and scope key, with the version head it was worked out at: a no-op
sync finds it as is; after writes, it catches up from the rows whose version passed the
cached head (the feed's own index), so a sync pays for what changed, not for the scope's
size. Why not kept in the database at each write (push, merge, openings, imports): a
Junta's or técnico's scope is not a parish, a row can leave a scope (a parish changed, a
referral re-addressed), and every writer would have to keep every scope's sum right; one
definition, read when needed, cannot drift from the feed. A cache holds no state: a new
process reads each scope once.
`inventory` lists the same rows, paged by id, for a device that must repair itself, and
`rows_by_id` gives it the ones it lacks.
"""

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from app.core.records.digest import MODULUS, Digest, item_hash
from sync.server.schema import docs
from sync.server.scope import Principal, digest_key, read_filter, shown_data
from sync.server.store import ServerStore

CACHED_SCOPES = 64
# Past this many writes since a scope's cached digest, it is read whole again.
CATCH_UP = 20000
MAX_INVENTORY_PAGE = 20000
MAX_FETCH_IDS = 300
ID_CHUNK = 500


@dataclass(frozen=True)
class Held:
    """A scope's rows at a version head: each id's version, and their digest."""

    head: int
    versions: dict[str, int]
    digest: Digest


def scope_digest(store: ServerStore, conn: Connection, who: Principal) -> Digest:
    key, head = digest_key(who), store.head(conn)
    held = store.digests.get(key)
    if held is None or held.head > head or head - held.head > CATCH_UP:
        held = _read_whole(conn, who, head)
    elif held.head < head:
        held = _catch_up(conn, who, held, head)
    else:
        return held.digest
    if key not in store.digests and len(store.digests) >= CACHED_SCOPES:
        store.digests.clear()
    store.digests[key] = held
    return held.digest


# No upper bound on the versions read: on PostgreSQL each statement sees what was
# committed before it, maybe past the head read first. A row seen past the head is read
# again by the next catch-up, which takes it out at the version kept and in again.


def _read_whole(conn: Connection, who: Principal, head: int) -> Held:
    versions = {r.id: r.version for r in conn.execute(
        select(docs.c.id, docs.c.version).where(read_filter(who)))}
    return Held(head, versions, Digest.of(versions.items()))


def _catch_up(conn: Connection, who: Principal, held: Held, head: int) -> Held:
    """The rows written since `held.head`, by the unique version index: each leaves the
    sum at its old version (if the scope held it) and enters at its new one (if the
    scope holds it now: a row can also leave a scope, a parish changed)."""
    rows = conn.execute(
        select(docs.c.id, docs.c.version, read_filter(who).label("inside"))
        .where(docs.c.version > held.head)).all()
    if not any(row.inside or row.id in held.versions for row in rows):
        # Written elsewhere (another parish): this scope's map is not copied at all.
        return Held(head, held.versions, held.digest)
    versions = dict(held.versions)  # never changed in place: other threads read it
    total, count = held.digest.total, held.digest.count
    for row in rows:
        old = versions.pop(row.id, None)
        if old is not None:
            total -= item_hash(row.id, old) or 0
            count -= 1
        if row.inside:
            versions[row.id] = row.version
            total += item_hash(row.id, row.version) or 0
            count += 1
    return Held(head, versions, Digest(count, total % MODULUS))


def inventory_json(store: ServerStore, who: Principal, after: str, limit: int) -> bytes:
    """`{"items": [[id, type, version], ...], "more": bool}`, ids after `after`."""
    limit = max(1, min(limit, MAX_INVENTORY_PAGE))
    with store.read() as conn:
        rows = conn.execute(select(docs.c.id, docs.c.type, docs.c.version)
                            .where(docs.c.id > after, read_filter(who))
                            .order_by(docs.c.id).limit(limit + 1)).all()
    more = len(rows) > limit
    items = [[r.id, r.type, r.version] for r in rows[:limit]]
    return json.dumps({"items": items, "more": more}, separators=(",", ":")).encode()


def rows_by_id(store: ServerStore, who: Principal, ids: list[str]) -> list[dict[str, Any]]:
    """The rows of `ids` this device may read, as the feed gives them (others left out)."""
    if not ids:
        return []
    with store.read() as conn:
        rows = conn.execute(
            select(docs.c.type, docs.c.id, docs.c.version, docs.c.deleted, docs.c.data)
            .where(store.one_of(docs.c.id, ids), read_filter(who))).all()
    return [{"type": r.type, "id": r.id, "version": r.version, "deleted": bool(r.deleted),
             "data": json.loads(shown_data(who, r.type, r.data))} for r in rows]


def bundle_repair(store: ServerStore, who: Principal, held: dict[str, int],
                  sent: set[str]) -> tuple[list[dict[str, Any]], list[str]]:
    """For a USB answer, from what the device said it held when it made its bundle: the
    rows of its scope it lacks or holds at another version (beyond `sent`, the rows the
    answer carries anyway), and the ids it holds that its scope does not."""
    with store.read() as conn:
        scope = {r.id: r.version for r in conn.execute(
            select(docs.c.id, docs.c.version).where(read_filter(who)))}
    lacking = [i for i, v in scope.items() if held.get(i) != v and i not in sent]
    rows: list[dict[str, Any]] = []
    for start in range(0, len(lacking), ID_CHUNK):
        rows.extend(rows_by_id(store, who, lacking[start:start + ID_CHUNK]))
    return rows, [i for i in held if i not in scope]
