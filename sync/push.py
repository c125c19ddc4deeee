"""The device's push: its outbox in batches, then its own audit events.

Separate from the engine (client.py), which only orders the steps of a sync. Outbox
entries stay pending until the server answers for them: a change missing from an answer
is sent again (invariant 2). The server's side is sync/server/push.py.
"""

import gzip
import json
from concurrent.futures import Future, ThreadPoolExecutor

from sqlalchemy import select
from sqlmodel import col

from app.core.records import OutboxEntry
from app.core.store.database import Database
from app.core.store.device import device_id
from app.core.sync import audit_out, fork, outbox
from sync import errors
from sync.protocol import AuditAnswer, PushResponse
from sync.report import Cancelled, Progress, SyncReport
from sync.transport import Transport, parse

PUSH_HEADERS = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
AUDIT_BATCH = 500


def push_outbox(db: Database, transport: Transport, report: SyncReport, notify: Progress,
                stop: Cancelled, batch_size: int) -> None:
    """Batches go one at a time, in order; the next batch is read from the outbox and
    the previous answer stored while a request is in flight."""
    device = device_id(db)
    first = _batch(db, device, 0, batch_size)
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
            upcoming = reader.submit(_batch, db, device, seqs[-1], batch_size)
            content = transport.call("POST", "/api/v1/push", data=body,
                                     headers=PUSH_HEADERS).content
            # Read and stored by the writer while the next batch is in flight.
            stored.append(writer.submit(_store_answers, db, content, seqs, report, notify))
        upcoming.cancel()
        for future in stored:
            future.result()


def push_audit(db: Database, transport: Transport, report: SyncReport, stop: Cancelled
               ) -> None:
    """Send the device's own audit events (audit_out.py); each batch's cursor
    commits after the server's answer. An older server without the endpoint keeps
    them for a later sync."""
    device = device_id(db)
    while not stop() and (events := audit_out.unsent(db, AUDIT_BATCH)):
        try:
            content = transport.call("POST", "/api/v1/audit", json={
                "device_id": device, "events": events}).content
        except errors.SyncError as exc:
            if exc.code != "server":
                raise
            return
        answer = parse(AuditAnswer, content)
        with db.write() as s:
            audit_out.mark_sent(s, events[-1]["seq"])
        report.audit_sent += answer.accepted


def _batch(db: Database, device: str, after: int, size: int) -> tuple[list[int], bytes]:
    """The next batch's seqs and its request body, gzipped: on a rural mobile link
    the JSON travels at a fifth of its size."""
    entries = outbox.pending_wire(db, after, size)
    parent = fork.origin(db) if entries else None  # a no-op sync reads nothing
    named = f',"origin":{json.dumps(parent)}' if parent else ""
    body = (f'{{"device_id":{json.dumps(device)}{named},"changes":['
            f'{",".join(change for _, change in entries)}]}}')
    return [seq for seq, _ in entries], gzip.compress(body.encode(), compresslevel=1)


def _store_answers(db: Database, content: bytes, seqs: list[int], report: SyncReport,
                   notify: Progress) -> None:
    sent = set(seqs)
    answers = [outbox.Answer(r.seq, r.status, r.reason)
               for r in parse(PushResponse, content).results if r.seq in sent]
    with db.write() as s:
        acked, rejected = outbox.record_answers(s, answers)
    report.sent += acked
    report.rejected += rejected
    conflicted = [a.seq for a in answers if a.status == "conflict"]
    report.conflicts += len(conflicted)
    if conflicted:
        with db.read() as s:
            report.conflicted += s.execute(select(col(OutboxEntry.record_id)).where(
                col(OutboxEntry.seq).in_(conflicted))).scalars()
    notify(report.sent, report.received)
