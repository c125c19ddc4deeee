"""Backup of the encrypted store (issue 13 §2): target ≤ 10 s for 100,000 persons.

Prints one JSON object. Full run: 20,000 households (~100,000 persons). `--quick` uses a
small store so the test suite keeps this from rotting. Also measured: the bare copy by
SQLite's online backup (what `write_backup` uses) against sqlcipher_export, and a
restore (unwrap, check, fork) of the backup written.
"""

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.backups import restore, write_backup
from app.core.clock import SystemClock
from bench.common import PASSWORD, demo_store, emit, open_store, timed

TARGETS = {"backup_s": 10.0}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    families = 300 if args.quick else 20_000
    folder, generated = demo_store(families)
    scratch = Path(tempfile.mkdtemp(prefix="defensoria-backup-bench-"))
    ws = open_store(folder, check_integrity=False)
    try:
        persons = ws.families.count_persons()
        target = scratch / "copia.dfbackup"
        records = 0

        def backup() -> None:
            nonlocal records
            records = write_backup(ws.db, folder, target, SystemClock())

        backup_s = timed(backup)
        copies = {}
        for method in ("backup", "export"):
            bare = scratch / f"{method}.db"
            copies[method] = round(timed(lambda b=bare, m=method: ws.db.copy_to(b, "", m)), 3)
            bare.unlink()
    finally:
        ws.close()
    restore_s = timed(lambda: restore(target, scratch / "restored", "bench", PASSWORD,
                                      SystemClock()))
    result = {
        "quick": args.quick, "targets": TARGETS, "persons": persons, "records": records,
        "backup_s": round(backup_s, 3), "file_mb": round(target.stat().st_size / 2**20, 1),
        "copy_only_s": copies, "restore_s": round(restore_s, 3),
        "demo_generated_s": None if generated is None else round(generated, 1),
        "meets_targets": backup_s <= TARGETS["backup_s"],
    }
    shutil.rmtree(scratch, ignore_errors=True)
    emit(result)


if __name__ == "__main__":
    main()
