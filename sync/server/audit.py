"""The server's audit trail: who sent and who received which records, never their content;
and the account events (enrollments and refusals, failed logins with their source
address, revocations, unlocks).

Each push and each pulled page is one row: the record ids and a count per type (and per
result for pushes). After a lost laptop, `defensoria-server audit --record ID` tells
which users and devices received a child's record, and when (LOPDP Art. 43 notices).
"""

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select

from sync.server.schema import audit
from sync.server.scope import Principal


@dataclass(frozen=True)
class Event:
    at: datetime
    username: str
    device_id: str
    action: str
    records: int


def record(conn: Connection, at: datetime, who: Principal, action: str,
           records: Iterable[tuple[str, str]], extra: dict[str, int] | None = None) -> None:
    """`records`: (type, id) of each record sent or received."""
    pairs = list(records)
    detail = {"types": dict(Counter(t for t, _ in pairs)), **(extra or {}),
              "ids": [i for _, i in pairs]}
    conn.execute(insert(audit).values(
        at=at, username=who.username, device_id=who.device_id,
        action=action, detail=json.dumps(detail, separators=(",", ":"))))


def event(conn: Connection, at: datetime, username: str, device_id: str, action: str,
          **detail: object) -> None:
    """An account event: enroll, enroll_refused, login_failed, revoke, unlock, token
    rotation. `detail` holds who and where (a source address, a reason), never content."""
    conn.execute(insert(audit).values(
        at=at, username=username, device_id=device_id, action=action,
        detail=json.dumps(detail, separators=(",", ":"))))


def events(conn: Connection, record_id: str = "", username: str = "",
           limit: int = 1000) -> Iterator[Event]:
    """Newest first; with `record_id`, only the pushes and pulls that carried it."""
    query = select(audit).order_by(audit.c.id.desc())
    if username:
        query = query.where(audit.c.username == username.strip().lower())
    if record_id:
        query = query.where(audit.c.detail.contains(f'"{record_id}"'))
    found = 0
    for row in conn.execute(query):
        ids = json.loads(row.detail).get("ids", [])
        if record_id and record_id not in ids:
            continue
        at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)  # SQLite drops it
        yield Event(at, row.username, row.device_id, row.action, len(ids))
        found += 1
        if found >= limit:
            return
