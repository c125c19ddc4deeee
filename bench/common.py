"""Shared set-up for benchmarks: a demo store built once per size and reused."""

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.core.catalogs import Catalogs
from app.core.clock import SystemClock
from app.core.demo import DemoGenerator
from app.core.store.keyring import LocalUser
from app.core.workspace import Workspace, initialise, unlock

PASSWORD = "benchmark-password"
CACHE = Path(os.environ.get("DEFENSORIA_BENCH_CACHE")
             or Path(__file__).resolve().parents[1] / ".bench-cache")


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))
    return ordered[index]


def summary_ms(samples: list[float]) -> dict[str, float]:
    return {"p50_ms": round(statistics.median(samples) * 1000, 2),
            "p95_ms": round(percentile(samples, 95) * 1000, 2)}


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def demo_store(families: int, seed: int = 1, fresh: bool = False) -> tuple[Path, float | None]:
    """A store with `families` demo households; returns it and the seconds it took to
    generate (None when it came from the cache). Benchmarks that write should work on
    `working_copy()` of it, so the cached store stays as generated."""
    folder = CACHE / f"demo-{families}-{seed}"
    if (folder / "ready").exists() and not fresh:
        # Opening it brings a store made by older code to today's schema, once: otherwise
        # every working copy would time that migration as part of its first unlock.
        open_store(folder, check_integrity=False).close()
        return folder, None
    shutil.rmtree(folder, ignore_errors=True)
    ws = initialise(folder, LocalUser("bench", "promotor"), PASSWORD, None, SystemClock())
    try:
        seconds = timed(lambda: DemoGenerator(ws.db, ws.writer, ws.catalogs, ws.today(),
                                              seed).generate(families))
    finally:
        ws.close()
    (folder / "ready").write_text("ok")
    return folder, seconds


def open_store(folder: Path, check_integrity: bool = True) -> Workspace:
    return unlock(folder, "bench", PASSWORD, Catalogs.load(), SystemClock(),
                  check_integrity=check_integrity)


def emit(result: dict) -> None:
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


def working_copy(folder: Path) -> Path:
    target = Path(tempfile.mkdtemp(prefix="defensoria-bench-")) / folder.name
    shutil.copytree(folder, target)
    return target
