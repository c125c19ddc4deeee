"""`defensoria --self-test` where Qt prints a warning says which warning it was.

The bundle run without a UTF-8 locale (`env -i … defensoria --self-test`) made Qt warn
about the locale; the self-test used to report a TypeError of its own error type instead
(`message=` given to an exception whose first parameter was `message`).
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_reports_the_qt_warning_it_caught(tmp_path: Path) -> None:
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), "TMPDIR": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "DEFENSORIA_LANG": "es",
           "PYTHONPATH": str(ROOT),
           # A C locale that Python leaves alone: Qt warns that it is not UTF-8.
           "LC_ALL": "C", "PYTHONCOERCECLOCALE": "0"}
    result = subprocess.run([sys.executable, "-m", "app", "--self-test"], env=env,
                            cwd=tmp_path, capture_output=True, text=True, timeout=120,
                            stdin=subprocess.DEVNULL)
    window = [line for line in result.stdout.splitlines() if "ventana principal" in line]
    assert result.returncode == 1, result.stdout + result.stderr
    assert len(window) == 1 and window[0].startswith("FALLO "), result.stdout
    assert "Qt advirtió: " in window[0] and "locale" in window[0], window[0]
    assert "TypeError" not in result.stdout
