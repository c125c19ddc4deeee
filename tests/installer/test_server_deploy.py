"""The deployment guide works: pip install of the server extra into a fresh virtual
environment, `init`, then the systemd unit's own ExecStart command line answers.

Slow (it installs the project and its dependencies from the package index).
"""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from tests.helpers.processes import free_port
from tests.helpers.server import wait_for

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "installer" / "server"
UNIT_PREFIX = "/opt/defensoria/venv/bin/"


def unit_exec_start() -> list[str]:
    text = (GUIDE / "defensoria-server.service").read_text(encoding="utf-8")
    [line] = re.findall(r"^ExecStart=(.+)$", text, flags=re.MULTILINE)
    return shlex.split(line)


def env_file() -> dict[str, str]:
    pairs = {}
    for line in (GUIDE / "server.env.example").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            pairs[name] = value
    return pairs


def test_unit_and_env_file_agree() -> None:
    command = unit_exec_start()
    assert command[0] == UNIT_PREFIX + "defensoria-server" and "serve" in command
    assert set(env_file()) == {"DEFENSORIA_SERVER_DB", "DEFENSORIA_RELEASE_KEY"}
    assert "EnvironmentFile=/etc/defensoria/server.env" in \
        (GUIDE / "defensoria-server.service").read_text(encoding="utf-8")


@pytest.mark.slow
def test_fresh_venv_install_starts_with_the_units_command(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = subprocess.run([venv / "bin" / "pip", "install", "--quiet", f"{ROOT}[server]"],
                         capture_output=True, text=True, timeout=900)
    assert pip.returncode == 0, pip.stderr[-3000:]
    # The environment file of the guide, pointed at a throwaway database and key.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8",
           **env_file(),
           "DEFENSORIA_SERVER_DB": f"sqlite:///{tmp_path / 'server.db'}",
           "DEFENSORIA_RELEASE_KEY": str(tmp_path / "state" / "release-signing.key")}
    bin_dir = str(venv / "bin") + "/"
    init = subprocess.run([bin_dir + "defensoria-server", "init"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stderr
    # The installed package carries the catalog: the administrator reads Spanish.
    assert init.stdout.startswith("Base de datos lista; clave de firma de versiones en "), \
        init.stdout
    assert (tmp_path / "state" / "release-signing.key").stat().st_mode & 0o077 == 0
    port = free_port()
    command = [part.replace(UNIT_PREFIX, bin_dir).replace("8080", str(port))
               for part in unit_exec_start()]
    log = tmp_path / "server.log"
    with open(log, "w") as output:
        server = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=output,
                                  stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/api/v1/info"

        def answers() -> bool:
            assert server.poll() is None, log.read_text()
            try:
                return requests.get(url, timeout=1).ok
            except requests.ConnectionError:
                return False

        wait_for(answers, timeout=60)
        assert requests.get(url, timeout=5).json() == {"protocol": 1, "min_protocol": 1}
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert os.path.exists(tmp_path / "server.db")
