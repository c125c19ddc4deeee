"""Records the sync itself produces: conflicts between concurrent edits."""

from typing import Any, ClassVar

from sqlalchemy import JSON
from sqlmodel import Field

from app.core.records.base import SyncedRecord


class Conflict(SyncedRecord, table=True):
    """Two values for one field (or an edit of a deleted record), both kept.

    The server creates it when a change based on an older version touches a field that
    another device changed meanwhile: `kept_value` is what the record holds, `other_value`
    the edit that was not applied. Resolving it (keeping one value or entering another)
    updates the record and marks this conflict resolved: both are ordinary synced changes.
    """

    __tablename__ = "conflict"
    record_type: ClassVar[str] = "conflict"
    personal_fields: ClassVar[frozenset[str]] = frozenset(
        {"kept_value", "other_value", "resolution"})

    target_type: str
    target_id: str = Field(index=True)
    # "" when the edit arrived after the record was deleted: `other_value` holds the patch.
    field: str = ""
    # Nullable, as migration 0003 made them: a value may be absent (tests/test_schema_drift).
    kept_value: Any = Field(default=None, sa_type=JSON, nullable=True)
    other_value: Any = Field(default=None, sa_type=JSON, nullable=True)
    other_by: str = ""
    other_device: str = ""
    resolved: bool = Field(default=False, index=True)
    resolution: Any = Field(default=None, sa_type=JSON, nullable=True)
