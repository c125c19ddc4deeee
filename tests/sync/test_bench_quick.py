"""The sync benchmark runs in quick mode so it does not rot; targets are for full runs."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "sync.py"
ERASURE = BENCH.with_name("erasure.py")


@pytest.mark.slow
def test_sync_benchmark_quick() -> None:
    env = {k: v for k, v in os.environ.items() if k != "DEFENSORIA_TEST_PG"}
    result = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True,
                            text=True, env=env, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    run = data["sqlite"]
    assert run["pull_records_per_s"] > 0 and run["push_records_per_s"] > 0
    assert run["noop_sync_ms"]["p95"] >= run["noop_sync_ms"]["p50"] > 0
    assert run["concurrent"]["errors"] == 0
    assert run["concurrent"]["stored"] == run["concurrent"]["changes"]
    assert run["storage_floor"]["write_rows_per_s"] > 0
    assert run["storage_floor"]["read_rows_per_s"] > 0


@pytest.mark.slow
def test_erasure_benchmark_quick() -> None:
    """Erasure reaches every device in one sync round (3 devices here, 50 in full)."""
    result = subprocess.run([sys.executable, str(ERASURE), "--quick"], capture_output=True,
                            text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["held_before"] == data["dropped_after_one_round"] == data["devices"] == 3
    assert data["rounds"] == 1 and data["ok"]
