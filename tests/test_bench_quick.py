"""Benchmarks run in quick mode so they don't rot; their figures are checked in full runs."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.mark.slow
def test_foundation_benchmark_quick(tmp_path):
    env = {**os.environ, "DEFENSORIA_BENCH_CACHE": str(tmp_path)}
    result = subprocess.run([sys.executable, str(BENCH / "search.py"), "--quick"],
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["persons"] > 1000
    for key in ("search", "search_floor_raw_fts5", "save", "unlock"):
        assert data[key]["p95_ms"] >= data[key]["p50_ms"] > 0
    assert data["search_ratio_p95"] > 0 and data["demo_families_per_s"] > 0


@pytest.mark.slow
def test_backup_benchmark_quick(tmp_path):
    env = {**os.environ, "DEFENSORIA_BENCH_CACHE": str(tmp_path)}
    result = subprocess.run([sys.executable, str(BENCH / "backup.py"), "--quick"],
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["persons"] > 1000 and data["records"] > data["persons"]
    assert data["backup_s"] > 0 and data["restore_s"] > 0 and data["file_mb"] > 0
    assert data["copy_only_s"]["backup"] > 0 and data["copy_only_s"]["export"] > 0
