"""`defensoria attention list | resend SEQ | dismiss SEQ` against the real server."""

from pathlib import Path

from sqlalchemy import update

from app.cli import main
from app.core.clock import SystemClock
from app.core.workspace import unlock
from sync.server.schema import users
from tests.helpers.constants import PASSWORD
from tests.helpers.server import server_docs


def test_attention_commands_resend_and_dismiss(wall_server, tmp_path: Path, monkeypatch,
                                               capsys) -> None:
    monkeypatch.setenv("DEFENSORIA_PASSWORD", PASSWORD)
    monkeypatch.setenv("DEFENSORIA_LANG", "en")
    wall_server.add_user("ana", "promotor", "PIL")
    folder = tmp_path / "cli"
    assert main(["--data-dir", str(folder), "init", "--username", "ana", "--parish",
                 "PIL"]) == 0
    assert main(["--data-dir", str(folder), "enroll", "--server", wall_server.url]) == 0
    ws = unlock(folder, "ana", PASSWORD, None, SystemClock())  # as the commands do
    kept = ws.families.create_household(parish="AMB", community="Uno")
    ws.families.create_household(parish="AMB", community="Dos")
    ws.close()
    assert main(["--data-dir", str(folder), "sync"]) == 3
    assert "Needs attention: change 2" in capsys.readouterr().err

    def run(*words: str) -> tuple[int, str, str]:
        status = main(["--data-dir", str(folder), "attention", *words])
        out, err = capsys.readouterr()
        return status, out, err

    status, out, _ = run("list")
    # In words, as the desktop shows it: the kind, whose, the data; never an id.
    assert status == 0 and out.splitlines()[0].startswith(
        "Change 1: Family (Family in Uno, Ambatillo), new record; Parish: Ambatillo, "
        "Community: Uno. ")
    assert "outside your territory" in out
    status, _, err = run("dismiss", "2")  # no terminal to ask in
    assert status == 1 and "Add --yes" in err
    status, out, _ = run("dismiss", "2", "--yes")
    assert status == 0 and "deleted from this device" in out
    with wall_server.store.write() as conn:
        conn.execute(update(users).where(users.c.username == "ana").values(parish="AMB"))
    status, out, _ = run("resend", "1")
    assert status == 0 and "as change 3" in out
    status, _, err = run("resend", "1")
    assert status == 1 and "already resent or dismissed" in err
    assert main(["--data-dir", str(folder), "sync"]) == 0
    capsys.readouterr()
    assert set(server_docs(wall_server.store)) == {kept.id}
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    assert run("list")[1] == "Ningún cambio necesita atención.\n"
