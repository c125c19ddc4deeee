"""The change feed: rows after a cursor, in version order, filtered by scope.

The cursor is opaque to clients: the last version sent plus the scope it was computed
for; when a user's scope changes, their feed starts over (a full resync, which never
touches unsent local changes on the client, sync invariant 10). Rows leave as the stored
JSON text, spliced into the response without re-encoding, which keeps large first syncs
fast; only the persons and households a Junta user receives are cut to the fields it may
see first (`scope.shown_data`).
"""

import base64
import binascii
import json
from typing import Any

from sqlalchemy import Connection, Row, select

from sync.protocol import MAX_INT64, MAX_PULL_LIMIT
from sync.server import audit, sync_status
from sync.server.digest import scope_digest
from sync.server.recovery import current_key as recovery_key
from sync.server.schema import counter, docs
from sync.server.scope import Principal, read_filter, scope_key, shown_data
from sync.server.store import ServerStore

# A page stops growing past this much record JSON (a record is at most a few hundred KB).
MAX_PAGE_BYTES = 4 * 1024 * 1024
PAGE_CHUNK = 200


class BadCursor(ValueError):
    pass


def encode_cursor(version: int, key: str) -> str:
    raw = json.dumps({"v": version, "s": key}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, key: str) -> int:
    if not cursor:
        return 0
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        version, scope = data["v"], str(data["s"])
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeError) as exc:
        raise BadCursor(str(exc)) from None
    # Only what encode_cursor makes: an integer a version column can hold (no float, no
    # bool, nothing past 64 bits that would overflow the query).
    if type(version) is not int or not 0 <= version <= MAX_INT64:
        raise BadCursor("out of range")
    return version if scope == key else 0


def pull_json(store: ServerStore, who: Principal, cursor: str, limit: int,
              max_bytes: int = MAX_PAGE_BYTES) -> bytes:
    """A PullResponse document, as bytes: at most `limit` records, and no more after
    their stored JSON passed `max_bytes` (rows are read as a stream and reading stops
    there, so a page never holds more than about that in memory)."""
    key = scope_key(who)
    after = decode_cursor(cursor, key)
    limit = max(1, min(limit, MAX_PULL_LIMIT))
    rows: list[Row[Any, Any, Any, Any, Any]] = []
    size = 0
    more = False
    # One snapshot for the page and its digest: a push committed between them would
    # be in the digest but not in the page, and the device would repair for nothing.
    with store.snapshot() as conn:
        result = conn.execution_options(yield_per=PAGE_CHUNK).execute(
            select(docs.c.type, docs.c.id, docs.c.version, docs.c.deleted, docs.c.data)
            .where(docs.c.version > after, read_filter(who))
            .order_by(docs.c.version).limit(limit + 1))
        for row in result:
            if len(rows) == limit or (rows and size >= max_bytes):
                more = True
                break
            rows.append(row)
            size += len(row.data)
        result.close()
        synced = sync_status.synced_at(conn, who.device_id)
        if not more:
            store.between_page_and_digest()
        # The last page says what the device should now hold (verified sync).
        digest = "" if more else f',"digest":{json.dumps(last_digest(store, conn, who))}'
        if not more and (recovery := recovery_key(conn)):
            digest += f',"recovery_key":{json.dumps(recovery)}'
    if rows:
        with store.write() as conn:
            audit.record(conn, store.clock.now(), who, "pull", ((r.type, r.id) for r in rows))
    if not more:  # the device now holds its whole feed: a successful sync
        sync_status.mark_synced(store, who, synced)
    last = rows[-1].version if rows else after
    deleted = {True: "true", False: "false"}
    parts = [
        f'{{"type":{json.dumps(r.type)},"id":{json.dumps(r.id)},"version":{r.version},'
        f'"deleted":{deleted[bool(r.deleted)]},"data":{shown_data(who, r.type, r.data)}}}'
        for r in rows
    ]
    body = (f'{{"records":[{",".join(parts)}],'
            f'"cursor":{json.dumps(encode_cursor(last, key))},"more":{deleted[more]}{digest}}}')
    return body.encode("utf-8")


def last_digest(store: ServerStore, conn: Connection, who: Principal) -> dict[str, int]:
    """The last page's digest of the scope, with the server's last version: a device
    that received a later one knows the server was restored from an older backup."""
    head = conn.execute(select(counter.c.value).where(counter.c.name == "version")).scalar()
    return {**scope_digest(store, conn, who).wire(), "head": int(head or 0)}
