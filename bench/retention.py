"""Retention (issue 14 §3): the run over 100,000 records ≤ 30 s.

Prints one JSON object. The server database (SQLite) is filled straight through SQL
with records last changed twelve years ago, in units of five: a closed case, the child
it is about, a note, a referral to the Junta and its closing step. Rules: cases and
persons anonymised after 10 years. Every record is due; the run anonymises them all,
page by page; a second run finds nothing. `--quick` uses 2,000 records.
"""

import argparse
import json
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import update

from app.core.clock import FixedClock
from app.core.ids import new_id
from sync.server import retention, retention_policy
from sync.server.doc_versions import NEW_DOC
from sync.server.migrate import upgrade
from sync.server.schema import counter, docs
from sync.server.store import ServerStore

TARGETS = {"run_s": 30.0}
NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)
OLD = "2014-05-06T10:00:00Z"
STAMPS = {"created_by": "ana", "created_device": "d1", "created_at": OLD,
          "updated_by": "ana", "updated_device": "d1", "updated_at": OLD, "deleted": False}


def unit(n: int) -> list[tuple[str, str, str | None, dict]]:
    """(id, type, case id, data) of one closed case and what belongs to it."""
    case, person, referral = new_id(), new_id(), new_id()
    return [
        (person, "person", None, {
            "household_id": None, "given_names": f"Nombre{n}", "surnames": f"Apellido{n}",
            "doc_type": "cedula", "doc_number": f"{1800000000 + n}",
            "birth_date": "2008-03-14", "sex": "mujer" if n % 2 else "hombre",
            "ethnicity": "indigena", "phone": "0999999999", "name_key": f"nombre{n}"}),
        (case, "case", case, {
            "code": f"PIL-2014-{n:05d}", "parish": "PIL", "affected_person_ids": [person],
            "violation_types": ["negligencia"], "facts": f"Hechos del caso {n}",
            "reporter_name": "Vecina", "status": "closed", "opened_on": "2014-02-01"}),
        (new_id(), "case_note", case, {"case_id": case, "kind": "status",
                                       "status": "closed", "text": "Caso atendido"}),
        (referral, "referral", case, {"case_id": case, "institution": "junta",
                                      "reason": "Medidas de protección"}),
        (new_id(), "referral_status", case, {"referral_id": referral, "status": "closed",
                                             "answer": "Medida emitida"}),
    ]


def fill(store: ServerStore, units: int) -> int:
    rows, version = [], 0
    for n in range(units):
        for record_id, record_type, case_id, data in unit(n):
            version += 1
            body = {"id": record_id, **STAMPS, **data}
            meta = {name: [version, "d1"] for name in data}
            rows.append((record_id, record_type, version, False, json.dumps(body),
                         json.dumps(meta), "PIL", case_id, record_type == "referral", ""))
    with store.write() as conn:
        store.insert_rows(conn, docs, NEW_DOC, rows)
        conn.execute(update(counter).where(counter.c.name == "version").values(value=version))
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--units", type=int, help="units of five records (default 20,000)")
    args = parser.parse_args()
    units = args.units or (400 if args.quick else 20_000)
    with tempfile.TemporaryDirectory() as tmp:
        store = ServerStore(f"sqlite:///{Path(tmp) / 'server.db'}", FixedClock(NOW))
        try:
            upgrade(store)
            records = fill(store, units)
            retention_policy.set_rule(store, "case", 10, "anonymise", by="bench")
            retention_policy.set_rule(store, "person", 10, "anonymise", by="bench")
            start = time.perf_counter()
            counts = retention.run(store)
            run_s = time.perf_counter() - start
            start = time.perf_counter()
            again = retention.run(store)
            second_s = time.perf_counter() - start
        finally:
            store.dispose()
    print(json.dumps({
        "quick": args.quick, "targets": TARGETS, "records": records,
        "changed": sum(counts.values()), "per_type": counts,
        "run_s": round(run_s, 3), "records_per_s": round(records / run_s),
        "second_run_changed": sum(again.values()), "second_run_s": round(second_s, 3),
        "meets_targets": run_s <= TARGETS["run_s"],
    }))


if __name__ == "__main__":
    main()
