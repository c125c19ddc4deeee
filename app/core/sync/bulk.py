"""Driver-level bulk upserts of pulled records (the hot path of a large first sync).

One INSERT … ON CONFLICT DO UPDATE per table, run as a single executemany. Each value goes
wire → Python (dates) → the column's own SQLAlchemy bind processor, so it is stored exactly
as the ORM stores it, without compiling a statement per row. A row never replaces a newer
local copy (by server version); one of the same version does, so a full resync restores
the server's copy of a record (callers keep records with unsent changes out of it).
"""

import functools
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table
from sqlmodel import Session, SQLModel

from app.core.records import SyncedRecord

Convert = Callable[[Any], Any]
SPECIAL = ("id", "server_version", "deleted")


def table_of(model: type[SQLModel]) -> Table:
    """The model's Core table (SQLModel declares `__table__` untyped)."""
    return typing.cast(Table, model.__table__)  # type: ignore[attr-defined]


def converter(annotation: Any) -> Convert | None:
    """How to read a wire value of this annotation (ISO text → date/datetime)."""
    args = typing.get_args(annotation) if isinstance(annotation, types.UnionType) or \
        typing.get_origin(annotation) is typing.Union else (annotation,)
    if datetime in args:
        return lambda v: v if v is None or isinstance(v, datetime) \
            else datetime.fromisoformat(v)
    if date in args:
        return lambda v: v if v is None or isinstance(v, date) else date.fromisoformat(v)
    return None


class Upsert:
    def __init__(self, model: type[SyncedRecord], dialect: Any) -> None:
        table = table_of(model)
        self.plan = []
        for column in table.columns:
            info = model.model_fields.get(column.name)
            self.plan.append((column.name, converter(info.annotation) if info else None,
                              column.type.bind_processor(dialect), info))
        # What a field missing from a pulled record is stored as: a plain default is
        # worked out (and bound) once; a factory (a new id, a time) runs per record.
        self.factories: dict[str, Callable[[], Any]] = {}
        self.constants: dict[str, Any] = {}
        for name, _convert, process, info in self.plan:
            if info is not None and info.default_factory is not None:
                self.factories[name] = functools.partial(info.get_default,
                                                         call_default_factory=True)
            else:
                value = None if info is None or info.is_required() else info.get_default()
                self.constants[name] = process(value) if process is not None else value
        names = ", ".join(f'"{c.name}"' for c in table.columns)
        updates = ", ".join(f'"{c.name}" = excluded."{c.name}"' for c in table.columns
                            if c.name != "id")
        self.sql = (f'INSERT INTO "{table.name}" ({names}) VALUES '
                    f'({", ".join("?" for _ in table.columns)}) ON CONFLICT(id) DO UPDATE '
                    f'SET {updates} WHERE "{table.name}".server_version IS NULL OR '
                    f'excluded.server_version >= "{table.name}".server_version')

    def records(self, session: Session, records: list[dict[str, Any]]) -> None:
        """Pulled records `{id, version, deleted, data}` straight to the table."""
        params = []
        for rec in records:
            data = rec["data"]
            special = {"id": rec["id"], "server_version": rec["version"],
                       "deleted": rec["deleted"]}
            values = []
            for name, convert, process, _info in self.plan:
                if name in special:
                    value = special[name]
                elif name in data:
                    value = data[name]
                    if convert is not None:
                        value = convert(value)
                elif name in self.constants:
                    values.append(self.constants[name])
                    continue
                else:
                    value = self.factories[name]()
                values.append(process(value) if process is not None else value)
            params.append(tuple(values))
        session.connection().exec_driver_sql(self.sql, params)

    def rows(self, session: Session, rows: list[dict[str, Any]]) -> None:
        """Rows already holding Python values per column."""
        params = [tuple(process(row.get(name)) if process is not None else row.get(name)
                        for name, _convert, process, _info in self.plan) for row in rows]
        session.connection().exec_driver_sql(self.sql, params)


@functools.cache
def _prepared(model: type[SyncedRecord], dialect_name: str, dialect: Any) -> Upsert:
    return Upsert(model, dialect)


def upsert_for(session: Session, model: type[SyncedRecord]) -> Upsert:
    """The prepared upsert of a record type (a pure function of the schema, memoised)."""
    dialect = session.get_bind().dialect
    return _prepared(model, dialect.name, dialect)
