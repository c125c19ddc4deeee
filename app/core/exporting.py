"""JSON Lines export of every record (the same shape the server exports)."""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.core.files import atomic_open
from app.core.records import SYNCED_TYPES, to_wire
from app.core.store.database import Database
from app.core.writer import RecordWriter

CHUNK = 2000


def iter_records(db: Database) -> Iterator[dict[str, Any]]:
    """Every synced record, tombstones included, as wire dicts with a `type` key."""
    with db.read() as s:
        for record_type, model in SYNCED_TYPES.items():
            result = s.execute(select(model).order_by(model.id)
                               .execution_options(yield_per=CHUNK))
            for record in result.scalars():
                yield {"type": record_type, **to_wire(record)}


def export_jsonl(db: Database, writer: RecordWriter, out: Path) -> int:
    """Write atomically: a failed export never leaves a half file under the chosen name."""
    count = 0
    with atomic_open(out) as fh:
        for row in iter_records(db):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    with db.write() as s:
        writer.audit(s, "export", "all", str(out.name))
    return count
