"""Sync benchmark: initial pull, push, no-op sync, many devices at once, and the storage
floor (the same rows written and read straight through the server's store).

Prints one JSON object. The server runs as a real `defensoria-server serve` process on
loopback over a durable store (SQLite file, and PostgreSQL when --pg or DEFENSORIA_TEST_PG
gives a URL); the client is a real SQLCipher store. `--quick` uses small sizes so the test
suite can run it; its figures are not compared with targets.
"""

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests
from sqlalchemy import create_engine, insert, text, update
from sqlalchemy.engine import make_url

from app.core.catalogs import Catalogs
from app.core.clock import SystemClock
from app.core.ids import new_id
from app.core.records import Household
from app.core.store.keyring import LocalUser
from app.core.workspace import initialise
from sync.client import SyncClient
from sync.protocol import PROTOCOL_HEADER
from sync.server.auth import add_user
from sync.server.merge import validate
from sync.server.migrate import upgrade
from sync.server.schema import counter, docs
from sync.server.store import ServerStore

PASSWORD = "benchmark-password"
# noop_sync_ms is a p95; noop_sync_p50_ms (issue 13: a no-op sync, its digest check
# included, at 100,000 records in scope) a median.
TARGETS = {"pull_records_per_s": 15_000, "push_records_per_s": 10_000, "noop_sync_ms": 30,
           "noop_sync_p50_ms": 15, "concurrent_changes_per_s": 3_000}
# The SQLite storage floor of the run in which the targets were first met (wave 1's last
# stop). Machines of this kind differ between sessions by up to 3x; the floor measured in
# the same run says how this one compares, and the targets are scaled by it (never made
# stricter). Both verdicts are printed: "ok" against the scaled targets, "ok_unscaled".
REFERENCE_FLOOR = {"write_rows_per_s": 121_000, "read_rows_per_s": 545_000}


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServerProcess:
    def __init__(self, url: str) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sync.server", "--db", url, "serve", "--port",
             str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(self.base + "/api/v1/info", timeout=1).ok:
                    return
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def seed(store: ServerStore, count: int) -> None:
    """`count` households written straight into the server's documents (set-up only)."""
    template = validate(Household, {"parish": "PIL", "community": "Semilla",
                                    "address_reference": "Junto a la escuela"})
    rows = []
    for n in range(count):
        rid = new_id()
        data = dict(template, id=rid, community=f"Comunidad {n}")
        rows.append({"id": rid, "type": "household", "version": n + 1, "deleted": False,
                     "data": json.dumps(data, separators=(",", ":")),
                     "field_meta": {}, "parish": "PIL", "case_id": None, "junta": False})
    with store.write() as conn:
        for start in range(0, count, 5000):
            conn.execute(insert(docs), rows[start:start + 5000])
        conn.execute(update(counter).values(value=count))


def storage_floor(url: str, count: int) -> dict:
    """The same rows written and read straight through the server's store, without HTTP,
    validation or merging: what the storage alone allows on this machine, this run."""
    store = ServerStore(url, SystemClock())
    upgrade(store)
    template = validate(Household, {"parish": "PIL", "community": "Semilla"})
    rows = []
    for n in range(count):
        rid = new_id()
        rows.append((rid, "household", n + 1, False,
                     json.dumps(dict(template, id=rid, community=f"C{n}")), "{}", "PIL",
                     None, False))
    names = ("id", "type", "version", "deleted", "data", "field_meta", "parish", "case_id",
             "junta")
    start = time.perf_counter()
    for first in range(0, count, 1000):
        with store.write() as conn:
            store.insert_rows(conn, docs, names, rows[first:first + 1000])
    write_s = time.perf_counter() - start
    start = time.perf_counter()
    with store.read() as conn:
        read = len(conn.execute(text("SELECT type, id, version, deleted, data FROM docs "
                                     "ORDER BY version")).all())
    read_s = time.perf_counter() - start
    store.dispose()
    assert read == count
    return {"write_rows_per_s": round(count / write_s), "read_rows_per_s": round(count / read_s)}


