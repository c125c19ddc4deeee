"""Foundation benchmark: search latency against its raw FTS5 floor, save, unlock, demo data.

Prints one JSON object. Full run: 20,000 households (~100,000 persons). `--quick` uses a
small store so the test suite can run it; its figures are not compared with targets.
"""

import argparse
import gc
import shutil
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from bench.common import (
    demo_store,
    emit,
    open_store,
    summary_ms,
    timed,
    working_copy,
)

QUERIES = ["maria", "chicaiza", "jose luis", "pilahuin", "pilaguin", "masaquiza ana",
           "quisapincha", "tamboloma", "1804", "nunez", "peña", "caiza rosa", "inti",
           "toalombo", "sisa", "picaigua", "juan", "yucailla", "pérez", "tisalema"]
ROUNDS = 10
SAVES = 200
TARGETS = {"search_p95_ms": 30, "search_ratio": 2.0, "save_p95_ms": 15, "unlock_ms": 500,
           "demo_20000_s": 60}


def raw_floor(ws, expressions: list[str]) -> list[float]:
    """The same MATCH expressions as plain FTS5 SQL on the same file: the floor."""
    sql = text("SELECT p.id, p.given_names, p.surnames, p.doc_number, p.birth_date, "
               "h.community, h.parish FROM person_fts f JOIN person p ON p.rowid = f.rowid "
               "LEFT JOIN household h ON h.id = p.household_id WHERE person_fts MATCH :q "
               "ORDER BY f.rank LIMIT 20")
    samples = []
    with ws.db.engine.connect() as conn:
        for _ in range(ROUNDS):
            for q in expressions:
                samples.append(timed(lambda q=q: conn.execute(sql, {"q": q}).all()))
        conn.rollback()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    families = 300 if args.quick else 20_000
    cached, demo_seconds = demo_store(families, fresh=not args.quick)
    folder = working_copy(cached)

    # Unlock = key derivation + open + schema check. The full-file integrity check runs
    # after unlock, off the UI thread (the desktop app does it in a worker): timed apart.
    unlock_samples = []
    for _ in range(3 if args.quick else 5):
        open_store(folder, check_integrity=False).close()
    for _ in range(3 if args.quick else 5):
        start = time.perf_counter()
        opened = open_store(folder, check_integrity=False)
        unlock_samples.append(time.perf_counter() - start)
        opened.close()
    ws = open_store(folder, check_integrity=False)
    integrity_s = timed(ws.db.check_integrity)
    persons = ws.families.count_persons()

    for q in QUERIES:   # warm the page cache as a user's first keystrokes would
        ws.search.persons(q)
    search = []
    for _ in range(ROUNDS):
        for q in QUERIES:
            search.append(timed(lambda q=q: ws.search.persons(q)))
    floor = raw_floor(ws, [ws.search.match_expression(q) for q in QUERIES])

    household = ws.families.create_household(parish="PIL", community="Tamboloma")
    gc.collect()
    saves = [timed(lambda i=i: ws.families.add_person(
        household_id=household.id, given_names=f"Bench {i}", surnames="Pérez Chicaiza",
        sex="mujer", birth_date=date(2015, 1, 1 + i % 28), confirm_duplicates=True))
        for i in range(SAVES)]
    ws.close()
    shutil.rmtree(folder.parent, ignore_errors=True)

    s, f = summary_ms(search), summary_ms(floor)
    result = {
        "benchmark": "foundation", "quick": args.quick, "households": families,
        "persons": persons,
        "search": s, "search_floor_raw_fts5": f,
        "search_ratio_p95": round(s["p95_ms"] / max(f["p95_ms"], 0.001), 2),
        "save": summary_ms(saves),
        "unlock": summary_ms(unlock_samples),
        "integrity_check_background_ms": round(integrity_s * 1000, 1),
        "demo_data_s": None if demo_seconds is None else round(demo_seconds, 1),
        "demo_families_per_s": None if demo_seconds is None
        else round(families / demo_seconds),
        "targets": TARGETS,
    }
    if not args.quick:
        result["ok"] = {
            "search_p95": s["p95_ms"] <= TARGETS["search_p95_ms"],
            "search_ratio": result["search_ratio_p95"] <= TARGETS["search_ratio"],
            "save_p95": result["save"]["p95_ms"] <= TARGETS["save_p95_ms"],
            "unlock": result["unlock"]["p95_ms"] <= TARGETS["unlock_ms"],
            "demo": demo_seconds is None or demo_seconds <= TARGETS["demo_20000_s"],
        }
    emit(result)


if __name__ == "__main__":
    main()
