"""Fields every synced record carries, and the record registry."""

from datetime import datetime
from typing import Any, ClassVar

from sqlmodel import Field, SQLModel

from app.core.clock import UNSTAMPED
from app.core.ids import new_id


class SyncedRecord(SQLModel):
    """Base of every record that travels between devices and the server."""

    # The wire name of the record type, e.g. "person".
    record_type: ClassVar[str]
    # Log-like records are never updated: corrections are new entries.
    append_only: ClassVar[bool] = False

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    server_version: int | None = Field(default=None, index=True)
    created_by: str = ""
    created_device: str = ""
    created_at: datetime = UNSTAMPED
    updated_by: str = ""
    updated_device: str = ""
    updated_at: datetime = UNSTAMPED
    deleted: bool = False


SYSTEM_FIELDS = frozenset(SyncedRecord.model_fields)


def content_fields(model: type[SyncedRecord]) -> list[str]:
    """The fields a user edits: everything but identity, stamps and tombstone."""
    return [name for name in model.model_fields if name not in SYSTEM_FIELDS]


def to_wire(record: SyncedRecord) -> dict[str, Any]:
    return record.model_dump(mode="json")
