"""`defensoria enroll | sync | export-bundle | import-bundle` from the command line."""

from pathlib import Path

from app.cli import main
from app.core.workspace import keyring_for
from sync.server.cli import main as server_main
from tests.helpers.constants import PASSWORD


def test_enroll_sync_and_bundles_from_the_cli(wall_server, tmp_path: Path, monkeypatch,
                                              capsys) -> None:
    monkeypatch.setenv("DEFENSORIA_PASSWORD", PASSWORD)
    monkeypatch.setenv("DEFENSORIA_LANG", "en")
    wall_server.add_user("ana", "promotor", "PIL")
    folder = str(tmp_path / "cli")
    assert main(["--data-dir", folder, "init", "--username", "ana", "--parish", "PIL"]) == 0
    assert main(["--data-dir", folder, "sync"]) == 1
    assert "not enrolled" in capsys.readouterr().err
    assert main(["--data-dir", folder, "enroll", "--server", wall_server.url]) == 0
    assert "enrolled" in capsys.readouterr().out
    assert main(["--data-dir", folder, "demo-data", "--families", "3", "--parish",
                 "PIL"]) == 0
    assert main(["--data-dir", folder, "sync"]) == 0
    out = capsys.readouterr().out
    assert "received" in out and "Verified: this device holds" in out
    # Nothing to do: still a success.
    assert main(["--data-dir", folder, "sync"]) == 0
    bundle, answer = tmp_path / "b.bundle", tmp_path / "a.bundle"
    assert main(["--data-dir", folder, "export-bundle", str(bundle)]) == 0
    assert server_main(["--db", wall_server.store.url, "import-bundle", str(bundle),
                        "--out", str(answer)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", folder, "import-bundle", str(answer)]) == 0
    assert "Verified" in capsys.readouterr().out  # a bundle's answer is verified too
    wall_server.stop()
    assert main(["--data-dir", folder, "sync"]) == 1
    assert "Cannot reach the server" in capsys.readouterr().err


def test_spanish_message_for_a_revoked_device(wall_server, tmp_path: Path, monkeypatch,
                                              capsys) -> None:
    monkeypatch.setenv("DEFENSORIA_PASSWORD", PASSWORD)
    wall_server.add_user("ana", "promotor", "PIL")
    folder = str(tmp_path / "cli")
    assert main(["--data-dir", folder, "init", "--username", "ana", "--parish", "PIL"]) == 0
    assert main(["--data-dir", folder, "enroll", "--server", wall_server.url]) == 0
    from sqlalchemy import update

    from sync.server.schema import devices

    with wall_server.store.write() as conn:
        conn.execute(update(devices).values(revoked=True))
    assert main(["--data-dir", folder, "sync"]) == 1
    err = capsys.readouterr().err
    # Told it is revoked, the device saved its unsent work and erased its data.
    assert "El servidor revocó este dispositivo" in err
    [saved] = tmp_path.glob("defensoria-revocado-*.bundle")
    assert str(saved) in err
    assert not (tmp_path / "cli" / "keyring.json").exists()


def test_enroll_binds_the_local_user_to_the_servers_role_and_parish(
        wall_server, tmp_path: Path, monkeypatch, capsys) -> None:
    """Like the desktop's first-run enrollment: a user created without a parish (or with
    another role) takes the server's, so that the families they register are accepted."""
    monkeypatch.setenv("DEFENSORIA_PASSWORD", PASSWORD)
    monkeypatch.setenv("DEFENSORIA_LANG", "en")
    wall_server.add_user("rosa", "promotor", "QUI")
    folder = tmp_path / "cli"
    assert main(["--data-dir", str(folder), "init", "--username", "rosa", "--role",
                 "tecnico"]) == 0
    assert main(["--data-dir", str(folder), "enroll", "--server", wall_server.url]) == 0
    assert "promotor, QUI" in capsys.readouterr().out
    [user] = keyring_for(folder).users
    assert (user.username, user.role, user.parish) == ("rosa", "promotor", "QUI")
    # The local password still opens the store, and the records it writes are accepted.
    assert main(["--data-dir", str(folder), "demo-data", "--families", "2"]) == 0
    assert main(["--data-dir", str(folder), "sync"]) == 0
    assert "Needs attention" not in capsys.readouterr().err
