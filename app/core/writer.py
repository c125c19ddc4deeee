"""The only way records are written: record, outbox entry and audit event in one transaction.

Every service goes through `RecordWriter`, so the sync invariant "a local write and its
outbox entry commit together, with a gap-free per-device sequence" holds by construction.
"""

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import delete, insert, select, text, update
from sqlmodel import Session, col

from app.core.actor import Actor
from app.core.clock import Clock
from app.core.ids import new_id
from app.core.records import AuditEvent, OutboxEntry, SyncedRecord, content_fields
from app.core.records.cases import RECORDED_AT

R = TypeVar("R", bound=SyncedRecord)


class RecordNotFound(LookupError):
    pass


class AppendOnlyViolation(Exception):
    pass


def allocate(session: Session, column: str, count: int) -> int:
    """Reserve `count` consecutive numbers from the device counter; returns the first."""
    last = session.execute(
        text(f"UPDATE device_state SET {column} = {column} + :n WHERE id = 1 "
             f"RETURNING {column}"),
        {"n": count},
    ).scalar_one()
    return last - count


class RecordWriter:
    def __init__(self, actor: Actor, clock: Clock) -> None:
        self.actor, self.clock = actor, clock

    def create(self, session: Session, record: R) -> R:
        self.create_many(session, [record])
        return record

    def create_many(self, session: Session, records: Sequence[SyncedRecord]) -> None:
        """Insert records of any types; bulk statements per type keep imports fast."""
        if not records:
            return
        now = self.clock.now()
        for rec in records:
            rec.created_by = rec.updated_by = self.actor.username
            rec.created_device = rec.updated_device = self.actor.device_id
            rec.created_at = rec.updated_at = now
            # A log entry's own moment travels as content (records.cases.RECORDED_AT).
            if getattr(rec, RECORDED_AT, False) is None:
                setattr(rec, RECORDED_AT, now)
        by_type: dict[type[SyncedRecord], list[dict[str, Any]]] = {}
        for rec in records:
            by_type.setdefault(type(rec), []).append(rec.model_dump())
        for model, rows in by_type.items():
            session.execute(insert(model), rows)
        self._log(session, [(rec, "create", _content(rec)) for rec in records])

    def update(self, session: Session, model: type[R], record_id: str,
               changes: dict[str, Any]) -> R:
        """Patch fields; only fields whose value really changes reach the outbox."""
        if model.append_only:
            raise AppendOnlyViolation(model.record_type)
        current = self.get(session, model, record_id)
        allowed = set(content_fields(model))
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        patch = {k: v for k, v in changes.items() if getattr(current, k) != v}
        if not patch:
            return current
        stamp = {"updated_by": self.actor.username, "updated_device": self.actor.device_id,
                 "updated_at": self.clock.now()}
        session.execute(update(model).where(col(model.id) == record_id).values(**patch, **stamp))
        updated = current.model_copy(update={**patch, **stamp})
        self._log(session, [(updated, "update", {k: _wire(v) for k, v in patch.items()})],
                  base_version=current.server_version)
        return updated

    def delete(self, session: Session, model: type[SyncedRecord], record_id: str) -> None:
        """A tombstone, so that the delete reaches every device."""
        if model.append_only:
            raise AppendOnlyViolation(model.record_type)
        current = self.get(session, model, record_id)
        session.execute(update(model).where(col(model.id) == record_id).values(
            deleted=True, updated_by=self.actor.username,
            updated_device=self.actor.device_id, updated_at=self.clock.now()))
        self._log(session, [(current, "delete", {})], base_version=current.server_version)

    def resend(self, session: Session, record: SyncedRecord, op: str,
               names: Sequence[str] = (), base_version: int | None = None) -> int:
        """Queue a refused change again with the record's current values; returns its seq.

        A create carries every content field, an update the `names` given, a delete
        nothing. An update or delete keeps the base of the change it replaces: pulls
        since then moved the record's version on while the refused fields stayed, so a
        newer base would hide another device's edit of those fields (invariant 5).
        """
        if op == "create":
            fields, base = _content(record), None
        else:
            editable = set(content_fields(type(record)))
            fields = {n: _wire(getattr(record, n)) for n in names if n in editable} \
                if op == "update" else {}
            base = base_version
        return self._log(session, [(record, op, fields)], base_version=base, action="resend")

    def discard(self, session: Session, model: type[SyncedRecord], record_id: str) -> None:
        """Remove a record the server never had (a refused create given up): no outbox
        entry, as no other device knows it; an audit event, as for every write."""
        session.execute(delete(model).where(col(model.id) == record_id))
        self.audit(session, "remove", model.record_type, record_id)

    def audit(self, session: Session, action: str, record_type: str, record_id: str,
              fields: Sequence[str] = ()) -> None:
        """Record a non-writing action (a case opened, an export made)."""
        seq = allocate(session, "next_audit_seq", 1)
        session.execute(insert(AuditEvent), [self._audit_row(seq, action, record_type,
                                                             record_id, list(fields))])

    @staticmethod
    def get(session: Session, model: type[R], record_id: str) -> R:
        record = session.execute(select(model).where(col(model.id) == record_id)
                                 ).scalar_one_or_none()
        if record is None or record.deleted:
            raise RecordNotFound(record_id)
        return record

    def _log(self, session: Session, entries: list[tuple[SyncedRecord, str, dict]],
             base_version: int | None = None, action: str = "") -> int:
        """Outbox entries and their audit events (action: the op unless given); returns
        the first sequence number."""
        now = self.clock.now()
        seq = allocate(session, "next_seq", len(entries))
        audit_seq = allocate(session, "next_audit_seq", len(entries))
        session.execute(insert(OutboxEntry), [
            {"seq": seq + i, "record_type": rec.record_type, "record_id": rec.id, "op": op,
             "fields": fields, "base_version": base_version, "created_at": now,
             "state": "pending", "reason": ""}
            for i, (rec, op, fields) in enumerate(entries)
        ])
        session.execute(insert(AuditEvent), [
            self._audit_row(audit_seq + i, action or op, rec.record_type, rec.id,
                            sorted(fields))
            for i, (rec, op, fields) in enumerate(entries)
        ])
        return seq

    def _audit_row(self, seq: int, action: str, record_type: str, record_id: str,
                   fields: list[str]) -> dict[str, Any]:
        return {"seq": seq, "id": new_id(), "at": self.clock.now(), "actor": self.actor.username,
                "device": self.actor.device_id, "action": action,
                "record_type": record_type, "record_id": record_id, "fields": fields}


def _content(record: SyncedRecord) -> dict[str, Any]:
    """Every content field of a record, as a create carries it."""
    return {f: _wire(getattr(record, f)) for f in content_fields(type(record))}


def _wire(value: Any) -> Any:
    """A JSON-ready value for the outbox (dates as ISO text)."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
