"""What a device's scope holds, for verified sync (sync invariant 12).

`scope_digest` is the digest (app/core/records/digest.py) of the (id, version) of every
row the device's feed gives it, tombstones included, over the same condition the feed
uses (`scope.read_filter`: the scope is defined once). It is worked out on demand and
cached per process by (scope key, version head): a no-op sync, the frequent case, finds
it cached; any write anywhere moves the head, and the next sync of each scope reads its
ids and versions once (an index scan). Why not kept incrementally per parish at each
write: a Junta's or técnico's scope is not a parish, and a row leaving a scope (a parish
changed, a referral withdrawn) would have to be found in each; one definition, read when
needed, cannot drift from the feed.
`inventory` lists the same rows, paged by id, for a device that must repair itself, and
`rows_by_id` gives it the ones it lacks.
"""

import json
from typing import Any

from sqlalchemy import Connection, select

from app.core.records.digest import Digest
from sync.server.schema import docs
from sync.server.scope import Principal, read_filter, scope_key, shown_data
from sync.server.store import ServerStore

CACHED_SCOPES = 64
MAX_INVENTORY_PAGE = 20000
MAX_FETCH_IDS = 300
ID_CHUNK = 500


def scope_digest(store: ServerStore, conn: Connection, who: Principal) -> Digest:
    key = (scope_key(who), store.head(conn))
    found = store.digests.get(key)
    if found is None:
        found = Digest.of((r.id, r.version) for r in conn.execute(
            select(docs.c.id, docs.c.version).where(read_filter(who))))
        if len(store.digests) >= CACHED_SCOPES:
            store.digests.clear()  # old heads: no longer asked for
        store.digests[key] = found
    return found


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
