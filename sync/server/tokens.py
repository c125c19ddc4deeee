"""Device tokens after enrollment: rotation, and when each device was last seen.

A token older than `auth.ROTATE_AFTER` gets the rotation header on every answer; the
device then asks for a new one. The token it presented stays accepted for
`auth.PREVIOUS_GRACE` after the rotation (never past its own expiry), so an answer lost
on the way costs nothing: the device asks again within that time.
"""

import secrets
from datetime import datetime, timedelta

from sqlalchemy import or_, update

from sync.server import audit
from sync.server.auth import token_hash
from sync.server.schema import devices
from sync.server.scope import Principal
from sync.server.store import ServerStore

# `last_seen_at` is written at most this often per device: a write per request would cost
# every no-op sync a transaction.
SEEN_EVERY = timedelta(minutes=1)


def rotate(store: ServerStore, who: Principal, presented: str, issued: datetime | None
           ) -> str:
    token = secrets.token_urlsafe(32)
    now = store.clock.now()
    with store.write() as conn:
        conn.execute(update(devices).where(devices.c.id == who.device_id).values(
            token_hash=token_hash(token), token_issued_at=now,
            prev_token_hash=token_hash(presented), prev_token_issued_at=issued or now))
        audit.event(conn, now, who.username, who.device_id, "token_rotated")
    return token


def seen(store: ServerStore, device_id: str, last: datetime | None, now: datetime) -> None:
    if last is not None and now - last < SEEN_EVERY:
        return
    with store.write() as conn:
        conn.execute(update(devices).where(
            devices.c.id == device_id,
            or_(devices.c.last_seen_at.is_(None),
                devices.c.last_seen_at < now - SEEN_EVERY)).values(last_seen_at=now))
