"""Applying one change to one document: validation and field-level merge.

Each field remembers the (version, device) of its last change. An update based on
version b changes field f freely unless another device changed f after b; then, if the
values differ, the server keeps its value and both values go into a conflict record
(sync invariant 5). Ordering uses server versions only, never device clocks (invariant 6).
An edit against a tombstone is a conflict, never a resurrection (invariant 7).
"""

import functools
import json
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationError, create_model
from pydantic import Field as PydanticField

from app.core.records import SYNCED_TYPES, SyncedRecord, content_fields
from app.core.records.limits import content_names, too_long
from sync.protocol import Change
from sync.server.scope import Scope

# Metadata stamps the server sets itself; a client cannot forge who or when.
STAMPS = ("created_by", "created_device", "created_at", "updated_by", "updated_device",
          "updated_at")
DELETED = "deleted"


@dataclass
class Doc:
    """A document as the batch sees it; `version` None until the batch commits."""

    id: str
    type: str
    data: dict[str, Any]
    meta: dict[str, list[Any]]
    deleted: bool
    scope: Scope
    version: int | None
    exists: bool = True
    dirty: bool = False
    # The stored JSON of `data` while it is unchanged (saves re-encoding on write).
    text: str | None = None
    # A new record's content as validated from the push (its stamps aside): the record
    # rules read it instead of validating `data` again.
    record: Any = None

    @classmethod
    def from_row(cls, row: Any) -> "Doc":
        """A stored row of `docs` (its field stamps empty when the query left them out)."""
        meta = getattr(row, "field_meta", None)
        return cls(row.id, row.type, json.loads(row.data), dict(meta or {}), row.deleted,
                   Scope(row.parish, row.case_id, row.junta, row.holder), row.version,
                   text=row.data)


@dataclass
class Outcome:
    status: str
    reason: str = ""
    conflicts: list[tuple[str, Any, Any]] = field(default_factory=list)


class Invalid(Exception):
    """A change the record definitions refuse; `reason` is its rejection code."""

    def __init__(self, detail: str = "", reason: str = "invalid") -> None:
        super().__init__(detail)
        self.reason = reason


class WireRecord(BaseModel):
    # NaN and Infinity are no JSON: strict parsers on other devices would fail on them.
    model_config = ConfigDict(allow_inf_nan=False)
    record_type: ClassVar[str] = ""


def wire_model(model: type[SyncedRecord]) -> type[WireRecord]:
    """A plain pydantic twin of a table model: the same fields and rules, validated
    without SQLAlchemy instrumentation (many times faster on large pushes); the record
    rules read it like the table model."""
    fields: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if name == "server_version":
            continue
        annotation = Annotated[info.annotation, *info.metadata] if info.metadata \
            else info.annotation
        if info.default_factory is not None:
            fields[name] = (annotation, PydanticField(default_factory=info.default_factory))
        elif info.is_required():
            fields[name] = (annotation, ...)
        else:
            fields[name] = (annotation, info.default)
    wire = create_model(f"{model.__name__}Wire", __base__=WireRecord, **fields)
    wire.record_type = model.record_type  # what the record rules dispatch on
    return wire


WIRE = {name: wire_model(model) for name, model in SYNCED_TYPES.items()}
CONTENT = {name: frozenset(content_fields(model)) for name, model in SYNCED_TYPES.items()}
NAMES = {name: content_names(model) for name, model in SYNCED_TYPES.items()}


# Fields typed Any (a conflict's values) are not checked by the model: walked instead.
FREE_FORM = {name: frozenset(n for n, f in model.model_fields.items() if f.annotation is Any)
             for name, model in SYNCED_TYPES.items()}


def finite(value: Any) -> bool:
    """No NaN or infinity anywhere inside a JSON value."""
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(finite(v) for v in value.values())
    if isinstance(value, list):
        return all(finite(v) for v in value)
    return True


# Every store holding a record reads an integer as signed 64 bits: a device's SQLite
# store fails to insert a larger one (OverflowError), so the pull serving it would fail
# on every device in the record's scope, again at each sync.
INT64 = range(-(2 ** 63), 2 ** 63)
OUT_OF_RANGE = "out_of_range"


