"""Tables that never leave the device as records: outbox, audit trail, device state, drafts."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlmodel import Field, SQLModel

from app.core.clock import UNSTAMPED
from app.core.ids import new_id


class DeviceState(SQLModel, table=True):
    __tablename__ = "device_state"

    id: int = Field(default=1, primary_key=True)
    device_id: str = Field(default_factory=new_id)
    # Next outbox sequence number; allocated inside the writing transaction, so gap-free.
    next_seq: int = 1
    next_audit_seq: int = 1


class OutboxEntry(SQLModel, table=True):
    __tablename__ = "outbox"

    seq: int = Field(primary_key=True)
    record_type: str
    record_id: str = Field(index=True)
    op: str  # create | update | delete
    fields: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    base_version: int | None = None
    created_at: datetime = UNSTAMPED
    # pending → acked, or rejected (kept, shown under "needs attention"); rejected →
    # resent (superseded by a new entry) or dismissed. See app.core.sync.outbox.
    state: str = Field(default="pending", index=True)
    reason: str = ""


class AuditEvent(SQLModel, table=True):
    """Who did or viewed what, and which fields — never their values."""

    __tablename__ = "audit_event"

    seq: int = Field(primary_key=True)
    id: str = Field(default_factory=new_id, unique=True)
    at: datetime = UNSTAMPED
    actor: str
    device: str
    action: str  # create | update | delete | view | export | resend | dismiss | remove
    record_type: str
    record_id: str = Field(index=True)
    fields: list[str] = Field(default_factory=list, sa_type=JSON)


class Draft(SQLModel, table=True):
    """Autosaved contents of an open form, offered back after a crash."""

    __tablename__ = "draft"

    key: str = Field(primary_key=True)
    username: str = Field(index=True)
    form: str
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    saved_at: datetime = UNSTAMPED


class Setting(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: Any = Field(default=None, sa_type=JSON)


class AnswerSeen(SQLModel, table=True):
    """An institution's answer to a referral that this user has read: Inicio's "new
    answers" lists the others. Local and per user: reading is nobody else's business."""

    __tablename__ = "answer_seen"

    username: str = Field(primary_key=True)
    step_id: str = Field(primary_key=True)  # a referral_status id


class SyncDigest(SQLModel, table=True):
    """The running digest of the synced rows this device holds (records/digest.py): one
    row, kept by triggers on every synced table (migration 0006), so that damage done
    behind the app's back shows too."""

    __tablename__ = "sync_digest"

    k: int = Field(default=1, primary_key=True)
    n: int = 0
    s: int = 0
