"""The real `defensoria-server` process under load and at rest (issue 11 §2–§4): its
memory stays bounded under simultaneous logins and oversized bodies, every file it makes
is owner-only, and it will not serve clear HTTP beyond loopback by mistake."""

import json
import stat
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from sync.server.cli import main as server_main
from tests.helpers.attack import enroll, headers, household, push, source
from tests.helpers.processes import ServerProcess, server_cli

MiB = 1024 * 1024
DEVICE = "0190bbbb-0000-7000-8000-0000000000{:02d}"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def memory(pid: int) -> dict[str, int]:
    """Resident memory now and at its peak, in bytes (Linux /proc)."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) * 1024
    return fields


@pytest.mark.slow
def test_the_server_process_keeps_memory_bounded_and_files_private(tmp_path) -> None:
    db_file = tmp_path / "srv.db"
    db = f"sqlite:///{db_file}"
    init = server_cli(db, "init")
    assert init.returncode == 0, init.stderr
    assert server_cli(db, "user", "add", "--username", "ana", "--role", "promotor",
                      "--parish", "PIL").returncode == 0
    for name in ("srv.db", "release-signing.key", "bundle.key"):
        assert mode(tmp_path / name) == 0o600, name
    proc = ServerProcess(db)
    proc.start()
    try:
        assert proc.proc is not None
        pid, url = proc.proc.pid, proc.url
        for name in ("srv.db", "srv.db-wal", "srv.db-shm"):
            assert mode(tmp_path / name) == 0o600, name
        assert enroll(url, "ana", DEVICE.format(0), password="x").status_code == 401
        before = memory(pid)["VmRSS"]
        # 60 simultaneous wrong passwords from 60 addresses: no throttle applies, only the
        # cap on simultaneous checks (each costs 64 MiB).
        with ThreadPoolExecutor(max_workers=60) as pool:
            codes = list(pool.map(lambda i: enroll(
                url, "ana", DEVICE.format(i), password="wrong",
                session=source(f"127.0.0.{10 + i}")).status_code, range(60)))
        assert set(codes) <= {401, 503} and codes.count(401) >= 10
        after_logins = memory(pid)["VmHWM"]
        assert after_logins - before < 320 * MiB, (before, after_logins)
        # Oversized bodies: refused, and the memory does not grow with them.
        bomb = b"[" + b"{}," * (5 * MiB) + b"{}]"
        resp = requests.post(f"{url}/api/v1/enroll", data=bomb, timeout=60,
                             headers={"Content-Type": "application/json"})
        assert (resp.status_code, resp.json()["code"]) == (413, "too_large")
        token = enroll(url, "ana", DEVICE.format(1)).json()["token"]
        answer = push(url, token, DEVICE.format(1),
                      [household(1, 1, notes="x" * (15 * MiB))])
        assert answer.json()["results"][0] == {"seq": 1, "status": "rejected",
                                               "reason": "too_long", "version": None}
        page = requests.get(f"{url}/api/v1/pull", headers=headers(token), timeout=60)
        assert json.loads(page.content)["records"] == []
        grown = memory(pid)["VmHWM"] - after_logins
        assert grown < 200 * MiB, grown
    finally:
        proc.kill()
    out = tmp_path / "export.jsonl"
    assert server_cli(db, "export", "--out", str(out)).returncode == 0
    assert mode(out) == 0o600


def test_clear_http_beyond_loopback_needs_to_be_asked_for(tmp_path, capsys,
                                                          monkeypatch) -> None:
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    db = f"sqlite:///{tmp_path / 'srv.db'}"
    assert server_main(["--db", db, "serve", "--host", "0.0.0.0"]) == 1
    assert "HTTP" in capsys.readouterr().err
    assert server_main(["--db", db, "serve", "--host", "192.0.2.1", "--tls-cert",
                        str(tmp_path / "c.pem")]) == 1
    assert "--tls-key" in capsys.readouterr().err
