"""Verified sync on the device (sync invariant 12): what it holds, and its repair.

The device's digest of its synced rows is kept by SQL triggers (migration 0006), so a
no-op sync reads one row, and a row deleted or changed behind the app's back shows. When
it differs from the server's digest of the device's scope, the device compares the
server's inventory (id, type, version) with its own rows: it takes the server's copy of
what it lacks or holds at another version, and drops what its scope no longer holds.
Records with unsent local changes (pending or refused) are never dropped, and keep their
unsent fields when fetched (as in `inbox.apply_rows`, invariant 10).
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, text
from sqlmodel import Session

from app.core.records import SYNCED_TYPES
from app.core.records.digest import Digest
from app.core.sync import outbox, syncstate
from app.core.sync.bulk import table_of
from app.core.sync.inbox import apply_rows, unsent_fields

# id → (record type, server version)
Inventory = dict[str, tuple[str, int]]
TABLES = {name: table_of(model).name for name, model in SYNCED_TYPES.items()}


@dataclass
class Plan:
    fetch: list[str] = field(default_factory=list)
    drop: list[tuple[str, str]] = field(default_factory=list)  # (type, id)


def held_digest(session: Session) -> Digest:
    row = session.execute(text("SELECT n, s FROM sync_digest WHERE k = 1")).first()
    return Digest(0, 0) if row is None else Digest(int(row[0]), int(row[1]))


def held(session: Session) -> Inventory:
    """Every synced row the device holds (tombstones included)."""
    found: Inventory = {}
    for record_type, table in TABLES.items():
        for record_id, version in session.execute(text(
                f'SELECT id, server_version FROM "{table}" '
                "WHERE server_version IS NOT NULL")):
            found[record_id] = (record_type, int(version))
    return found


def expected(inventory: Inventory) -> Digest:
    """The digest the device should hold: the server's rows of types it knows."""
    return Digest.of((i, v) for i, (t, v) in inventory.items() if t in SYNCED_TYPES)


def plan(session: Session, inventory: Inventory) -> Plan:
    mine = held(session)
    known = {i: v for i, (t, v) in inventory.items() if t in SYNCED_TYPES}
    out = Plan(fetch=[i for i, v in known.items() if mine.get(i, ("", None))[1] != v])
    extra = [i for i in mine if i not in known]
    unsent = unsent_fields(session, extra)
    # Nor a record an unsent change of another names (a family whose new member has
    # not gone out yet): the member would be left pointing at nothing.
    named = outbox.named_by_unsent(session) if extra else set()
    out.drop = [(mine[i][0], i) for i in extra if i not in unsent and i not in named]
    return out


def repair(session: Session, rows: list[dict[str, Any]], drop: list[tuple[str, str]]
           ) -> tuple[int, int]:
    """Take the server's `rows` and drop `drop`; returns (fetched, dropped)."""
    rows = [r for r in rows if r["type"] in SYNCED_TYPES]
    unsent = unsent_fields(session, [r["id"] for r in rows] + [i for _, i in drop])
    for rec in rows:
        if rec["id"] not in unsent:
            # The server's copy wins even over a higher (damaged) local version.
            session.execute(text(f'UPDATE "{TABLES[rec["type"]]}" SET server_version = NULL '
                                 "WHERE id = :id"), {"id": rec["id"]})
    apply_rows(session, rows)
    dropped = 0
    for record_type, record_id in drop:
        if record_id in unsent or record_type not in TABLES:
            continue
        done = session.execute(text(f'DELETE FROM "{TABLES[record_type]}" WHERE id = :id '
                                    "AND server_version IS NOT NULL"), {"id": record_id})
        dropped += cast(CursorResult[Any], done).rowcount
    return len(rows), dropped


def mark_verified(session: Session, when: datetime) -> None:
    syncstate.put(session, "verified_at", when.isoformat())


def verified_at(session: Session) -> datetime | None:
    value = syncstate.get(session, "verified_at")
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def server_behind(session: Session, digest: Digest) -> bool:
    """Whether the server has fewer versions than this device has received from it: it
    was restored from an older backup. The device then holds the only copy of what came
    after; a repair would overwrite or drop it, so none is made (and none is verified)."""
    return digest.head is not None and \
        int(syncstate.get(session, "seen_version", 0)) > digest.head
