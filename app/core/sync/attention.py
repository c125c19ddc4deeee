"""Acting on the changes the server refused ("Necesitan atención", sync invariant 8).

Resend, once the cause is gone (the record corrected, or the Consejo fixed the user's
territory or role): the refused entry is marked resent and a new entry, with the next
gap-free sequence number, is written in the same transaction; the next sync sends it.
It carries the record as it is now: a create every content field (edits made since are
included), an update the same field names with their current values against the server
version the device holds now, a delete a delete. A resent create also supersedes the
record's later unsent entries (their values travel in it; sent alone first, they would
be refused again as "not found").

Dismiss, when the user gives the change up. Nothing may keep showing data the server never
accepted:
- a refused create: the record is removed from this device (no outbox entry: no one else
  has it; its search rows go with it by trigger), with every unsent entry of it. Refused
  while an unsent change of another record names it (a person of a family that was never
  accepted): those go first, or they would point at nothing. A create refused as
  "exists" also asks for a full resync, to bring the server's record of that id back.
- a refused update or delete: the next pull is a full resync, which gives the record the
  server's copy (app.core.sync.inbox replaces a record without unsent changes); fields with
  other unsent changes keep them (invariant 10). A record that has left the user's scope
  is not sent again by the server and so keeps its local values.
An update or delete whose record's own create is still unsent is neither resent nor
dismissed: the server has no copy yet, so that create is acted on first (resending it
carries the update). Every row stays in the outbox, and each action is audited (who,
when, record, field names; never values).
"""

from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from app.core.errors import UserError
from app.core.i18n import N_
from app.core.records import PARENTS, SYNCED_TYPES, OutboxEntry, SyncedRecord
from app.core.store.database import Database
from app.core.sync import outbox, syncstate
from app.core.writer import RecordWriter

# A record's page in the desktop: the field naming its parent, and the parent's type.
PAGES = ("case", "household")


class AttentionError(UserError):
    pass


@dataclass(frozen=True)
class Dismissal:
    removed: bool  # a refused create: the record left this device
    resync: bool  # the next synchronisation receives the server's copy again


class AttentionService:
    def __init__(self, db: Database, writer: RecordWriter) -> None:
        self.db, self.writer = db, writer

    def resend(self, seq: int) -> int:
        """Queue a refused change again; returns the new entry's sequence number."""
        with self.db.write() as s:
            entry = _refused(s, seq)
            _check_created(s, entry)
            record = _record(s, entry.record_type, entry.record_id)
            if record is None or (record.deleted and entry.op != "delete"):
                raise AttentionError(N_("The record of this change is no longer on this "
                                        "device: dismiss the change instead."))
            superseded = [entry.seq]
            if entry.op == "create":
                superseded = [e.seq for e in outbox.unsent_of(s, entry.record_id)]
            outbox.set_state(s, superseded, outbox.RESENT)
            return self.writer.resend(s, record, entry.op, list(entry.fields),
                                      entry.base_version)

    def dismiss(self, seq: int) -> Dismissal:
        """Give a refused change up (see the module's notes for what happens)."""
        with self.db.write() as s:
            entry = _refused(s, seq)
            if entry.op != "create":
                _check_created(s, entry)
                self._dismiss(s, [entry])
                syncstate.request_resync(s)
                return Dismissal(removed=False, resync=True)
            if outbox.referred_by_others(s, entry.record_id):
                raise AttentionError(N_(
                    "Other changes not yet accepted by the server refer to this record "
                    "(for example the persons of a family): synchronise, then resend or "
                    "dismiss those first."))
            self._dismiss(s, outbox.unsent_of(s, entry.record_id))
            model = SYNCED_TYPES.get(entry.record_type)
            if model is not None:
                self.writer.discard(s, model, entry.record_id)
            resync = entry.reason == "exists"
            if resync:
                syncstate.request_resync(s)
            return Dismissal(removed=True, resync=resync)

    def page_of(self, record_type: str, record_id: str) -> tuple[str, str] | None:
        """The page that shows a record: ("case" | "household", id), or None."""
        with self.db.read() as s:
            for _ in range(4):
                record = _record(s, record_type, record_id)
                if record is None or record.deleted:
                    return None
                if record_type in PAGES:
                    return record_type, record_id
                parent = next(((kind, getattr(record, name)) for name, kind
                               in PARENTS.get(record_type, ()) if getattr(record, name)),
                              None)
                if parent is None:
                    return None
                record_type, record_id = parent
        return None

    def _dismiss(self, session: Session, entries: list[OutboxEntry]) -> None:
        outbox.set_state(session, [e.seq for e in entries], outbox.DISMISSED)
        for e in entries:
            self.writer.audit(session, "dismiss", e.record_type, e.record_id,
                              sorted(e.fields))


def _refused(session: Session, seq: int) -> OutboxEntry:
    entry = session.get(OutboxEntry, seq)
    if entry is None or entry.state != outbox.REJECTED:
        raise AttentionError(N_("This change was already resent or dismissed."))
    return entry


def _check_created(session: Session, entry: OutboxEntry) -> None:
    """An update or delete waits for its record's refused create to be acted on."""
    if entry.op != "create" and any(e.op == "create"
                                    for e in outbox.unsent_of(session, entry.record_id)):
        raise AttentionError(N_("The server does not have this record yet: resend or "
                                "dismiss the change that creates it first."))


def _record(session: Session, record_type: str, record_id: str) -> SyncedRecord | None:
    model = SYNCED_TYPES.get(record_type)
    if model is None:
        return None
    return session.execute(select(model).where(col(model.id) == record_id)).scalar_one_or_none()
