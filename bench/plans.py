"""Plans benchmark: the plan page's model load for the whole canton (the POA and 18 PTAs,
300 actions, 5,000 linked activities): planned against done in one query, then every cell
of the page's table formatted (the month strip, the targets, what is late).

Prints one JSON object. `--quick` uses a small canton so the test suite can run it; its
figures are not compared with targets. The canton is built by bench/plan_data.py.
"""

import argparse
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QModelIndex

from app.core.catalogs import Catalogs
from app.core.clock import FixedClock
from app.core.store.keyring import LocalUser
from app.core.workspace import initialise
from app.ui.models.plans import PlanProgressModel
from bench.common import PASSWORD, emit, summary_ms
from bench.plan_data import build_canton

TARGETS = {"plan_page_canton_s": 1.0}
ROUNDS = 5
# A fixed day late in the year: most months are over, so the "late" texts are written.
NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)


def load_page(ws, model: PlanProgressModel, year: int) -> int:
    """What the plan page does for the canton: the progress, the model, every cell."""
    model.set_items(ws.plans.progress(year))
    top = QModelIndex()
    cells = 0
    for row in range(model.rowCount(top)):
        for column in range(model.columnCount(top)):
            cells += model.index(row, column).data() is not None
    return cells


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sizes = (3, 30, 300) if args.quick else (18, 300, 5000)
    # Translating models (tr) as the desktop does: an application object exists.
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="defensoria-bench-plans-")) / "data"
    ws = initialise(folder, LocalUser("bench", "tecnico", ""), PASSWORD, Catalogs.load(),
                    FixedClock(NOW))
    try:
        start = time.perf_counter()
        canton = build_canton(ws, *sizes)
        built = time.perf_counter() - start
        model = PlanProgressModel(ws.today)
        samples, cells = [], 0
        for _ in range(ROUNDS):
            begin = time.perf_counter()
            cells = load_page(ws, model, canton.year)
            samples.append(time.perf_counter() - begin)
    finally:
        ws.close()
        shutil.rmtree(folder.parent, ignore_errors=True)
    result = {
        "quick": args.quick, "parishes": len(canton.parishes), "plans": canton.plans,
        "actions": canton.actions, "activities": canton.activities,
        "rows": model.rowCount(), "cells": cells, "build_s": round(built, 2),
        "plan_page_canton": summary_ms(samples),
        "plan_page_canton_s": round(max(samples), 3), "targets": TARGETS,
    }
    del app
    if not args.quick:
        result["meets_targets"] = result["plan_page_canton_s"] <= TARGETS["plan_page_canton_s"]
    emit(result)


if __name__ == "__main__":
    main()