def single_device(url: str, folder: Path, pull_n: int, push_n: int) -> dict:
    store = ServerStore(url, SystemClock())
    upgrade(store)
    seed(store, pull_n)
    add_user(store, "bench", PASSWORD, "promotor", "PIL")
    server = ServerProcess(url)
    ws = initialise(folder, LocalUser("bench", "promotor", "PIL"), PASSWORD, Catalogs.load(),
                    SystemClock())
    try:
        client = SyncClient(ws.db, ws.clock)
        client.enroll(server.base, "bench", PASSWORD)
        start = time.perf_counter()
        report = client.sync(push=False)
        pull_s = time.perf_counter() - start
        assert report.received == pull_n and report.complete, report
        with ws.db.write() as s:
            ws.writer.create_many(s, [Household(parish="PIL", community=f"Nueva {n}")
                                      for n in range(push_n)])
        start = time.perf_counter()
        report = client.sync(pull=False)
        push_s = time.perf_counter() - start
        assert report.sent == push_n and report.pending == 0, report
        assert client.sync().verified  # the scope's digest, worked out once
        noop = []
        for _ in range(20):
            start = time.perf_counter()
            report = client.sync()
            noop.append(time.perf_counter() - start)
            # Each no-op sync checks the digest: verified, nothing to repair.
            assert report.complete and report.received == 0 and report.verified
            assert report.repaired == 0
    finally:
        ws.close()
        server.stop()
        store.dispose()
    return {"pull_records": pull_n, "pull_records_per_s": round(pull_n / pull_s),
            "push_records": push_n, "push_records_per_s": round(push_n / push_s),
            "noop_sync_ms": {"p50": round(statistics.median(noop) * 1000, 2),
                             "p95": round(percentile(noop, 95) * 1000, 2)}}


def many_devices(url: str, devices: int, batches: int, batch_size: int,
                 servers: int) -> dict:
    store = ServerStore(url, SystemClock())
    upgrade(store)
    procs = [ServerProcess(url) for _ in range(servers)]
    try:
        sessions = []
        for n in range(devices):
            name = f"dev{n}-{uuid.uuid4().hex[:6]}"
            add_user(store, name, PASSWORD, "promotor", "PIL")
            device_id = new_id()
            base = procs[n % servers].base
            token = requests.post(base + "/api/v1/enroll", timeout=30, json={
                "username": name, "password": PASSWORD, "device_id": device_id}).json()["token"]
            session = requests.Session()
            session.headers.update({"Authorization": f"Bearer {token}",
                                    PROTOCOL_HEADER: "1", "Content-Type": "application/json"})
            bodies = [json.dumps({"device_id": device_id, "changes": [
                {"seq": b * batch_size + i + 1, "record_type": "household",
                 "record_id": new_id(), "op": "create",
                 "fields": {"parish": "PIL", "community": f"C{b}-{i}"}}
                for i in range(batch_size)]}) for b in range(batches)]
            sessions.append((session, base, bodies))
        latencies: list[float] = []
        errors: list[str] = []
        barrier = threading.Barrier(devices + 1)

        def run(session: requests.Session, base: str, bodies: list[str]) -> None:
            barrier.wait()
            for body in bodies:
                start = time.perf_counter()
                resp = session.post(base + "/api/v1/push", data=body, timeout=120)
                latencies.append(time.perf_counter() - start)
                if resp.status_code != 200 or any(
                        r["status"] != "applied" for r in resp.json()["results"]):
                    errors.append(str(resp.status_code))

        threads = [threading.Thread(target=run, args=args) for args in sessions]
        for t in threads:
            t.start()
        barrier.wait()
        start = time.perf_counter()
        for t in threads:
            t.join()
        seconds = time.perf_counter() - start
    finally:
        for p in procs:
            p.stop()
    with store.read() as conn:
        stored = conn.execute(text("SELECT count(*) FROM docs")).scalar()
    store.dispose()
    total = devices * batches * batch_size
    return {"devices": devices, "server_processes": servers, "changes": total,
            "stored": stored, "errors": len(errors),
            "changes_per_s": round(total / seconds),
            "batch_ms": {"p50": round(statistics.median(latencies) * 1000, 1),
                         "p95": round(percentile(latencies, 95) * 1000, 1)}}


