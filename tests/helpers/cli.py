"""Running the desktop's command line in a subprocess, as a user does (tests/cli/)."""

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.constants import PASSWORD


def run(*args: str, password: str | None = PASSWORD, lang: str = "es",
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEFENSORIA_")}
    env["DEFENSORIA_LANG"] = lang
    if password is not None:
        env["DEFENSORIA_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, stdin=subprocess.DEVNULL, timeout=300)


def assert_clean_failure(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]
