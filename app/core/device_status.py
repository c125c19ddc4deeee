"""Each promoter's last successful sync, as the server last told this device.

The server knows when each device last received its whole change feed; it tells the roles
that follow the promoters' work (permissions.SEES_SYNC_STATUS: the Consejo's technicians)
after each of their syncs, and this device keeps the answer in its encrypted store
(a Setting row), so the canton overview shows it offline. Promoters never receive it.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from app.core.clock import Clock
from app.core.store.database import Database
from app.core.sync import syncstate

KEY = "device_status"
# A promoter whose laptop has not synced for this long is shown highlighted.
STALE_SYNC_DAYS = 7


@dataclass(frozen=True)
class PromoterSync:
    username: str
    parish: str
    last_sync: datetime | None  # None: never synced
    days: int | None  # whole days since then, by this device's clock

    @property
    def stale(self) -> bool:
        return self.days is None or self.days >= STALE_SYNC_DAYS


@dataclass(frozen=True)
class SyncStatusFeed:
    received_at: datetime | None  # when this device last received the feed
    promoters: tuple[PromoterSync, ...]


def save(session: Session, feed: dict[str, Any], received_at: datetime) -> None:
    """Keep the server's answer (`{"users": [{username, role, parish, last_sync}]}`)."""
    users = [{"username": str(u.get("username", "")), "role": str(u.get("role", "")),
              "parish": str(u.get("parish", "")), "last_sync": u.get("last_sync")}
             for u in feed.get("users", []) if isinstance(u, dict)]
    syncstate.put(session, KEY, {"received_at": received_at.isoformat(), "users": users})


def _moment(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def load(db: Database, clock: Clock) -> SyncStatusFeed:
    """The promoters' last syncs, longest without one first."""
    with db.read() as s:
        stored = syncstate.get(s, KEY) or {}
    now = clock.now()
    promoters = []
    for user in stored.get("users", []):
        if user.get("role") != "promotor":
            continue
        last = _moment(user.get("last_sync"))
        days = max(0, (now - last).days) if last is not None else None
        promoters.append(PromoterSync(user["username"], user.get("parish", ""), last, days))
    promoters.sort(key=lambda p: (p.last_sync is not None, p.last_sync or now, p.username))
    return SyncStatusFeed(_moment(stored.get("received_at")), tuple(promoters))
