"""Benchmarks run in quick mode so they don't rot; their figures are checked in full runs."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def run_quick(name: str, cache: Path) -> dict:
    """bench/<name>.py --quick with its demo stores in `cache`: its one JSON object."""
    env = {**os.environ, "DEFENSORIA_BENCH_CACHE": str(cache)}
    result = subprocess.run([sys.executable, str(BENCH / f"{name}.py"), "--quick"],
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.slow
def test_foundation_benchmark_quick(tmp_path):
    data = run_quick("search", tmp_path)
    assert data["persons"] > 1000
    for key in ("search", "search_floor_raw_fts5", "save", "unlock"):
        assert data[key]["p95_ms"] >= data[key]["p50_ms"] > 0
    assert data["search_ratio_p95"] > 0 and data["demo_families_per_s"] > 0


@pytest.mark.slow
def test_backup_benchmark_quick(tmp_path):
    data = run_quick("backup", tmp_path)
    assert data["persons"] > 1000 and data["records"] > data["persons"]
    assert data["backup_s"] > 0 and data["restore_s"] > 0 and data["file_mb"] > 0
    assert data["copy_only_s"]["backup"] > 0 and data["copy_only_s"]["export"] > 0


@pytest.mark.slow
def test_plan_report_benchmark_quick(tmp_path):
    data = run_quick("plan_report", tmp_path)
    assert (data["plans"], data["actions"], data["activities"]) == (5, 30, 300)
    assert data["plan_report_pdf_s"] > 0 and data["plan_report_xlsx_s"] > 0
    assert data["pdf_pages"] >= 1 and "meets_targets" not in data


def test_retention_benchmark_quick(tmp_path):
    data = run_quick("retention", tmp_path)
    assert data["records"] == data["changed"] == 2000
    assert data["second_run_changed"] == 0 and data["run_s"] > 0


def test_plans_benchmark_quick(tmp_path):
    """The plan page's model load over a small canton (bench/plans.py; plan_data.py)."""
    data = run_quick("plans", tmp_path)
    assert data["plans"] == 4 and data["actions"] == 30 and data["activities"] == 300
    assert data["rows"] == 30 and data["cells"] == 30 * 6
    assert data["plan_page_canton"]["p95_ms"] >= data["plan_page_canton"]["p50_ms"] > 0
