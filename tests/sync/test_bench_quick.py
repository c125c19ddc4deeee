"""The sync benchmark runs in quick mode so it does not rot; targets are for full runs."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "sync.py"


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
