"""The real `defensoria-server` program in a child process, for tests that kill it."""

import os
import signal
import socket
import subprocess
import sys

import requests

from tests.helpers.constants import PASSWORD
from tests.helpers.server import wait_for

ENV = {**os.environ, "DEFENSORIA_PASSWORD": PASSWORD}


def server_cli(db: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sync.server", "--db", db, *args],
                          capture_output=True, text=True, env=ENV, timeout=60, check=False)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServerProcess:
    def __init__(self, db: str) -> None:
        self.db, self.port = db, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sync.server", "--db", self.db, "serve", "--port",
             str(self.port)], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(self._up, timeout=30)

    def _up(self) -> bool:
        try:
            return requests.get(self.url + "/api/v1/info", timeout=1).ok
        except requests.ConnectionError:
            return False

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)
