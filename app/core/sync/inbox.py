"""Applying records pulled from the server (or from a USB answer bundle).

One call applies one page and stores its cursor in the same transaction, so an
interrupted pull resumes where it stopped (sync invariant 3). Pulled rows never create
outbox entries, and never overwrite a field that has an unsent local change (invariant
10): such a record only takes the fields the device has not changed. A change the server
refused counts as unsent until the user resends or dismisses it ("needs attention"), so
the values to resend stay. A row older than the local copy (by server version) is
ignored, so replaying an old answer changes nothing; a row of the same version replaces
a record without unsent changes, so a full resync brings back the server's copy of a
record whose refused change was dismissed.
"""

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, select
from sqlmodel import Session, col

from app.core.records import SYNCED_TYPES, OutboxEntry, SyncedRecord
from app.core.sync import erased, syncstate
from app.core.sync.bulk import Convert, converter, table_of, upsert_for
from app.core.sync.outbox import UNSENT

CHUNK = 500
WHOLE = "*"


def _plan(model: type[SyncedRecord]) -> list[tuple[str, Convert | None, Any]]:
    """Per field: its name, how to read it from the wire, and its default when missing."""
    return [(name, converter(info.annotation), info) for name, info in
            model.model_fields.items()]


PLANS = {name: _plan(model) for name, model in SYNCED_TYPES.items()}


def to_row(record_type: str, data: dict[str, Any], version: int, deleted: bool
           ) -> dict[str, Any]:
    """Wire data → column values (unknown fields from a newer server are dropped)."""
    row: dict[str, Any] = {}
    for name, convert, info in PLANS[record_type]:
        if name in data:
            value = data[name]
            row[name] = convert(value) if convert else value
        else:
            row[name] = info.get_default(call_default_factory=True)
    row["server_version"], row["deleted"] = version, deleted
    return row


def unsent_fields(session: Session, ids: list[str]) -> dict[str, set[str]]:
    """Per record id, the fields with unsent (pending or refused) local changes; WHOLE
    for a create or a delete."""
    found: dict[str, set[str]] = {}
    for start in range(0, len(ids), CHUNK):
        for entry in session.execute(select(col(OutboxEntry.record_id), col(OutboxEntry.op),
                                            col(OutboxEntry.fields)).where(
                col(OutboxEntry.state).in_(UNSENT),
                col(OutboxEntry.record_id).in_(ids[start:start + CHUNK]))):
            names = found.setdefault(entry.record_id, set())
            if entry.op == "update":
                names.update(entry.fields)
            else:
                names.add(WHOLE)
    return found


def _upsert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    upsert_for(session, MODELS[table.name]).rows(session, rows)


MODELS = {table_of(model).name: model for model in SYNCED_TYPES.values()}


def apply_page(session: Session, records: Iterable[dict[str, Any]], cursor: str) -> int:
    """Apply pulled rows `{type, id, version, deleted, data}` and store the cursor."""
    records = list(records)
    count = apply_rows(session, records)
    syncstate.set_cursor(session, cursor)
    # The highest version the server has sent: were it restored from an older backup,
    # the device would know (app.core.sync.verify.server_behind).
    top = max((r["version"] for r in records), default=0)
    if top > int(syncstate.get(session, "seen_version", 0)):
        syncstate.put(session, "seen_version", top)
    return count


def apply_rows(session: Session, records: Iterable[dict[str, Any]]) -> int:
    """Apply pulled rows, keeping fields with unsent local changes (no cursor)."""
    records = [r for r in records if r["type"] in SYNCED_TYPES]
    # An erased record's unsent changes go first: its tombstone replaces it whole.
    gone = erased.erased_ids(records)
    erased.forget(session, gone)
    local = unsent_fields(session, [r["id"] for r in records if r["id"] not in gone])
    by_type: dict[str, list[dict[str, Any]]] = {}
    partial: list[tuple[str, dict[str, Any], set[str]]] = []
    for rec in records:
        keep = local.get(rec["id"])
        if keep:
            row = to_row(rec["type"], rec["data"], rec["version"], rec["deleted"])
            row["id"] = rec["id"]
            partial.append((rec["type"], row, keep))
        else:
            by_type.setdefault(rec["type"], []).append(rec)
    for record_type, recs in by_type.items():
        model = SYNCED_TYPES[record_type]
        upsert_for(session, model).records(session, recs)
    for record_type, row, keep in partial:
        _merge_around_local(session, table_of(SYNCED_TYPES[record_type]), row, keep)
    erased.compact_index(session, gone)
    return len(records)


def _merge_around_local(session: Session, table: Table, row: dict[str, Any],
                        keep: set[str]) -> None:
    """A record with unsent local changes takes only the fields the device left alone."""
    exists = session.execute(select(table.c.id).where(table.c.id == row["id"])).first()
    if exists is None:
        if WHOLE not in keep:
            _upsert(session, table, [row])
        return
    if WHOLE in keep:
        # An unsent create or delete keeps the whole local record; only the version the
        # server holds is noted, so later edits are based on it.
        values = {"server_version": row["server_version"]}
    else:
        values = {k: v for k, v in row.items() if k not in keep and k != "id"}
    session.execute(table.update().where(
        table.c.id == row["id"],
        table.c.server_version.is_(None) | (table.c.server_version <= row["server_version"]),
    ).values(**values))
