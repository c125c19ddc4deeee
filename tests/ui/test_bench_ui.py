"""bench/ui.py in quick mode, so the desktop benchmark does not rot."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "ui.py"


@pytest.mark.slow
def test_ui_benchmark_quick(tmp_path):
    env = {**os.environ, "DEFENSORIA_BENCH_CACHE": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True,
                            text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["persons"] > 1000 and data["typeahead_results"] > 0
    assert data["start_app_ms"] > 0 and data["start_bare_ms"] > 0
    assert data["typeahead"]["p95_ms"] >= data["typeahead"]["p50_ms"] > 0
    assert data["unlock_to_home_ms"] > 0 and data["rss_after_browse_mb"] > 0
    assert data["households"] == 300 and data["households_list_ms"] > 0
