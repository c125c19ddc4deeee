"""bench/reports.py in quick mode, so it doesn't rot; targets are checked by full runs."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "reports.py"


@pytest.mark.slow
def test_reports_benchmark_quick(tmp_path):
    env = {**os.environ, "DEFENSORIA_BENCH_CACHE": str(tmp_path)}
    result = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True,
                            text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["quick"] is True and data["persons"] > 1000 and data["cases"] > 10
    assert data["referral"]["p95_ms"] >= data["referral"]["p50_ms"] > 0
    assert data["canton_s"] > 0 and data["canton_pages"] >= 2
    assert data["targets"] == {"referral_p95_ms": 150, "canton_s": 3.0}
