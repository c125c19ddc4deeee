"""The sync engine: enroll a device, push the outbox, pull the change feed.

Qt-free; the desktop app drives it from a worker thread, the CLI directly. Every step is
resumable: outbox entries stay pending until the server answers for them (a change
missing from an answer is sent again), and each pulled page commits with its cursor.
`progress(sent, received)` reports counts; `cancelled()` is checked between batches.
A pull to its end is verified (invariant 12): the server's last page carries the digest
of the device's scope; on a mismatch the device repairs itself (`_verify`).
"""

import gzip
import json
import platform
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import ValidationError
from sqlalchemy import select
from sqlmodel import col

from app.core import device_status
from app.core.clock import Clock
from app.core.permissions import sees_sync_status
from app.core.records import OutboxEntry
from app.core.records.digest import Digest
from app.core.store.database import Database
from app.core.store.device import device_id
from app.core.store.keyring import keyring_for
from app.core.sync import audit_out, fork, outbox, syncstate, verify
from app.core.sync.inbox import apply_page
from app.core.sync.syncstate import Enrollment
from sync import errors, notice
from sync.bundle import RECOVERY_CONTEXT, new_keys, public_of, seal_secret
from sync.protocol import (
    AuditAnswer,
    EnrollRequest,
    EnrollResponse,
    FetchResponse,
    InventoryResponse,
    PushResponse,
    TokenResponse,
)
from sync.revocation import wipe_revoked
from sync.transport import Options, Sleep, Transport

Progress = Callable[[int, int], None]
PUSH_HEADERS = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
M = TypeVar("M", EnrollResponse, PushResponse, TokenResponse, AuditAnswer)
Cancelled = Callable[[], bool]
INVENTORY_PAGE = 20000
FETCH_IDS = 300
AUDIT_BATCH = 500


@dataclass
class SyncReport:
    sent: int = 0
    rejected: int = 0
    conflicts: int = 0
    received: int = 0
    pending: int = 0
    pulled_all: bool = False
    # Verified sync: the device holds what its scope holds (False: a mismatch left, or
    # an older server that sends no digest); a repair's records fetched and dropped.
    verified: bool = False
    fetched: int = 0
    dropped: int = 0
    # The server holds fewer versions than this device received: restored from an older
    # backup. Nothing is repaired; the técnico must be told (the CLI and status say so).
    server_behind: bool = False
    # Audit events (opened, printed, exported) the server now holds.
    audit_sent: int = 0
    # Records of the changes answered "conflict": taken again from the server after
    # the pull (SyncClient._refresh_conflicted).
    conflicted: list[str] = field(default_factory=list)

    @property
    def repaired(self) -> int:
        return self.fetched + self.dropped

    @property
    def complete(self) -> bool:
        return self.pending == 0 and self.pulled_all and self.rejected == 0


def computer_name() -> str:
    """The laptop's network name, so an administrator can tell devices apart (no case data)."""
    return "".join(c for c in platform.node() if c.isprintable())[:120]


