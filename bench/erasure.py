"""Erasure benchmark (issue 14): erasing one person reaches 50 devices in one sync round
each. 50 real SQLCipher stores enrolled with a real `defensoria-server serve` process
(SQLite file) pull the person; a técnico erases her through the HTTP API; each device
syncs once, and the benchmark counts the devices on which she is gone (row blanked, out
of the search index). Prints one JSON object; the target is "one round": every device
dropped her after its first sync. `--quick` uses 3 devices (the test suite runs it).
"""

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from app.core.catalogs import Catalogs
from app.core.clock import SystemClock
from app.core.records import Person
from app.core.store.keyring import LocalUser
from app.core.workspace import Workspace, initialise
from bench.sync import PASSWORD, ServerProcess, percentile, seed
from sync.admin_client import AdminClient
from sync.client import SyncClient
from sync.server.auth import add_user
from sync.server.migrate import upgrade
from sync.server.store import ServerStore

TARGETS = {"rounds": 1}
SURNAME = "Quishpe"


def device(folder: Path, base: str, username: str, role: str, parish: str,
           catalogs: Catalogs) -> tuple[Workspace, SyncClient]:
    ws = initialise(folder, LocalUser(username, role, parish), PASSWORD, catalogs,
                    SystemClock())
    client = SyncClient(ws.db, ws.clock)
    client.enroll(base, username, PASSWORD)
    return ws, client


def holds(ws: Workspace, person_id: str) -> bool:
    """Whether the store still holds the person's name (row or search index)."""
    with ws.db.read() as s:
        person = s.get(Person, person_id)
        indexed = s.execute(text("SELECT count(*) FROM person_fts WHERE person_fts "
                                 "MATCH :q"), {"q": SURNAME.lower()}).scalar_one()
    return bool(person is not None and (person.surnames or indexed))


def run(folder: Path, devices: int, background: int) -> dict:
    url = f"sqlite:///{folder / 'server.db'}"
    store = ServerStore(url, SystemClock())
    upgrade(store)
    seed(store, background)
    add_user(store, "bench", PASSWORD, "promotor", "PIL")
    add_user(store, "tere", PASSWORD, "tecnico", "")
    server = ServerProcess(url)
    catalogs = Catalogs.load()
    opened: list[Workspace] = []
    try:
        fleet = []
        for n in range(devices):
            fleet.append(device(folder / f"dev{n}", server.base, "bench", "promotor", "PIL",
                                catalogs))
            opened.append(fleet[-1][0])
        first = fleet[0][0]
        home = first.families.create_household(parish="PIL", community="Centro")
        girl = first.families.add_person(
            household_id=home.id, given_names="Wayra", surnames=SURNAME, sex="mujer",
            doc_type="cedula", doc_number="1804567897", birth_date=date(2015, 1, 9),
            relation_to_head="hijo_a", confirm_duplicates=True)
        first.families.record_consent(girl.id, purpose="services",
                                      given_by="representative",
                                      representative_name="Rosa Tenesaca",
                                      representative_relation="madre",
                                      given_on=first.today())
        for _ws, client in fleet:
            assert client.sync().complete
        held = sum(holds(ws, girl.id) for ws, _c in fleet)
        tere, _tc = device(folder / "tere", server.base, "tere", "tecnico", "", catalogs)
        opened.append(tere)
        start = time.perf_counter()
        erased = AdminClient(tere.db).erase_person(girl.id, "Pedido de la titular")
        erase_s = time.perf_counter() - start
        rounds = []
        for _ws, client in fleet:  # one sync each
            start = time.perf_counter()
            report = client.sync()
            rounds.append(time.perf_counter() - start)
            assert report.pulled_all, report
        dropped = sum(not holds(ws, girl.id) for ws, _c in fleet)
    finally:
        for ws in opened:
            ws.close()
        server.stop()
        store.dispose()
    return {"devices": devices, "background_records": background,
            "held_before": held, "records_erased": erased,
            "dropped_after_one_round": dropped, "rounds": 1 if dropped == devices else None,
            "erase_ms": round(erase_s * 1000, 1),
            "sync_ms": {"p50": round(statistics.median(rounds) * 1000, 1),
                        "p95": round(percentile(rounds, 95) * 1000, 1)},
            "total_sync_s": round(sum(rounds), 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    devices, background = (3, 200) if args.quick else (50, 2_000)
    with tempfile.TemporaryDirectory() as tmp:
        result = run(Path(tmp), devices, background)
    result.update(quick=args.quick, targets=TARGETS,
                  ok=result["held_before"] == devices and result["rounds"] == 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
