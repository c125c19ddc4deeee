"""The device's pull: the change feed's pages, and for the Consejo the server's word of
who synced when.

Separate from the engine (client.py), which only orders the steps of a sync. Each page
commits with its cursor, so a pull cut anywhere resumes where it stopped (invariant 3).
"""

import json
from concurrent.futures import ThreadPoolExecutor

from app.core import device_status
from app.core.clock import Clock
from app.core.records.digest import Digest
from app.core.store.database import Database
from app.core.sync import syncstate
from app.core.sync.inbox import apply_page
from sync import errors
from sync.report import Cancelled, Progress, SyncReport
from sync.transport import Transport

# A page: its records, the cursor after it, whether more follow, the scope's digest (the
# last page's; None: an older server) and the recovery key the last page names ('').
Page = tuple[list[dict], str, bool, Digest | None, str]


def pull_feed(db: Database, transport: Transport, report: SyncReport, notify: Progress,
              stop: Cancelled, limit: int) -> tuple[Digest | None, str]:
    """Pages are fetched one ahead: the next downloads while this one is stored.
    Returns the server's digest of the scope, from the last page (None: not reached,
    or a server that sends none), and the recovery key that page names ('')."""
    cursor = syncstate.pull_cursor(db)
    # The first page in this thread: a no-op sync starts no thread.
    page = _fetch(transport, cursor, limit)
    with ThreadPoolExecutor(max_workers=1) as ahead:
        while True:
            previous = cursor
            records, cursor, more, digest, announced = page
            if more:
                pending = ahead.submit(_fetch, transport, cursor, limit)
            if records or cursor != previous:
                with db.write() as s:
                    report.received += apply_page(s, records, cursor)
            notify(report.sent, report.received)
            if not more:
                report.pulled_all = True
                return digest, announced
            if stop():
                pending.cancel()
                return None, ""
            page = pending.result()


def _fetch(transport: Transport, cursor: str, limit: int) -> Page:
    resp = transport.call("GET", "/api/v1/pull", params={"cursor": cursor, "limit": limit})
    try:
        page = json.loads(resp.content)
        records, next_cursor, more = page["records"], page["cursor"], page["more"]
        if not (isinstance(records, list) and isinstance(next_cursor, str)
                and isinstance(more, bool)):
            raise TypeError
        for rec in records:
            if not (isinstance(rec["type"], str) and isinstance(rec["id"], str)
                    and isinstance(rec["version"], int)
                    and isinstance(rec["deleted"], bool)
                    and isinstance(rec["data"], dict)):
                raise TypeError
    except (ValueError, KeyError, TypeError):
        raise errors.server_failed(200) from None
    announced = page.get("recovery_key", "")
    return (records, next_cursor, more, Digest.from_wire(page.get("digest")),
            announced if isinstance(announced, str) else "")


def sync_status(db: Database, clock: Clock, transport: Transport) -> None:
    """The Consejo's devices keep the server's word of who synced when: the canton
    overview shows it offline. A server without it (older) leaves the last one."""
    try:
        feed = json.loads(transport.call("GET", "/api/v1/sync-status").content)
    except errors.SyncError as exc:
        if exc.code != "server":
            raise
        return
    except ValueError:
        return
    if isinstance(feed, dict):
        with db.write() as s:
            device_status.save(s, feed, clock.now())
