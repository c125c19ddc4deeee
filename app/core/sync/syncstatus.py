"""What the status bar shows about sync: server, pending changes, problems, last success."""

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import col

from app.core.records import Conflict, OutboxEntry
from app.core.store.database import Database
from app.core.sync import outbox, syncstate

# What the UI holds of the store: a handle it passes back to the core, never queries.
Store = Database


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str
    pending: int
    needs_attention: int
    open_conflicts: int
    last_success: str  # ISO time of the last complete sync, "" if never
    # ISO time the device last agreed with the server on its scope's digest (verify.py)
    verified_at: str = ""


def sync_status(db: Database) -> SyncStatus:
    with db.read() as s:
        enrollment = syncstate.load_enrollment(s)
        rejected = s.execute(select(func.count()).select_from(OutboxEntry)
                             .where(col(OutboxEntry.state) == "rejected")).scalar_one()
        conflicts = s.execute(select(func.count()).select_from(Conflict).where(
            col(Conflict.resolved).is_(False), col(Conflict.deleted).is_(False))).scalar_one()
        last = str(syncstate.get(s, "last_success", "") or "")
        verified = str(syncstate.get(s, "verified_at", "") or "")
    return SyncStatus(enrollment is not None,
                      enrollment.server_url if enrollment else "",
                      outbox.pending_count(db), rejected, conflicts, last, verified)