def fresh_pg(base: str) -> tuple[str, str]:
    name = f"defensoria_bench_{uuid.uuid4().hex[:8]}"
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(base).set(database=name).render_as_string(hide_password=False), name


def drop_pg(base: str, name: str) -> None:
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--pg", default=os.environ.get("DEFENSORIA_TEST_PG"))
    args = parser.parse_args()
    pull_n, push_n = (2_000, 500) if args.quick else (100_000, 10_000)
    devices, batches, size = (5, 2, 20) if args.quick else (50, 10, 100)
    result: dict = {"quick": args.quick, "targets": TARGETS}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        result["sqlite"] = single_device(f"sqlite:///{folder / 'server.db'}",
                                         folder / "client-sqlite", pull_n, push_n)
        result["sqlite"]["concurrent"] = many_devices(
            f"sqlite:///{folder / 'server2.db'}", devices, batches, size, 1)
        result["sqlite"]["storage_floor"] = storage_floor(
            f"sqlite:///{folder / 'floor.db'}", push_n)
        if args.pg:
            url, name = fresh_pg(args.pg)
            try:
                result["postgresql"] = single_device(url, folder / "client-pg", pull_n,
                                                     push_n)
            finally:
                drop_pg(args.pg, name)
            url, name = fresh_pg(args.pg)
            try:
                result["postgresql"]["concurrent"] = many_devices(url, devices, batches,
                                                                  size, 2)
            finally:
                drop_pg(args.pg, name)
            url, name = fresh_pg(args.pg)
            try:
                result["postgresql"]["storage_floor"] = storage_floor(url, push_n)
            finally:
                drop_pg(args.pg, name)
    if not args.quick:
        factor = machine_factor(result["sqlite"]["storage_floor"])
        scaled = scaled_targets(factor)
        result["machine_factor"] = round(factor, 3)
        result["scaled_targets"] = scaled
        dbs = [name for name in ("sqlite", "postgresql") if name in result]
        result["ok"] = {name: verdict(result[name], scaled) for name in dbs}
        result["ok_unscaled"] = {name: verdict(result[name], TARGETS) for name in dbs}
    print(json.dumps(result))


def machine_factor(floor: dict) -> float:
    """How fast this machine's storage runs against the reference run (geometric mean of
    writes and reads), at most 1."""
    ratio = 1.0
    for name, reference in REFERENCE_FLOOR.items():
        ratio *= floor[name] / reference
    return min(1.0, ratio ** (1 / len(REFERENCE_FLOOR)))


def scaled_targets(factor: float) -> dict:
    return {"pull_records_per_s": round(TARGETS["pull_records_per_s"] * factor),
            "push_records_per_s": round(TARGETS["push_records_per_s"] * factor),
            "noop_sync_ms": round(TARGETS["noop_sync_ms"] / factor, 1),
            "noop_sync_p50_ms": round(TARGETS["noop_sync_p50_ms"] / factor, 1),
            "concurrent_changes_per_s": round(TARGETS["concurrent_changes_per_s"] * factor)}


def verdict(figures: dict, targets: dict) -> dict[str, bool]:
    return {"pull": figures["pull_records_per_s"] >= targets["pull_records_per_s"],
            "push": figures["push_records_per_s"] >= targets["push_records_per_s"],
            "noop": figures["noop_sync_ms"]["p95"] <= targets["noop_sync_ms"],
            "noop_p50": figures["noop_sync_ms"]["p50"] <= targets["noop_sync_p50_ms"],
            "concurrent": figures["concurrent"]["changes_per_s"]
            >= targets["concurrent_changes_per_s"] and figures["concurrent"]["errors"] == 0}


if __name__ == "__main__":
    main()
