"""The devices' own audit events on the server: who opened, printed or exported which
record, when, on which device (LOPDP: who saw a child's data).

A device sends its events after its changes, over HTTP or in a USB bundle; each is kept
once (keyed by its id: a replayed upload stores nothing twice) with the device that sent
it. An event about a record outside the sender's scope is refused, so that no device can
write into another parish's access log. Events carry no values, only which record.

The actor is the device's user, never a name the device chooses: a device id belongs to
the one user who enrolled it (auth.py), the user its token speaks for, so an event naming
anybody else is kept under that user with the name it claimed beside it (`claimed_actor`),
and no device can blame another user in the access log.
"""

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, select
from sqlalchemy.dialects import postgresql, sqlite

from app.core.ids import is_id
from sync.protocol import DeviceEvent
from sync.server.naming import naming
from sync.server.schema import device_audit, devices, docs
from sync.server.scope import Principal, Scope, may_read
from sync.server.store import ServerStore

CHUNK = 500


@dataclass(frozen=True)
class Access:
    at: datetime
    username: str
    device_id: str
    device_name: str
    action: str
    record_type: str
    record_id: str
    claimed_actor: str = ""  # the other name the device sent, when it sent one


def store_events(store: ServerStore, who: Principal, events: Sequence[DeviceEvent]
                 ) -> tuple[int, int]:
    """Keep the events this device may report; returns (accepted, refused)."""
    if not events:
        return 0, 0
    now = store.clock.now()
    with store.write() as conn:
        readable = _readable(conn, who, store,
                             {e.record_id for e in events if is_id(e.record_id)})
        rows = [{"id": e.id, "device_id": who.device_id, "username": who.username,
                 "claimed_actor": _claimed(e.actor, who),
                 "at": e.at if e.at.tzinfo else e.at.replace(tzinfo=UTC),
                 "action": e.action, "record_type": e.record_type,
                 "record_id": e.record_id, "received_at": now}
                for e in events if _allowed(e, readable)]
        dialect = sqlite if store.is_sqlite else postgresql
        for start in range(0, len(rows), CHUNK):  # SQLite's limit of bound values
            conn.execute(dialect.insert(device_audit).values(rows[start:start + CHUNK])
                         .on_conflict_do_nothing(index_elements=["id"]))
    return len(rows), len(events) - len(rows)


def _claimed(actor: str, who: Principal) -> str:
    """The actor the device sent when it is not the device's user, else "".

    Such an event is kept, not refused: it still says that this device opened, printed or
    exported the record, which the access log must not lose (a refused event is never
    sent again), and the device's user answers for what their device does. Naming it
    after them, with the claim beside it, shows the Consejo a forgery (or a laptop used
    by someone else) instead of hiding it."""
    name = actor.strip().lower()
    return "" if name == who.username else name


def _allowed(event: DeviceEvent, readable: dict[str, bool]) -> bool:
    if not is_id(event.id) or (event.record_id and not is_id(event.record_id)):
        return False
    # A record the server never received (a refused create given up) names nobody's data.
    return readable.get(event.record_id, True) if event.record_id else True


def _readable(conn: Connection, who: Principal, store: ServerStore, ids: set[str]
              ) -> dict[str, bool]:
    found: dict[str, bool] = {}
    wanted = sorted(ids)
    for start in range(0, len(wanted), CHUNK):
        for row in conn.execute(select(docs.c.id, docs.c.type, docs.c.parish,
                                       docs.c.case_id, docs.c.junta, docs.c.holder)
                                .where(store.one_of(docs.c.id, wanted[start:start + CHUNK]))):
            found[row.id] = may_read(who, Scope(row.parish, row.case_id, row.junta, row.holder),
                                   row.type)
    return found


def about(conn: Connection, record_ids: Iterable[str], limit: int = 5000,
          username: str = "") -> list[Access]:
    """The device events about these records (any record when none is given, then
    `username`'s), newest first, with the device's name."""
    ids = sorted({i for i in record_ids if i})
    query = (select(device_audit, devices.c.name.label("device_name"))
             .outerjoin(devices, devices.c.id == device_audit.c.device_id)
             .order_by(device_audit.c.at.desc(), device_audit.c.id.desc()).limit(limit))
    if ids:
        query = query.where(device_audit.c.record_id.in_(ids))
    if username:
        query = query.where(device_audit.c.username == username.strip().lower())
    if not ids and not username:
        return []
    return [Access(_aware(r.at), r.username, r.device_id, r.device_name or "", r.action,
                   r.record_type, r.record_id, r.claimed_actor) for r in conn.execute(query)]


def related_ids(conn: Connection, record_id: str) -> list[str]:
    """A record and what its access log covers: for a person, their family's page and
    the cases naming them; for a case, its own id; and for those cases what was printed
    of them (a referral, a visit record, a mediation record)."""
    row = conn.execute(select(docs.c.type, docs.c.data).where(docs.c.id == record_id)).first()
    if row is None:
        return [record_id]
    person = row.type == "person"
    cases = [record_id] if row.type == "case" else \
        [c.id for c in naming(conn, "case", "affected_person_ids", record_id, live=True)] \
        if person else []
    home = [str(json.loads(row.data).get("household_id") or "")] if person else []
    parts = [r.id for r in conn.execute(select(docs.c.id).where(docs.c.case_id.in_(cases)))] \
        if cases else []
    return list(dict.fromkeys(x for x in [record_id, *home, *cases, *parts] if x))


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)  # SQLite drops the zone