class SyncClient:
    def __init__(self, db: Database, clock: Clock, *, push_batch: int = 1000,
                 pull_limit: int = 5000, sleep: Sleep | None = None,
                 timeout: tuple[float, float] = (5.0, 120.0), attempts: int = 4,
                 revoked_folder: Path | None = None) -> None:
        self.db, self.clock = db, clock
        # Where a revoked device saves its unsent work (default: beside the data folder).
        self.revoked_folder = revoked_folder
        # The recovery key this store's key is known to be sealed for (read once).
        self._sealed_for = ""
        self.push_batch, self.pull_limit = push_batch, pull_limit
        self.transport_options: Options = {"timeout": timeout, "attempts": attempts}
        if sleep is not None:
            self.transport_options["sleep"] = sleep

    def enroll(self, server_url: str, username: str, password: str, *, ca_file: str = "",
               allow_http: bool = False, device_name: str = "") -> Enrollment:
        keys = new_keys()
        public = public_of(keys)
        try:
            req = EnrollRequest(username=username, password=password,
                                device_id=device_id(self.db),
                                device_name=device_name or computer_name(),
                                sign_key=public["sign"], box_key=public["box"])
        except ValidationError:  # a name or password no server account can have
            raise errors.auth_failed("bad_credentials") from None
        transport = Transport(server_url, ca_file=ca_file, allow_http=allow_http,
                              **self.transport_options)
        try:
            answer = self._parse(EnrollResponse, transport.call(
                "POST", "/api/v1/enroll", json=req.model_dump()).content)
        finally:
            transport.close()
        enrollment = Enrollment(
            transport.base_url, answer.token, answer.username, answer.role, answer.parish,
            ca_file, allow_http, keys, {"sign": answer.server_sign_key,
                                        "box": answer.server_box_key,
                                        "release": answer.server_release_key})
        with self.db.write() as s:
            previous = syncstate.load_enrollment(s)
            if previous is None or previous.server_url != enrollment.server_url:
                syncstate.set_cursor(s, "")
            syncstate.save_enrollment(s, enrollment)
        if answer.recovery_key:
            self._seal_for_recovery(answer.recovery_key)
        return enrollment

    def _seal_for_recovery(self, recovery_key: str) -> None:
        """The store's key, sealed for the Consejo's recovery key, beside the keyring:
        a forgotten password then loses nothing (`defensoria-server recover`)."""
        try:
            sealed = seal_secret(self.db.master_key, recovery_key, RECOVERY_CONTEXT)
        except ValueError:  # not an X25519 key: the server is misconfigured
            raise errors.server_failed(200) from None
        keyring = keyring_for(self.db.path.parent)
        if keyring.has_users():
            keyring.set_recovery(sealed)

    def _keep_recovery_sealed(self, recovery_key: str) -> None:
        """A device enrolled before the Consejo made its recovery key (or made a new one)
        seals its store's key for it at its next sync: the pull's last page names it."""
        if recovery_key == self._sealed_for:
            return
        current = keyring_for(self.db.path.parent).recovery
        if current is None or current.get("recipient_key") != recovery_key:
            try:
                self._seal_for_recovery(recovery_key)
            except errors.SyncError:  # not a key: left for `enroll` to say so
                return
        self._sealed_for = recovery_key

    def enrollment(self) -> Enrollment:
        with self.db.read() as s:
            found = syncstate.load_enrollment(s)
        if found is None:
            raise errors.not_enrolled()
        return found

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

    def _sync(self, progress: Progress | None, cancelled: Cancelled | None, *, push: bool,
              pull: bool) -> SyncReport:
        enrollment = self.enrollment()
        report = SyncReport(pulled_all=not pull)
        notify = progress or (lambda _sent, _received: None)
        stop = cancelled or (lambda: False)
        transport = Transport(enrollment.server_url, token=enrollment.token,
                              ca_file=enrollment.ca_file, allow_http=enrollment.allow_http,
                              **self.transport_options)
        try:
            if push:
                self._push(transport, report, notify, stop)
                if not stop():
                    self._push_audit(transport, report, stop)
            digest, announced = None, ""
            if pull and not stop():
                digest, announced = self._pull(transport, report, notify, stop)
            if report.conflicted and report.pulled_all and not stop():
                self._refresh_conflicted(transport, report)
            if announced:
                self._keep_recovery_sealed(announced)
            if digest is not None and not stop():
                self._verify(transport, report, digest)
            if report.pulled_all and pull and sees_sync_status(enrollment.role):
                self._sync_status(transport)
            if transport.rotate_due:
                self._renew_token(transport, enrollment)
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

    def _renew_token(self, transport: Transport, enrollment: Enrollment) -> None:
        """The server asked for a new token: fetched and stored now, unnoticed by the user.
        A lost answer costs nothing (the old token still works; the next sync asks again)."""
        answer = self._parse(TokenResponse, transport.call("POST", "/api/v1/token").content)
        with self.db.write() as s:
            current = syncstate.load_enrollment(s)
            if current is not None and current.token == enrollment.token:
                current.token = answer.token
                syncstate.save_enrollment(s, current)

    def _push(self, transport: Transport, report: SyncReport, notify: Progress,
              stop: Cancelled) -> None:
        """Batches go one at a time, in order; the next batch is read from the outbox and
        the previous answer stored while a request is in flight."""
        device = device_id(self.db)
        first = self._batch(device, 0)
        if not first[0]:
            return  # nothing to send: no threads started (a no-op sync stays quick)
        with ThreadPoolExecutor(max_workers=1) as reader, \
                ThreadPoolExecutor(max_workers=1) as writer:
            upcoming: Future[tuple[list[int], bytes]] = Future()
            upcoming.set_result(first)
            stored: list[Future[None]] = []
            while not stop():
                seqs, body = upcoming.result()
                if not seqs:
                    break
                if stored and stored[-1].done():
                    stored[-1].result()  # a garbled answer stops the push here
                upcoming = reader.submit(self._batch, device, seqs[-1])
                content = transport.call("POST", "/api/v1/push", data=body,
                                         headers=PUSH_HEADERS).content
                # Read and stored by the writer while the next batch is in flight.
                stored.append(writer.submit(self._store_answers, content, seqs, report,
                                            notify))
            upcoming.cancel()
            for future in stored:
                future.result()

    def _push_audit(self, transport: Transport, report: SyncReport, stop: Cancelled
                    ) -> None:
        """Send the device's own audit events (audit_out.py); each batch's cursor
        commits after the server's answer. An older server without the endpoint keeps
        them for a later sync."""
        device = device_id(self.db)
        while not stop() and (events := audit_out.unsent(self.db, AUDIT_BATCH)):
            try:
                content = transport.call("POST", "/api/v1/audit", json={
                    "device_id": device, "events": events}).content
            except errors.SyncError as exc:
                if exc.code != "server":
                    raise
                return
            answer = self._parse(AuditAnswer, content)
            with self.db.write() as s:
                audit_out.mark_sent(s, events[-1]["seq"])
            report.audit_sent += answer.accepted

    def _batch(self, device: str, after: int) -> tuple[list[int], bytes]:
        """The next batch's seqs and its request body, gzipped: on a rural mobile link
        the JSON travels at a fifth of its size."""
        entries = outbox.pending_wire(self.db, after, self.push_batch)
        parent = fork.origin(self.db) if entries else None  # a no-op sync reads nothing
        named = f',"origin":{json.dumps(parent)}' if parent else ""
        body = (f'{{"device_id":{json.dumps(device)}{named},"changes":['
                f'{",".join(change for _, change in entries)}]}}')
        return [seq for seq, _ in entries], gzip.compress(body.encode(), compresslevel=1)

    def _store_answers(self, content: bytes, seqs: list[int], report: SyncReport,
                       notify: Progress) -> None:
        sent = set(seqs)
        answers = [outbox.Answer(r.seq, r.status, r.reason)
                   for r in self._parse(PushResponse, content).results if r.seq in sent]
        with self.db.write() as s:
            acked, rejected = outbox.record_answers(s, answers)
        report.sent += acked
        report.rejected += rejected
        conflicted = [a.seq for a in answers if a.status == "conflict"]
        report.conflicts += len(conflicted)
        if conflicted:
            with self.db.read() as s:
                report.conflicted += s.execute(select(col(OutboxEntry.record_id)).where(
                    col(OutboxEntry.seq).in_(conflicted))).scalars()
        notify(report.sent, report.received)

    def _refresh_conflicted(self, transport: Transport, report: SyncReport) -> None:
        """A change answered "conflict" leaves the server's value in place, often without
        a new version. When the pull brought the record while the change was unsent (its
        fields kept around it) and the answer was lost, the change sent again is answered
        from the push log: no later pull would bring the server's copy, and the device
        would show its own losing value for good (its digest matches). Conflicts are
        rare: take those records again."""
        ids = sorted(set(report.conflicted))
        rows: list[dict] = []
        for start in range(0, len(ids), FETCH_IDS):
            rows.extend(self._fetch_ids(transport, ids[start:start + FETCH_IDS]))
        with self.db.write() as s:
            verify.repair(s, rows, [])

    def _pull(self, transport: Transport, report: SyncReport, notify: Progress,
              stop: Cancelled) -> tuple[Digest | None, str]:
        """Pages are fetched one ahead: the next downloads while this one is stored.
        Returns the server's digest of the scope, from the last page (None: not reached,
        or a server that sends none), and the recovery key that page names ('')."""
        cursor = syncstate.pull_cursor(self.db)
        # The first page in this thread: a no-op sync starts no thread.
        page = self._fetch(transport, cursor)
        with ThreadPoolExecutor(max_workers=1) as ahead:
            while True:
                previous = cursor
                records, cursor, more, digest, announced = page
                if more:
                    pending = ahead.submit(self._fetch, transport, cursor)
                if records or cursor != previous:
                    with self.db.write() as s:
                        report.received += apply_page(s, records, cursor)
                notify(report.sent, report.received)
                if not more:
                    report.pulled_all = True
                    return digest, announced
                if stop():
                    pending.cancel()
                    return None, ""
                page = pending.result()

    def _verify(self, transport: Transport, report: SyncReport, digest: Digest) -> None:
        """Compare what the device holds with the server's digest; on a mismatch take
        the server's inventory, fetch what is lacking or at another version, drop what
        left the scope (never what has unsent changes), and check again."""
        with self.db.read() as s:
            mine = verify.held_digest(s)
            if verify.server_behind(s, digest):
                report.server_behind = True
                return  # the device holds the only copy of what came after: no repair
        if mine != digest:
            # The same pair as after the last repair: what differs is only what the device
            # keeps on purpose (a record out of its scope with a refused change); the
            # inventory would be read for nothing at every sync.
            pair = [mine.count, mine.total, digest.count, digest.total]
            with self.db.read() as s:
                if syncstate.get(s, "unrepairable") == pair:
                    return
            inventory = self._inventory(transport)
            with self.db.read() as s:
                plan = verify.plan(s, inventory)
            rows: list[dict] = []
            for start in range(0, len(plan.fetch), FETCH_IDS):
                rows.extend(self._fetch_ids(transport, plan.fetch[start:start + FETCH_IDS]))
            with self.db.write() as s:
                report.fetched, report.dropped = verify.repair(s, rows, plan.drop)
                mine = verify.held_digest(s)
                if mine != digest:
                    syncstate.put(s, "unrepairable",
                                  [mine.count, mine.total, digest.count, digest.total])
            digest = verify.expected(inventory)
        report.verified = mine == digest

    def _inventory(self, transport: Transport) -> verify.Inventory:
        found: verify.Inventory = {}
        after = ""
        while True:
            content = transport.call("GET", "/api/v1/inventory",
                                     params={"after": after, "limit": INVENTORY_PAGE}).content
            try:
                page = InventoryResponse.model_validate_json(content)
            except ValidationError:
                raise errors.server_failed(200) from None
            for record_id, record_type, version in page.items:
                found[record_id] = (record_type, version)
            if not page.more or not page.items:
                return found
            after = page.items[-1][0]

    def _fetch_ids(self, transport: Transport, ids: list[str]) -> list[dict]:
        content = transport.call("POST", "/api/v1/fetch", json={"ids": ids}).content
        try:
            page = FetchResponse.model_validate_json(content)
        except ValidationError:
            raise errors.server_failed(200) from None
        return [r.__dict__ for r in page.records]

    def _sync_status(self, transport: Transport) -> None:
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
            with self.db.write() as s:
                device_status.save(s, feed, self.clock.now())

    def _fetch(self, transport: Transport, cursor: str
               ) -> tuple[list[dict], str, bool, Digest | None, str]:
        resp = transport.call("GET", "/api/v1/pull",
                              params={"cursor": cursor, "limit": self.pull_limit})
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

    @staticmethod
    def _parse(model: type[M], body: bytes) -> M:
        try:
            return model.model_validate_json(body)
        except ValidationError:
            raise errors.server_failed(200) from None
