"""bench/installer.py in quick mode, so it does not rot (figures are read in full runs)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "installer.py"


@pytest.mark.slow
def test_installer_benchmark_quick(tmp_path: Path) -> None:
    # The unfrozen half only: `make installer-check` runs it on the fresh bundle.
    env = {**os.environ, "DEFENSORIA_BENCH_BUNDLE": str(tmp_path / "no-bundle")}
    result = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True,
                            text=True, timeout=600, env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["quick"] is True and data["start_unfrozen_ms"] > 0
    assert "start_frozen_ms" not in data
