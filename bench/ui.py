"""Desktop benchmark: start-up against a bare PySide6 window, unlock to a usable home,
type-ahead through the widget, and memory after browsing every person.

Prints one JSON object. Full run: 20,000 households (~100,000 persons). `--quick` uses a
small store so the test suite can run it; its figures are not compared with targets.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGETS = {"start_ratio": 2.5, "unlock_to_home_ms": 800, "typeahead_p95_ms": 50,
           "rss_after_browse_mb": 300}
QUERIES = ["maria chicaiza", "jose luis", "pilahuin", "masaquiza ana", "tamboloma",
           "1804", "nunez", "caiza rosa", "sisa", "toalombo", "yucailla", "tisalema"]
MARK = "SHOWN"
# A bare PySide6 window's start in the run where the time targets were first met (wave
# 1's desktop stop): the bare start of the same run says how fast this machine is, and the
# time targets are scaled by it (never made stricter). Both verdicts are printed.
REFERENCE_BARE_MS = 247.8
TIMED = ("unlock_to_home_ms", "typeahead_p95_ms")

BARE = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1366, 768); w.show()
QTimer.singleShot(0, lambda: (print("{MARK}", flush=True), app.quit()))
app.exec()
"""

OURS = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from app.ui.shell.main import build_app
app, w = build_app(Path(sys.argv[1]), sys.argv[:1])
w.show()
QTimer.singleShot(0, lambda: (print("{MARK}", flush=True), w.close(), app.quit()))
app.exec()
"""


def start_time(script: str, *args: str) -> float:
    """Seconds from spawning the process to its first window shown and painted."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    begin = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                            text=True, env=env, cwd=tempfile.gettempdir())
    for line in proc.stdout:  # type: ignore[union-attr]
        if line.strip() == MARK:
            elapsed = time.perf_counter() - begin
            break
    else:
        raise RuntimeError("the window never showed")
    proc.wait(timeout=60)
    return elapsed


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A store of its own: other benchmarks may rebuild theirs while this one runs.
    os.environ.setdefault("DEFENSORIA_BENCH_CACHE", str(ROOT / ".bench-cache" / "ui"))
    from app.ui.shell.search_box import MIN_CHARS
    from bench.common import demo_store, emit, summary_ms, working_copy
    from bench.ui_session import (
        browse_all,
        browse_households,
        typeahead_samples,
        unlock_to_home,
        wait_for,
    )

    families = 300 if args.quick else 20_000
    rounds = 2 if args.quick else 5
    cached, _ = demo_store(families)
    folder = working_copy(cached)
    start_time(BARE)  # warm the file cache for both
    start_time(OURS, str(folder))
    bare = [start_time(BARE) for _ in range(rounds)]
    ours = [start_time(OURS, str(folder)) for _ in range(rounds)]
    bare_s, ours_s = statistics.median(bare), statistics.median(ours)
    rss_start = rss_mb()
    unlock_s, window = unlock_to_home(folder)
    rss_home = rss_mb()
    # The store's integrity check runs in the background after unlocking; a person
    # browsing 100,000 rows by hand does so long after it has finished.
    wait_for(window.integrity_checked)
    samples, hits = typeahead_samples(window, QUERIES)
    rss_search = rss_mb()
    persons, browse_s = browse_all(window)
    rss = rss_mb()
    households, households_s = browse_households(window)
    typeahead = summary_ms(samples)
    result = {
        "quick": args.quick, "persons": persons,
        "start_bare_ms": round(bare_s * 1000, 1), "start_app_ms": round(ours_s * 1000, 1),
        "start_ratio": round(ours_s / bare_s, 2),
        "unlock_to_home_ms": round(unlock_s * 1000, 1),
        "typeahead": typeahead, "typeahead_keystrokes": len(samples),
        "typeahead_min_chars": MIN_CHARS,
        "typeahead_results": hits,
        "browse_all_persons_s": round(browse_s, 2), "rss_after_browse_mb": round(rss, 1),
        "households": households, "households_list_ms": round(households_s * 1000, 1),
        "rss_stages_mb": {"before_unlock": round(rss_start, 1), "home": round(rss_home, 1),
                          "after_typeahead": round(rss_search, 1)},
        "targets": TARGETS,
    }
    if not args.quick:
        factor = min(1.0, REFERENCE_BARE_MS / result["start_bare_ms"])
        scaled = {k: round(v / factor, 1) if k in TIMED else v for k, v in TARGETS.items()}
        result["machine_factor"] = round(factor, 3)
        result["scaled_targets"] = scaled
        result["meets_targets"] = verdict(result, scaled)
        result["meets_targets_unscaled"] = verdict(result, TARGETS)
    window.close()
    emit(result)


def verdict(result: dict, targets: dict) -> dict[str, bool]:
    return {
        "start_ratio": result["start_ratio"] <= targets["start_ratio"],
        "unlock_to_home_ms": result["unlock_to_home_ms"] <= targets["unlock_to_home_ms"],
        "typeahead_p95_ms": result["typeahead"]["p95_ms"] <= targets["typeahead_p95_ms"],
        "rss_after_browse_mb": result["rss_after_browse_mb"]
        <= targets["rss_after_browse_mb"],
    }


if __name__ == "__main__":
    main()
