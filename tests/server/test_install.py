"""The server stands on its own: `pip install '.[server]'` pulls none of the desktop's
libraries, and the server runs without them (its command line, its API, a push).

The resolution asks the package index (as a fresh venv's `pip install` would, with
`--ignore-installed`) without installing anything; the run blocks the desktop's modules
in a child process, so an import of one anywhere under `sync.server`, even through an
`app.core` module, fails there.
"""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Distribution names (as pip reports them, normalised) and the modules they provide.
DESKTOP_DISTRIBUTIONS = {"pyside6-essentials", "pyside6", "shiboken6", "sqlcipher3",
                         "sqlcipher3-binary", "reportlab", "openpyxl", "requests",
                         "truststore"}
DESKTOP_MODULES = ("PySide6", "shiboken6", "sqlcipher3", "reportlab", "openpyxl", "requests",
                   "truststore")


def normalised(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


@pytest.mark.slow
def test_the_server_extra_resolves_without_desktop_packages(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
         "--report", str(report), f"{ROOT}[server]"],
        capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    resolved = {normalised(item["metadata"]["name"])
                for item in json.loads(report.read_text())["install"]}
    assert {"defensoria", "fastapi", "uvicorn", "sqlalchemy", "alembic"} <= resolved
    assert resolved & DESKTOP_DISTRIBUTIONS == set()


CHILD = textwrap.dedent("""
    import importlib.abc, os, runpy, sys

    BLOCKED = set(sys.argv[1].split(","))

    class Refuse(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"desktop module imported by the server: {name}")
            return None

    sys.meta_path.insert(0, Refuse())
    folder = sys.argv[2]
    db = f"sqlite:///{folder}/server.db"
    script = os.path.join(os.path.dirname(sys.executable), "defensoria-server")

    def command(*args):
        sys.argv = ["defensoria-server", *args]
        try:
            runpy.run_path(script, run_name="__main__")
        except SystemExit as exc:
            return exc.code
        return 0

    assert command("--help") == 0
    assert command("--db", db, "init") == 0

    from fastapi.testclient import TestClient

    from app.core.catalogs import Catalogs
    from app.core.clock import SystemClock
    from sync.server.app import create_app
    from sync.server.auth import add_user
    from sync.server.store import ServerStore

    store = ServerStore(db, SystemClock())
    add_user(store, "ana", "clave-segura-1", "promotor", "PIL")
    device = "0190bbbb-0000-7000-8000-000000000001"
    with TestClient(create_app(store, Catalogs.load())) as client:
        token = client.post("/api/v1/enroll", json={
            "username": "ana", "password": "clave-segura-1", "device_id": device}
        ).json()["token"]
        answer = client.post("/api/v1/push", headers={"Authorization": f"Bearer {token}"},
                             json={"device_id": device, "changes": [{
                                 "seq": 1, "record_type": "household", "op": "create",
                                 "record_id": "0190aaaa-0000-7000-8000-000000000001",
                                 "fields": {"parish": "PIL", "community": "Nueva"}}]})
        assert answer.json()["results"][0]["status"] == "applied", answer.text
    store.dispose()
    assert command("--db", db, "export", "--out", f"{folder}/all.jsonl") == 0
    assert sorted(m.split(".")[0] for m in sys.modules if m.split(".")[0] in BLOCKED) == []
    print("server ran without the desktop libraries")
""")


@pytest.mark.slow
def test_the_server_runs_with_the_desktop_libraries_blocked(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, ",".join(DESKTOP_MODULES), str(tmp_path)],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert "server ran without the desktop libraries" in done.stdout
    exported = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["community"] for line in exported] == ["Nueva"]
