"""`defensoria-server` speaks Spanish, like the desktop CLI; DEFENSORIA_LANG=en for English.

Bad input is one translated line and a non-zero exit (2 for a bad argument, as argparse
and the desktop CLI), never a traceback.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.command_line import EXIT_USAGE
from sync.server.cli import main as server_main
from tests.helpers.constants import PASSWORD


def server_cli(db: str, *args: str, lang: str | None = None
               ) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEFENSORIA_")}
    env["DEFENSORIA_PASSWORD"] = PASSWORD
    if lang is not None:
        env["DEFENSORIA_LANG"] = lang
    return subprocess.run([sys.executable, "-m", "sync.server", "--db", db, *args],
                          capture_output=True, text=True, env=env, timeout=120,
                          stdin=subprocess.DEVNULL, check=False)


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'srv.db'}"
    assert server_cli(url, "init").returncode == 0
    return url


def test_spanish_by_default(db: str) -> None:
    parish = server_cli(db, "user", "add", "--username", "x", "--role", "promotor",
                        "--parish", "XYZ")
    assert parish.returncode == 1
    assert one_line(parish) == "Parroquia desconocida: XYZ."
    added = server_cli(db, "user", "add", "--username", "Ana", "--role", "promotor",
                       "--parish", "PIL")
    assert added.returncode == 0 and added.stdout == "Usuario ana creado.\n"
    # A name or a spelling heard in the field names the parish too, as in `defensoria init`.
    named = server_cli(db, "user", "add", "--username", "rosa", "--role", "promotor",
                       "--parish", "Pilagüín")
    assert named.returncode == 0, named.stderr
    listed = server_cli(db, "user", "list").stdout.splitlines()
    assert [line.split("\t")[:3] for line in listed] == [["ana", "promotor", "PIL"],
                                                       ["rosa", "promotor", "PIL"]]
    bad = server_cli(db, "user", "add", "--username", "x", "--role", "alcalde")
    assert bad.returncode == EXIT_USAGE == 2
    line = one_line(bad)
    assert line.startswith("Orden no válida: ") and "alcalde" in line
    assert line.endswith("Use --help para ver las opciones.")
    assert bad.stdout == ""
    helped = server_cli(db, "user", "--help")
    assert helped.returncode == 0
    assert "crear un usuario (pide la contraseña)" in helped.stdout


def test_english_with_defensoria_lang(db: str) -> None:
    parish = server_cli(db, "user", "add", "--username", "x", "--role", "promotor",
                        "--parish", "XYZ", lang="en")
    assert parish.returncode == 1
    assert one_line(parish) == "Unknown parish: XYZ."
    bad = server_cli(db, "device", "revoke", lang="en")
    assert bad.returncode == 2
    assert one_line(bad).startswith("Invalid command: ")
    added = server_cli(db, "user", "add", "--username", "Ana", "--role", "admin", lang="en")
    assert added.returncode == 0 and added.stdout == "User ana added.\n"


def test_without_a_terminal_the_password_comes_from_the_environment(
        tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.delenv("DEFENSORIA_PASSWORD", raising=False)
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    assert not sys.stdin.isatty()  # pytest's stand-in, as under systemd or a script
    db = f"sqlite:///{tmp_path / 'srv.db'}"
    assert server_main(["--db", db, "init"]) == 0
    capsys.readouterr()
    assert server_main(["--db", db, "user", "add", "--username", "ana", "--role",
                        "admin"]) == 1
    assert capsys.readouterr().err == \
        "Defina DEFENSORIA_PASSWORD o ejecute la orden en una terminal.\n"


def test_a_bad_database_address_is_one_line_without_its_password(monkeypatch,
                                                                 capsys) -> None:
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    assert server_main(["--db", "postgres-ish://admin:s3creto@host/db", "user",
                        "list"]) == 1
    err = capsys.readouterr().err
    assert err == ("La dirección de la base de datos (--db o DEFENSORIA_SERVER_DB) "
                   "no es válida.\n")
    assert "s3creto" not in err
