"""The sync engine: enroll a device, push the outbox, pull the change feed.

Qt-free; the desktop app drives it from a worker thread, the CLI directly. `SyncClient`
is the one entry point and orders the steps of a sync; each step lives in its module:
enrollment.py (enrolling, the token, the recovery seal), push.py (outbox and audit
events), pull.py (the change feed), repair.py (verified sync), report.py (`SyncReport`).
Every step is resumable: outbox entries stay pending until the server answers for them
(a change missing from an answer is sent again), and each pulled page commits with its
cursor. `progress(sent, received)` reports counts; `cancelled()` is checked between
batches. A pull to its end is verified (invariant 12): the server's last page carries
the digest of the device's scope; on a mismatch the device repairs itself.
"""

from pathlib import Path

from app.core.clock import Clock
from app.core.permissions import sees_sync_status
from app.core.store.database import Database
from app.core.store.device import device_id
from app.core.sync import outbox, syncstate, verify
from app.core.sync.syncstate import Enrollment
from sync import errors, notice
from sync.enrollment import RecoverySeal, computer_name, enroll, enrolled, renew_token
from sync.pull import pull_feed, sync_status
from sync.push import push_audit, push_outbox
from sync.repair import refresh_conflicted, verify_scope
from sync.report import Cancelled, Progress, SyncReport
from sync.revocation import wipe_revoked
from sync.transport import Options, Sleep, Transport

# device_id and computer_name are named here too: callers read them beside the client.
__all__ = ["Cancelled", "Progress", "SyncClient", "SyncReport", "computer_name",
           "device_id"]


class SyncClient:
    def __init__(self, db: Database, clock: Clock, *, push_batch: int = 1000,
                 pull_limit: int = 5000, sleep: Sleep | None = None,
                 timeout: tuple[float, float] = (5.0, 120.0), attempts: int = 4,
                 revoked_folder: Path | None = None) -> None:
        self.db, self.clock = db, clock
        # Where a revoked device saves its unsent work (default: beside the data folder).
        self.revoked_folder = revoked_folder
        self._recovery = RecoverySeal(db)
        self.push_batch, self.pull_limit = push_batch, pull_limit
        self.transport_options: Options = {"timeout": timeout, "attempts": attempts}
        if sleep is not None:
            self.transport_options["sleep"] = sleep

    def enroll(self, server_url: str, username: str, password: str, *, ca_file: str = "",
               allow_http: bool = False, device_name: str = "") -> Enrollment:
        return enroll(self.db, self.transport_options, server_url, username, password,
                      ca_file=ca_file, allow_http=allow_http, device_name=device_name)

    def enrollment(self) -> Enrollment:
        return enrolled(self.db)

    def sync(self, progress: Progress | None = None, cancelled: Cancelled | None = None,
             *, push: bool = True, pull: bool = True) -> SyncReport:
        """Push then pull (either can be left out); `complete` says whether all went.
        A revoked device saves its unsent work and erases its data: DeviceWiped."""
        try:
            return self._sync(progress, cancelled, push=push, pull=pull)
        except errors.SyncError as exc:
            if exc.code != "revoked" or not self._revocation_proven(exc.notice):
                raise  # unproven: "no longer authorised, ask the Consejo", data kept
        raise wipe_revoked(self.db, self.revoked_folder)

    def _revocation_proven(self, signed: object) -> bool:
        """Only a notice signed by the server this device pinned, naming this device and
        its token, erases it: a forged `401 revoked` over clear http does not."""
        enrollment = self.enrollment()
        return notice.proven(enrollment.server_keys.get("sign", ""), enrollment.server_url,
                             device_id(self.db), enrollment.token, signed)

    def _sync(self, progress: Progress | None, cancelled: Cancelled | None, *,
              push: bool, pull: bool) -> SyncReport:
        enrollment = self.enrollment()
        report = SyncReport(pulled_all=not pull)
        notify = progress or (lambda _sent, _received: None)
        stop = cancelled or (lambda: False)
        transport = Transport(enrollment.server_url, token=enrollment.token,
                              ca_file=enrollment.ca_file, allow_http=enrollment.allow_http,
                              **self.transport_options)
        try:
            if push:
                push_outbox(self.db, transport, report, notify, stop, self.push_batch)
                if not stop():
                    push_audit(self.db, transport, report, stop)
            digest, announced = None, ""
            if pull and not stop():
                digest, announced = pull_feed(self.db, transport, report, notify, stop,
                                              self.pull_limit)
            if report.conflicted and report.pulled_all and not stop():
                refresh_conflicted(self.db, transport, report)
            if announced:
                self._recovery.keep(announced)
            if digest is not None and not stop():
                verify_scope(self.db, transport, report, digest)
            if report.pulled_all and pull and sees_sync_status(enrollment.role):
                sync_status(self.db, self.clock, transport)
            if transport.rotate_due:
                renew_token(self.db, transport, enrollment)
        finally:
            transport.close()
        report.pending = outbox.pending_count(self.db)
        succeeded = report.complete and push and pull
        if succeeded or report.verified:
            # One write, and no fsync: a no-op sync commits once, cheaply; a power cut
            # loses at most the time of the last sync, which the next one writes again.
            with self.db.write(durable=False) as s:
                if succeeded:
                    syncstate.put(s, "last_success", self.clock.now().isoformat())
                if report.verified:
                    verify.mark_verified(s, self.clock.now())
        return report

    def full_resync(self, progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> SyncReport:
        """Receive the whole scope again; unsent local changes stay as they are."""
        with self.db.write() as s:
            syncstate.request_resync(s)
        return self.sync(progress, cancelled)
