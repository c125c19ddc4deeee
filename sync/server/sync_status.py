"""Who synced when: each device's last complete pull, and the feed of it that the roles
following the promoters' work receive (app.core.permissions.SEES_SYNC_STATUS).

A device has synced when it has received its whole change feed (the last page of a pull,
or a USB bundle's answer). It is written at most once a minute per device, so a no-op
sync stays a read. The feed names users, roles, parishes and times: no case content.
"""

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, or_, select, update

from app.core.permissions import sees_sync_status
from sync.server.schema import devices, users
from sync.server.scope import Principal
from sync.server.store import ServerStore

RESOLUTION = timedelta(minutes=1)


def synced_at(conn: Connection, device_id: str) -> datetime | None:
    return conn.execute(select(devices.c.synced_at).where(devices.c.id == device_id)).scalar()


def mark_synced(store: ServerStore, who: Principal, last: datetime | None) -> None:
    """Record that `who`'s device has received everything; `last` is the stored time."""
    now = store.clock.now()
    if last is not None and _aware(last) > now - RESOLUTION:
        return
    with store.write() as conn:
        conn.execute(update(devices).where(
            devices.c.id == who.device_id,
            or_(devices.c.synced_at.is_(None), devices.c.synced_at < now - RESOLUTION))
            .values(synced_at=now))


def may_see(who: Principal) -> bool:
    return sees_sync_status(who.role)


def feed(store: ServerStore) -> dict[str, Any]:
    """Each active user's last successful sync over their devices not revoked."""
    last = func.max(devices.c.synced_at)
    query = (select(users.c.username, users.c.role, users.c.parish, last.label("last"))
             .select_from(users.outerjoin(devices, (devices.c.username == users.c.username)
                                          & devices.c.revoked.is_(False)))
             .where(users.c.disabled.is_(False))
             .group_by(users.c.username, users.c.role, users.c.parish)
             .order_by(users.c.username))
    with store.read() as conn:
        rows = conn.execute(query).all()
    return {"at": store.clock.now().isoformat(), "users": [
        {"username": r.username, "role": r.role, "parish": r.parish,
         "last_sync": _aware(r.last).isoformat() if r.last is not None else None}
        for r in rows]}


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive UTC times."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
