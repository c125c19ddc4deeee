"""USB bundles on the device side: export pending changes, import the server's answer.

The exported bundle carries every pending outbox entry and the pull cursor, encrypted for
the server and signed by this device. The answer (made by `defensoria-server
import-bundle`) carries the result of each change and the records to pull; importing it
marks the outbox and applies the records with the cursor in one transaction, so importing
it twice changes nothing.
Verified sync (invariant 12) in one exchange: the bundle also lists the (id, version) of
every synced row the device holds; the answer adds the rows of its scope it lacks or
holds at another version, the ids that left its scope, and the scope's digest, which the
device compares after applying it all.
"""

from pathlib import Path

from pydantic import ValidationError

from app.core.clock import Clock
from app.core.files import atomic_write_bytes
from app.core.i18n import N_
from app.core.records.digest import Digest
from app.core.store.database import Database
from app.core.sync import audit_out, fork, outbox, syncstate, verify
from app.core.sync.inbox import apply_page
from sync import errors
from sync.bundle import BundleError, open_sealed, seal
from sync.client import SyncReport, device_id
from sync.errors import SyncError
from sync.protocol import ChangeResult, PullRow
from sync.revocation import wipe_revoked

MESSAGES = {
    "damaged": N_("The file is damaged or is not a Defensoría bundle."),
    "tampered": N_("The bundle was altered after it was made; it was refused."),
    "foreign": N_("The bundle was made for another device or by another server; "
                  "it was refused."),
}


def export_bundle(db: Database, path: Path, include_refused: bool = False) -> int:
    """Write pending changes to `path`; returns how many. They stay pending until answered.
    `include_refused`: the changes the server refused too (a revoked device's last word)."""
    with db.read() as s:
        enrollment = syncstate.load_enrollment(s)
    if enrollment is None or not enrollment.device_keys:
        raise errors.not_enrolled()
    cursor = syncstate.pull_cursor(db)
    entries, after = [], 0
    states = outbox.UNSENT if include_refused else ("pending",)
    while batch := outbox.pending(db, after, 5000, states):
        entries.extend(batch)
        after = batch[-1].seq
    sender = device_id(db)
    with db.read() as s:
        held = [[i, v] for i, (_t, v) in verify.held(s).items()]
    # The device's own audit events (who opened, printed, exported what), as at a sync.
    events = audit_out.unsent(db, 1_000_000)
    payload = {"device_id": sender, "cursor": cursor, "held": held, "audit": events,
               "changes": [
        {"seq": e.seq, "record_type": e.record_type, "record_id": e.record_id, "op": e.op,
         "fields": e.fields, "base_version": e.base_version} for e in entries],
        "origin": fork.origin(db)}
    blob = seal(payload, sender, enrollment.device_keys,
                enrollment.server_keys["box"])
    atomic_write_bytes(path, blob)
    return len(entries)


def import_answer(db: Database, path: Path, clock: Clock | None = None,
                  revoked_folder: Path | None = None) -> SyncReport:
    """Apply the server's answer; with a `clock`, a verified answer notes when. One saying
    this device is revoked makes it save its unsent work and erase its data
    (sync/revocation.py): DeviceWiped."""
    with db.read() as s:
        enrollment = syncstate.load_enrollment(s)
    if enrollment is None or not enrollment.device_keys:
        raise errors.not_enrolled()
    try:
        payload = open_sealed(path.read_bytes(), enrollment.server_keys["sign"],
                              enrollment.device_keys)
        if payload.get("device_id") != device_id(db):
            raise BundleError("foreign")
        revoked = payload.get("revoked") is True
        results = [ChangeResult.model_validate(r) for r in payload["results"]]
        rows = [PullRow.model_validate(r).__dict__ for r in payload["records"]]
        cursor = str(payload["cursor"])
        repair = [PullRow.model_validate(r).__dict__ for r in payload.get("repair", [])]
        drop = [str(i) for i in payload.get("drop", [])]
        digest = Digest.from_wire(payload.get("digest"))
        audit_upto = int(payload.get("audit_upto", 0))
    except BundleError as exc:
        raise SyncError(exc.code, MESSAGES[exc.code]) from None
    except (ValidationError, KeyError, TypeError):
        raise SyncError("damaged", MESSAGES["damaged"]) from None
    if revoked:
        # Its bundle was applied, but the outbox stays as it is: the saved bundle carries
        # it all again, and the server answers what it already applied without redoing it.
        raise wipe_revoked(db, revoked_folder)
    report = SyncReport(pulled_all=True)
    with db.write() as s:
        report.sent, report.rejected = outbox.record_answers(
            s, [outbox.Answer(r.seq, r.status, r.reason) for r in results])
        report.received = apply_page(s, rows, cursor)
        audit_out.mark_sent(s, audit_upto)
        if digest is not None and verify.server_behind(s, digest):
            report.server_behind = True  # no repair: the device holds what came after
        elif digest is not None:
            mine = verify.held(s)
            report.fetched, report.dropped = verify.repair(
                s, repair, [(mine[i][0], i) for i in drop if i in mine])
            report.verified = verify.held_digest(s) == digest
            if report.verified and clock is not None:
                verify.mark_verified(s, clock.now())
    report.pending = outbox.pending_count(db)
    return report
