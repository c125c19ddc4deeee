"""Bad input to both command lines: one clear line in the user's language, nothing made,
never "Unexpected error (OverflowError)" nor a server on a port nobody asked for."""

from pathlib import Path

import pytest

from app.cli import main as desktop_main
from app.core.clock import FixedClock
from app.core.command_line import EXIT_USAGE
from sync.server.admin import list_users
from sync.server.cli import main as server_main
from sync.server.store import ServerStore
from tests.helpers.constants import NOW, PASSWORD


@pytest.fixture
def db(tmp_path: Path, monkeypatch, capsys) -> str:
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    monkeypatch.setenv("DEFENSORIA_PASSWORD", PASSWORD)
    url = f"sqlite:///{tmp_path / 'srv.db'}"
    assert server_main(["--db", url, "init"]) == 0
    capsys.readouterr()
    return url


def usage_error(argv: list[str], capsys, main=server_main) -> str:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    return err


@pytest.mark.parametrize("port", ["99999", "0", "-1", "ochenta"])
def test_serve_refuses_a_port_out_of_range(db: str, capsys, port: str) -> None:
    err = usage_error(["--db", db, "serve", "--port", port], capsys)
    assert "no es un número entero de 1 a 65535" in err


@pytest.mark.parametrize("limit", ["99999999999999999999", "0", "9" * 5000])
def test_audit_limit_is_bounded(db: str, capsys, limit: str) -> None:
    err = usage_error(["--db", db, "audit", "--limit", limit], capsys)
    assert "no es un número entero de 1 a 1000000" in err


def test_desktop_attention_seq_is_bounded(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    for action in ("resend", "dismiss"):
        err = usage_error(["--data-dir", str(tmp_path), "attention", action,
                           "99999999999999999999999"], capsys, desktop_main)
        assert "no es un número entero de 1 a 9223372036854775807" in err


@pytest.mark.parametrize("name", ["  ", "a" * 81, "İ" * 80, "ana\u0007"])
def test_user_add_refuses_a_name_that_is_empty_or_too_long(db: str, capsys,
                                                            name: str) -> None:
    assert server_main(["--db", db, "user", "add", "--username", name, "--role",
                        "admin"]) == 1
    assert capsys.readouterr().err == ("El nombre de usuario debe tener de 1 a 80 "
                                       "caracteres, sin caracteres de control.\n")
    store = ServerStore(db, FixedClock(NOW))
    try:
        assert list_users(store) == []
    finally:
        store.dispose()


def test_serve_names_the_missing_tls_file(db: str, tmp_path: Path, capsys) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    for present in (None, cert):  # both missing: the certificate is named, then the key
        if present:
            present.write_text("x")
        args = ["--db", db, "serve", "--tls-cert", str(cert), "--tls-key", str(key)]
        assert server_main(args) == 1
        named = key if present else cert
        assert capsys.readouterr().err == f"No se encontró el archivo: {named}.\n"


@pytest.mark.parametrize("command", [["user", "list"], ["device", "list"], ["audit"],
                                     ["user", "unlock", "ana"]])
def test_a_mistyped_database_is_named_and_not_created(tmp_path: Path, monkeypatch, capsys,
                                                      command: list[str]) -> None:
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    wrong = tmp_path / "typo" / "srv.db"
    assert server_main(["--db", f"sqlite:///{wrong}", *command]) == 1
    assert capsys.readouterr().err == \
        f"No hay base de datos en {wrong}: ejecute init primero.\n"
    assert not wrong.parent.exists()
