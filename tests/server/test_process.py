"""The real `defensoria-server` process: CLI administration, and a kill mid-batch."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.clock import FixedClock
from sync.errors import SyncError
from sync.server.cli import main as server_main
from sync.server.store import ServerStore
from tests.helpers.constants import NOW, PASSWORD
from tests.helpers.faults import FaultProxy
from tests.helpers.processes import ServerProcess, server_cli
from tests.helpers.server import server_docs


@pytest.fixture
def server_process(tmp_path: Path) -> Iterator[ServerProcess]:
    db = f"sqlite:///{tmp_path / 'srv.db'}"
    assert server_cli(db, "init").returncode == 0
    proc = ServerProcess(db)
    yield proc
    proc.kill()


def test_admin_commands(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DEFENSORIA_PASSWORD", PASSWORD)
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    db = f"sqlite:///{tmp_path / 'admin.db'}"

    def run(*args: str) -> int:
        return server_main(["--db", db, *args])

    assert run("init") == 0
    assert "Base de datos lista" in capsys.readouterr().out
    assert run("user", "add", "--username", "Ana", "--role", "promotor",
               "--parish", "pil") == 0
    assert capsys.readouterr().out == "Usuario ana creado.\n"
    assert run("user", "add", "--username", "ana", "--role", "promotor",
               "--parish", "PIL") == 1
    assert capsys.readouterr().err == "El usuario ana ya existe.\n"
    assert run("user", "add", "--username", "x", "--role", "promotor") == 1
    assert capsys.readouterr().err == "Un promotor necesita --parish.\n"
    assert run("user", "add", "--username", "x", "--role", "promotor",
               "--parish", "XYZ") == 1
    assert capsys.readouterr().err == "Parroquia desconocida: XYZ.\n"
    # The listings are for scripts: tab-separated and never translated.
    assert run("user", "list") == 0
    assert "ana\tpromotor\tPIL\tactive" in capsys.readouterr().out
    assert run("user", "disable", "ana") == 0
    assert capsys.readouterr().out == "Usuario ana desactivado.\n"
    assert run("user", "list") == 0
    assert "ana\tpromotor\tPIL\tdisabled" in capsys.readouterr().out
    assert run("device", "revoke", "nope") == 1
    assert capsys.readouterr().err == "No existe el dispositivo nope.\n"
    out = tmp_path / "all.jsonl"
    assert run("export", "--format", "jsonl", "--out", str(out)) == 0
    assert capsys.readouterr().out == f"Se exportaron 0 registros a {out}.\n"
    assert out.read_text() == ""
    # The installed entry point runs the same CLI.
    assert server_cli(db, "user", "list").returncode == 0


def test_server_killed_mid_batch_then_restarted(server_process, make_device, tmp_path) -> None:
    from tests.helpers.server import RunningServer

    server_process.start()
    store = ServerStore(server_process.db, FixedClock(NOW))
    handle = RunningServer(store, server_process.url, None, None)  # type: ignore[arg-type]
    proxy = FaultProxy(server_process.url)
    try:
        ana = make_device(handle, "ana", url=proxy.url, attempts=1)
        for i in range(300):
            ana.ws.families.create_household(parish="PIL", community=f"C{i}")
        ana.client.push_batch = 100
        proxy.on_kill = server_process.kill
        proxy.add("/api/v1/push", "pass", "kill")
        with pytest.raises(SyncError):
            ana.sync()
        server_process.start()
        report = ana.sync()
        assert report.complete
        docs = server_docs(store)
        assert len(docs) == 300
        assert sorted(v for v, _ in docs.values()) == list(range(1, 301))
        out = tmp_path / "export.jsonl"
        assert server_main(["--db", server_process.db, "export", "--out", str(out)]) == 0
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        assert len(rows) == 300 and {r["type"] for r in rows} == {"household"}
    finally:
        proxy.close()
        store.dispose()
