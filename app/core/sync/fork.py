"""A store restored from a backup is a fork of the device that made the backup.

The old laptop may turn up and sync again, with changes made after the backup under the
same sequence numbers the restored copy goes on to use for different changes. One device
id with two histories would make the server refuse one side's changes (`seq_reused`,
sync/server/push_log.py) or, across an enrollment, apply a number twice. So a restored copy
becomes a new device at once, before it can write anything:

- `DeviceState.device_id` gets a new id: every record and outbox entry made from now on
  is the new device's, and its entries not yet acknowledged go out under the new id
  (the server knows the pushing device by its token, so they keep their numbers: the
  new device's push log on the server is empty).
- The enrollment is removed and the copy must enroll again (user name and password on
  the server). Decision: the old device's token is a secret of the old laptop; sharing it
  between two machines would let one's token rotation lock the other out, and the server
  could not tell them apart. A fresh enrollment gives the fork its own token, bundle keys
  and push log, through the endpoint and checks that already exist (a disabled user or a
  revoked device stays refused), with no new way in to the server.
- The pull cursor goes back to the start: after enrolling, the copy receives every record
  of its scope, including what the old laptop sent after the backup.

A change that was unsent in both copies (made before the backup, sent by the old laptop
afterwards) is sent again by the fork: an edit with the same values changes nothing, a
delete is idempotent, and a create of a record the server holds exactly so, created by
the same user, is answered as done without a write (sync/server/batch.py `_same_create`).
The copy also names its parent and the last seq it inherited (`origin`, sent with every
push and bundle): the server answers an inherited change the parent already sent with
the parent's own answer, without applying it again (sync/server/push_log.py
`answered_for_origin`), so a create of a record the old laptop edited after the backup
is acknowledged, not refused as `exists`, and the later edit stays. Nothing is applied
twice and nothing is lost. (A copy of a copy names its own parent only.)
"""

from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlmodel import col

from app.core.clock import Clock
from app.core.ids import new_id
from app.core.records import DeviceState, OutboxEntry, Setting
from app.core.store.database import Database
from app.core.sync import syncstate

FORK_KEY = "fork"


@dataclass(frozen=True)
class Fork:
    old_device: str
    new_device: str
    server_url: str  # where the old device was enrolled ("" if it never was)


def fork_device(db: Database, clock: Clock) -> Fork:
    """Make the store a new device; see the module's docstring."""
    new_device = new_id()
    with db.write() as s:
        old_device = s.execute(select(col(DeviceState.device_id))).scalar() or ""
        if old_device:
            s.execute(update(DeviceState).values(device_id=new_device))
        else:
            s.add(DeviceState(device_id=new_device))
        enrollment = syncstate.load_enrollment(s)
        server_url = enrollment.server_url if enrollment else ""
        s.execute(delete(Setting).where(
            col(Setting.key) == syncstate.PREFIX + "enrollment"))
        syncstate.set_cursor(s, "")
        through = s.execute(select(func.max(col(OutboxEntry.seq)))).scalar() or 0
        syncstate.put(s, FORK_KEY, {"from": old_device, "at": clock.now().isoformat(),
                                    "server_url": server_url, "through": through})
    return Fork(old_device, new_device, server_url)


def forked_from(db: Database) -> dict | None:
    """The fork note of a restored copy not yet enrolled again, else None."""
    with db.read() as s:
        if syncstate.load_enrollment(s) is not None:
            return None
        note = syncstate.get(s, FORK_KEY)
    return note if isinstance(note, dict) else None


def origin(db: Database) -> dict[str, object] | None:
    """The parent device and the last inherited seq, as a push names them; None for a
    store that was never restored (or restored before copies named their parent)."""
    with db.read() as s:
        note = syncstate.get(s, FORK_KEY)
    if not isinstance(note, dict) or not note.get("from") or not note.get("through"):
        return None
    return {"device_id": str(note["from"]), "through": int(note["through"])}
