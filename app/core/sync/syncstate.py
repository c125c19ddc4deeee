"""What the device remembers about its server, kept in the encrypted store (Setting rows).

The device token and the device's bundle keys are secrets: they live only inside the
SQLCipher database, never in a plain file.
"""

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlmodel import Session, col

from app.core.records import Setting
from app.core.store.database import Database

PREFIX = "sync."


@dataclass
class Enrollment:
    server_url: str
    token: str
    username: str
    role: str
    parish: str
    ca_file: str = ""
    allow_http: bool = False
    # Base64 raw private keys of this device; public keys of the server.
    device_keys: dict[str, str] = field(default_factory=dict)
    server_keys: dict[str, str] = field(default_factory=dict)


def get(session: Session, name: str, default: Any = None) -> Any:
    value = session.execute(select(Setting.value).where(col(Setting.key) == PREFIX + name)).first()
    return default if value is None else value[0]


def put(session: Session, name: str, value: Any) -> None:
    stmt = insert(Setting).values(key=PREFIX + name, value=value)
    session.execute(stmt.on_conflict_do_update(index_elements=["key"],
                                               set_={"value": stmt.excluded.value}))


def load_enrollment(session: Session) -> Enrollment | None:
    data = get(session, "enrollment")
    return Enrollment(**data) if data else None


def save_enrollment(session: Session, enrollment: Enrollment) -> None:
    put(session, "enrollment", enrollment.__dict__)


def cursor(session: Session) -> str:
    return str(get(session, "cursor", ""))


def set_cursor(session: Session, value: str) -> None:
    put(session, "cursor", value)


def request_resync(session: Session) -> None:
    """Make the next pull receive the whole scope again (a full resync)."""
    put(session, "resync", True)


def pull_cursor(db: Database) -> str:
    """Where the next pull starts. A requested resync is taken here: the cursor goes back
    to the start in the same transaction. A request made while a pull runs stays for the
    next one, never overwritten by that pull's cursor. Without a request it is a read:
    no write lock for a no-op sync."""
    with db.read() as s:
        if not get(s, "resync", False):
            return cursor(s)
    with db.write() as s:
        if get(s, "resync", False):
            put(s, "resync", False)
            set_cursor(s, "")
        return cursor(s)
