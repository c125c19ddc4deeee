"""`defensoria --self-test` from source, against the real server on loopback.

The same self-test runs frozen in CI (`make installer-check`); here it runs as the
project's own entry point in a child process, as a user would start it.
"""

import os
import subprocess
import sys
from pathlib import Path

from sync.server import releases
from tests.helpers.constants import PASSWORD
from tests.helpers.server import RunningServer

ROOT = Path(__file__).resolve().parents[2]


def self_test(tmp_path: Path, *args: str, password: str = PASSWORD) -> subprocess.CompletedProcess:
    env = {**os.environ, "DEFENSORIA_SERVER_PASSWORD": password, "TMPDIR": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "DEFENSORIA_LANG": "es",
           "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen by itself
    return subprocess.run([sys.executable, "-m", "app", "--self-test", *args], env=env,
                          cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def test_self_test_passes_and_wipes_its_store(wall_server: RunningServer,
                                              tmp_path: Path) -> None:
    releases.ensure_signing_key(wall_server.store, tmp_path / "servidor" / "release.key")
    wall_server.add_user("autoprueba", "promotor", "PIL")
    result = self_test(tmp_path, "--server", wall_server.url)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert len(lines) == 6 and all(line.startswith("OK ") for line in lines), lines
    assert any("sincroniz" in line for line in lines), lines
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("defensoria")] == []


def test_a_failing_check_says_fallo_and_exits_non_zero(wall_server: RunningServer,
                                                       tmp_path: Path) -> None:
    wall_server.add_user("autoprueba", "promotor", "PIL")
    result = self_test(tmp_path, "--server", wall_server.url, password="clave-equivocada")
    lines = result.stdout.splitlines()
    assert result.returncode == 1
    [failed] = [line for line in lines if not line.startswith("OK ")]
    assert failed.startswith("FALLO ") and "contraseña" in failed, failed
    assert "Traceback" not in result.stdout + result.stderr
    assert lines[-1].startswith("OK "), "the checks after a failure still run"
