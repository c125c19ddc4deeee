"""The device's audit events that go to the server: who opened, printed or exported
which record (the server knows the writes already, from the pushes).

Sent after the changes at each sync, and in USB bundles; a cursor (the last sent
event's seq) commits when the server has answered for them, so a lost answer sends them
again and the server keeps each once. Only which record: an event naming a file or a
report instead of a record id (an export's file name could hold a name) goes without it.
"""

from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from app.core.ids import is_id
from app.core.records import AuditEvent
from app.core.store.database import Database
from app.core.sync import syncstate

SHARED_ACTIONS = ("view", "print", "export")
CURSOR = "audit_sent"


def sent_upto(session: Session) -> int:
    return int(syncstate.get(session, CURSOR, 0))


def mark_sent(session: Session, seq: int) -> None:
    """Move the cursor on (never back: an older bundle's answer imported late)."""
    if seq > sent_upto(session):
        syncstate.put(session, CURSOR, seq)


def unsent(db: Database, limit: int, after: int | None = None) -> list[dict[str, Any]]:
    """The next events to send, oldest first, in the wire shape of `DeviceEvent`."""
    with db.read() as s:
        start = sent_upto(s) if after is None else after
        rows = s.execute(select(AuditEvent).where(
            col(AuditEvent.seq) > start, col(AuditEvent.action).in_(SHARED_ACTIONS))
            .order_by(col(AuditEvent.seq)).limit(limit)).scalars().all()
        return [wire(e) for e in rows]


def wire(event: AuditEvent) -> dict[str, Any]:
    return {"id": event.id, "seq": event.seq, "at": event.at.isoformat(),
            "actor": event.actor, "action": event.action,
            "record_type": event.record_type[:40],
            "record_id": event.record_id if is_id(event.record_id) else ""}
