"""Reading the outbox for a push and recording the server's answer per change.

applied / conflict → acked; rejected → kept with its reason in the "needs attention"
list (sync invariant 8); retry, or no answer at all → still pending, sent again later.
A rejected entry leaves that list only by the user's hand (app.core.sync.attention): resent
(superseded by a new entry) or dismissed. Every row stays, for the audit trail.
"""

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CursorResult, Result, Text, bindparam, cast, func, select, update
from sqlmodel import Session, col

from app.core.i18n import N_
from app.core.records import OutboxEntry
from app.core.rules.legal import CLOSE_NEEDS_FISCALIA
from app.core.store.database import Database
from app.core.sync.bulk import table_of

ACKED = ("applied", "conflict")
# Entry states: pending → acked | rejected; rejected → resent | dismissed.
PENDING, REJECTED, RESENT, DISMISSED = "pending", "rejected", "resent", "dismissed"
# Local changes the server has not taken: still to send, or refused and not acted on.
UNSENT = (PENDING, REJECTED)

# Words for the server's rejection codes, shown in the "needs attention" list.
REASON_MESSAGES = {
    "forbidden": N_("Your role may not make this change."),
    "out_of_scope": N_("The record belongs to a parish or case outside your territory."),
    "invalid": N_("The server found the data not valid."),
    "unknown_type": N_("The server does not know this kind of record; update the server."),
    "not_found": N_("The server does not have the record this change refers to."),
    "append_only": N_("This record cannot be changed; add a new entry instead."),
    "exists": N_("A record with the same identifier already exists on the server."),
    # Merged with another device's edit, the case would be closed unlawfully.
    "needs_fiscalia": CLOSE_NEEDS_FISCALIA,
    "not_mediable": N_("The case can no longer be mediated: a type of violence that must "
                       "be referred was added to it on another device. Refer the case."),
    # Another device moved the referral on first (the Consejo closed it, say).
    "step_order": N_("The referral had already moved on to another step on another device. "
                     "Look at its steps, and record this one again if it still applies."),
    # The server already applied another change under this change's number from this
    # device (a copy of the device's data synced before it): resending gives a new one.
    "seq_reused": N_("The server already received a different change with the same number "
                     "from this device. Resend it to keep it."),
    "too_long": N_("A text of the record is longer than the server accepts."),
    # An integer beyond 64 bits, which no device's store could hold.
    "out_of_range": N_("A number of the record is larger than the server accepts."),
    # The person's data was erased on the server (LOPDP); the change's values are gone.
    "erased": N_("The person's data was erased: this change cannot be kept. Dismiss it."),
}


def reason_message(code: str) -> str:
    """The English source text for a rejection code (translate it where it is shown)."""
    return REASON_MESSAGES.get(code, N_("The server refused the change."))


@dataclass(frozen=True)
class Answer:
    seq: int
    status: str
    reason: str = ""


def pending(db: Database, after_seq: int = 0, limit: int = 500,
            states: Sequence[str] = ("pending",)) -> list[Any]:
    """Pending entries (or those in `states`) as light rows (seq, record_type, record_id,
    op, fields, base_version)."""
    table = table_of(OutboxEntry)
    with db.read() as s:
        return list(s.execute(
            select(table.c.seq, table.c.record_type, table.c.record_id, table.c.op,
                   table.c.fields, table.c.base_version)
            .where(table.c.state.in_(states), table.c.seq > after_seq)
            .order_by(table.c.seq).limit(limit)))


def pending_wire(db: Database, after_seq: int, limit: int) -> list[tuple[int, str]]:
    """Pending entries as (seq, the change as the protocol's JSON), encoded by SQLite
    itself: a large push spends no Python time decoding and re-encoding the fields."""
    table = table_of(OutboxEntry)
    change = func.json_object(
        "seq", table.c.seq, "record_type", table.c.record_type,
        "record_id", table.c.record_id, "op", table.c.op,
        "fields", func.json(table.c.fields), "base_version", table.c.base_version)
    with db.read() as s:
        return [(row[0], row[1]) for row in s.execute(
            select(table.c.seq, change)
            .where(table.c.state == PENDING, table.c.seq > after_seq)
            .order_by(table.c.seq).limit(limit))]


def pending_count(db: Database) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(OutboxEntry)
                         .where(col(OutboxEntry.state) == "pending")).scalar_one()


def needs_attention(db: Database) -> list[OutboxEntry]:
    with db.read() as s:
        return list(s.execute(select(OutboxEntry).where(col(OutboxEntry.state) == "rejected")
                              .order_by(col(OutboxEntry.seq))).scalars())


def _rowcount(result: Result[Any]) -> int:
    # An UPDATE's result is always a CursorResult; Session.execute declares the base.
    assert isinstance(result, CursorResult)
    return result.rowcount


def record_answers(session: Session, answers: Iterable[Answer]) -> tuple[int, int]:
    """Mark entries acked or rejected; returns (acked, rejected). Replays change nothing."""
    answers = list(answers)
    acked = [{"b_seq": a.seq} for a in answers if a.status in ACKED]
    rejected = [{"b_seq": a.seq, "b_reason": a.reason} for a in answers
                if a.status == "rejected"]
    table = table_of(OutboxEntry)
    done_acked = done_rejected = 0
    if acked:
        # One statement over a JSON list of seqs: a thousand acks cost one step, not one
        # statement each.
        each = func.json_each(json.dumps([a["b_seq"] for a in acked])).table_valued("value")
        done_acked = _rowcount(session.execute(update(table).where(
            table.c.seq.in_(select(each.c.value)), table.c.state == PENDING)
            .values(state="acked")))
    if rejected:
        done_rejected = _rowcount(session.execute(
            update(table).where(table.c.seq == bindparam("b_seq"), table.c.state == "pending")
            .values(state="rejected", reason=bindparam("b_reason")), rejected))
    return done_acked, done_rejected


def unsent_of(session: Session, record_id: str) -> list[OutboxEntry]:
    """The record's pending and refused entries, oldest first."""
    return list(session.execute(select(OutboxEntry).where(
        col(OutboxEntry.record_id) == record_id, col(OutboxEntry.state).in_(UNSENT))
        .order_by(col(OutboxEntry.seq))).scalars())


def referred_by_others(session: Session, record_id: str) -> bool:
    """Whether an unsent change of another record names this record (a parent's id)."""
    table = table_of(OutboxEntry)
    return session.execute(select(table.c.seq).where(
        table.c.state.in_(UNSENT), table.c.record_id != record_id,
        cast(table.c.fields, Text).contains(f'"{record_id}"', autoescape=True)
    ).limit(1)).first() is not None


def named_by_unsent(session: Session) -> set[str]:
    """Every text an unsent change carries as a value (the ids of the records it names,
    a parent's among them): one read of the unsent entries, however many records ask."""
    table = table_of(OutboxEntry)
    named: set[str] = set()
    for (fields,) in session.execute(select(table.c.fields).where(table.c.state.in_(UNSENT))):
        for value in (fields or {}).values():
            items = value if isinstance(value, list) else [value]
            named.update(v for v in items if isinstance(v, str))
    return named


def set_state(session: Session, seqs: Iterable[int], state: str) -> None:
    table = table_of(OutboxEntry)
    session.execute(update(table).where(table.c.seq.in_(list(seqs))).values(state=state))