def in_int64(value: Any) -> bool:
    """No integer outside the signed 64-bit range anywhere inside a JSON value."""
    if isinstance(value, int):
        return value in INT64
    if isinstance(value, dict):
        return all(in_int64(v) for v in value.values())
    if isinstance(value, list):
        return all(in_int64(v) for v in value)
    return True


def validate(model: type[SyncedRecord], data: dict[str, Any]) -> dict[str, Any]:
    return validated(model, data)[0]


def validated(model: type[SyncedRecord], data: dict[str, Any]
              ) -> tuple[dict[str, Any], WireRecord]:
    """The stored form of `data`, and the record it was read as (which the record rules
    can check without reading it again)."""
    try:
        record = WIRE[model.record_type].model_validate(data)
    except (ValidationError, ValueError, TypeError) as exc:
        raise Invalid(str(exc)) from None
    if not all(finite(data.get(name)) for name in FREE_FORM[model.record_type]):
        raise Invalid("not a finite number")
    if too_long(model.record_type, data, NAMES[model.record_type]):
        raise Invalid("over a size limit", "too_long")
    stored = record.model_dump(mode="json")
    # The stored form, not `data`: a typed field reads "99999999999999999999" as a number.
    if not in_int64(stored):
        raise Invalid("an integer beyond 64 bits", OUT_OF_RANGE)
    return stored, record


@dataclass(frozen=True)
class Author:
    """Who makes the changes of one batch, and the server's clock for all of them."""

    username: str
    device: str
    moment: datetime

    @functools.cached_property
    def at(self) -> str:  # every record of the batch is stamped with it
        return self.moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def stamp(data: dict[str, Any], author: Author, created: bool) -> None:
    data.update(updated_by=author.username, updated_device=author.device,
                updated_at=author.at)
    if created:
        data.update(created_by=author.username, created_device=author.device,
                    created_at=author.at)


def create(change: Change, author: Author) -> tuple[dict[str, Any], WireRecord]:
    """A new record's stored data, and its content as read (without the stamps)."""
    model = SYNCED_TYPES[change.record_type]
    unknown = change.fields.keys() - CONTENT[change.record_type]
    if unknown:
        raise Invalid(f"unknown fields {sorted(unknown)}")
    data, record = validated(model, {**change.fields, "id": change.record_id})
    stamp(data, author, created=True)
    return data, record


def update(doc: Doc, change: Change, author: Author) -> Outcome:
    """Merge a field patch into `doc` in place."""
    model = SYNCED_TYPES[doc.type]
    if model.append_only:
        return Outcome("rejected", "append_only")
    if change.fields.keys() - CONTENT[doc.type]:
        raise Invalid("unknown fields")
    if doc.deleted:
        return Outcome("conflict", conflicts=[("", None, change.fields)])
    merged = validate(model, {**doc.data, **change.fields})
    base = change.base_version or 0
    conflicts: list[tuple[str, Any, Any]] = []
    changed = False
    for name in change.fields:
        new, current = merged[name], doc.data.get(name)
        if new == current:
            continue
        last = doc.meta.get(name)
        if last and last[0] is not None and last[0] > base and last[1] != author.device \
                and doc.type != "conflict":
            conflicts.append((name, current, new))
            continue
        doc.data[name] = new
        doc.meta[name] = [None, author.device]
        changed = True
    if changed:
        stamp(doc.data, author, created=False)
        doc.dirty, doc.text = True, None
    return Outcome("conflict" if conflicts else "applied", conflicts=conflicts)


def delete(doc: Doc, author: Author) -> Outcome:
    if SYNCED_TYPES[doc.type].append_only:
        return Outcome("rejected", "append_only")
    if not doc.deleted:
        doc.deleted = True
        doc.data[DELETED] = True
        doc.meta[DELETED] = [None, author.device]
        stamp(doc.data, author, created=False)
        doc.dirty, doc.text = True, None
    return Outcome("applied")
