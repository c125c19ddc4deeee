"""Verified sync (invariant 12): after a full pull the device compares what it holds with
the server's digest of its scope and, on a mismatch, repairs itself; records answered
"conflict" are taken again.

Separate from the engine (client.py) because it runs only when something differs: a
no-op sync compares one digest and reads nothing else.
"""

from app.core.records.digest import Digest
from app.core.store.database import Database
from app.core.sync import syncstate, verify
from sync.protocol import FetchResponse, InventoryResponse
from sync.report import SyncReport
from sync.transport import Transport, parse

INVENTORY_PAGE = 20000
FETCH_IDS = 300


def verify_scope(db: Database, transport: Transport, report: SyncReport, digest: Digest
                 ) -> None:
    """Compare what the device holds with the server's digest; on a mismatch take
    the server's inventory, fetch what is lacking or at another version, drop what
    left the scope (never what has unsent changes), and check again."""
    with db.read() as s:
        mine = verify.held_digest(s)
        if verify.server_behind(s, digest):
            report.server_behind = True
            return  # the device holds the only copy of what came after: no repair
    if mine != digest:
        # The same pair as after the last repair: what differs is only what the device
        # keeps on purpose (a record out of its scope with a refused change); the
        # inventory would be read for nothing at every sync.
        pair = [mine.count, mine.total, digest.count, digest.total]
        with db.read() as s:
            if syncstate.get(s, "unrepairable") == pair:
                return
        inventory = _inventory(transport)
        with db.read() as s:
            plan = verify.plan(s, inventory)
        rows = _fetch_ids(transport, plan.fetch)
        with db.write() as s:
            report.fetched, report.dropped = verify.repair(s, rows, plan.drop)
            mine = verify.held_digest(s)
            if mine != digest:
                syncstate.put(s, "unrepairable",
                              [mine.count, mine.total, digest.count, digest.total])
        digest = verify.expected(inventory)
    report.verified = mine == digest


def refresh_conflicted(db: Database, transport: Transport, report: SyncReport) -> None:
    """A change answered "conflict" leaves the server's value in place, often without
    a new version. When the pull brought the record while the change was unsent (its
    fields kept around it) and the answer was lost, the change sent again is answered
    from the push log: no later pull would bring the server's copy, and the device
    would show its own losing value for good (its digest matches). Conflicts are
    rare: take those records again."""
    rows = _fetch_ids(transport, sorted(set(report.conflicted)))
    with db.write() as s:
        verify.repair(s, rows, [])


def _inventory(transport: Transport) -> verify.Inventory:
    found: verify.Inventory = {}
    after = ""
    while True:
        content = transport.call("GET", "/api/v1/inventory",
                                 params={"after": after, "limit": INVENTORY_PAGE}).content
        page = parse(InventoryResponse, content)
        for record_id, record_type, version in page.items:
            found[record_id] = (record_type, version)
        if not page.more or not page.items:
            return found
        after = page.items[-1][0]


def _fetch_ids(transport: Transport, ids: list[str]) -> list[dict]:
    """The server's rows of these records, FETCH_IDS to a request."""
    rows: list[dict] = []
    for start in range(0, len(ids), FETCH_IDS):
        content = transport.call("POST", "/api/v1/fetch",
                                 json={"ids": ids[start:start + FETCH_IDS]}).content
        rows.extend(r.__dict__ for r in parse(FetchResponse, content).records)
    return rows
