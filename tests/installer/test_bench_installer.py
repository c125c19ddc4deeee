"""bench/installer.py in quick mode, so it does not rot (figures are read in full runs)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "installer.py"


@pytest.mark.slow
def test_installer_benchmark_quick() -> None:
    result = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["quick"] is True and data["start_unfrozen_ms"] > 0
    if "start_frozen_ms" in data:  # a bundle was built (make installer)
        assert data["bundle_mb"] > 0 and data["start_ratio"] > 0
