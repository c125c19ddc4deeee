"""Every headless command end to end in a subprocess, bad input included."""

import json
from pathlib import Path

import pytest

from tests.helpers.cli import assert_clean_failure, run
from tests.helpers.constants import PASSWORD


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "data"
    result = run("--data-dir", str(folder), "init", "--username", "ana", "--parish",
                 "Pilagüín")
    assert result.returncode == 0, result.stderr
    assert "Se creó" in result.stdout
    result = run("--data-dir", str(folder), "demo-data", "--families", "40", "--seed", "5")
    assert result.returncode == 0, result.stderr
    return folder


def test_help_for_every_command():
    for command in ([], ["init"], ["demo-data"], ["export"], ["import"]):
        result = run(*command, "--help")
        assert result.returncode == 0 and "usage" in result.stdout.lower()
    assert "carpeta con los datos cifrados" in run("--help").stdout


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("defensoria ")


def test_export_jsonl(store, tmp_path):
    out = tmp_path / "all.jsonl"
    result = run("--data-dir", str(store), "export", "--format", "jsonl", "--out", str(out))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    types = {r["type"] for r in rows}
    assert {"household", "person", "case", "referral", "referral_status", "visit",
            "activity"} <= types
    assert all(r["id"] and r["type"] for r in rows)
    assert f"Se exportaron {len(rows)} registros" in result.stdout


def test_wrong_password(store, tmp_path):
    line = assert_clean_failure(run("--data-dir", str(store), "export", "--out",
                                    str(tmp_path / "x.jsonl"), password="incorrecta"))
    assert line == "Usuario o contraseña incorrectos."
    assert not (tmp_path / "x.jsonl").exists()


def test_no_password_and_no_terminal(store, tmp_path):
    line = assert_clean_failure(run("--data-dir", str(store), "export", "--out",
                                    str(tmp_path / "x.jsonl"), password=None))
    assert "DEFENSORIA_PASSWORD" in line


def test_uninitialised_folder(tmp_path):
    line = assert_clean_failure(run("--data-dir", str(tmp_path / "none"), "export", "--out",
                                    str(tmp_path / "x.jsonl")))
    assert "init" in line


@pytest.mark.parametrize("args", [
    ["demo-data", "--families", "cero"],
    ["demo-data", "--families", "0"],
    ["demo-data"],
    ["export", "--format", "xml", "--out", "x"],
    ["frobnicate"],
    ["init", "--username", "x", "--role", "rey"],
])
def test_bad_arguments(store, args):
    line = assert_clean_failure(run("--data-dir", str(store), *args))
    assert line.startswith(("Orden no válida", "--families"))


def test_unknown_parish(store):
    line = assert_clean_failure(run("--data-dir", str(store), "demo-data", "--families", "1",
                                    "--parish", "Narnia"))
    assert line == "Parroquia desconocida: Narnia."


def test_init_twice_refused(store):
    line = assert_clean_failure(run("--data-dir", str(store), "init", "--username", "otro"))
    assert "ya tiene usuarios" in line


def test_export_to_unwritable_path(store, tmp_path):
    line = assert_clean_failure(run("--data-dir", str(store), "export", "--out",
                                    str(tmp_path / "no" / "such" / "dir" / "x.jsonl")))
    assert line.startswith("No se puede usar el archivo")


def test_english_messages(store, tmp_path):
    line = assert_clean_failure(run("--data-dir", str(store), "export", "--out",
                                    str(tmp_path / "x"), password="incorrecta", lang="en"))
    assert line == "Wrong user name or password."


CSV = """\
hogar;parroquia;comunidad;nombres;apellidos;tipo documento;cedula;fecha nacimiento;sexo;\
parentesco
H1;Pilagüín;Tamboloma;Rosa Elena;Toalombo Caiza;cedula;1714307103;12/03/1985;F;jefe_hogar
H1;Pilahuín;Tamboloma;Kevin;Toalombo Punina;;;2014-07-01;M;hijo_a
H2;Narnia;;Luis;Pérez;;;01/01/1990;M;
H3;Quisapincha;Illahua Chico;Ana;Pilamunga;cedula;1804567895;01/01/1990;F;
H4;Quisapincha;;Marco;;;;01/01/1990;M;
H5;Picaigua;;Wayra;Chango;;;31/02/2010;F;
H6;Picaigua;;Amaru;Llambo;;;2099-01-01;M;
H7;Picaigua;;Sumak;Yucailla;cedula;1714307103;2001-05-05;F;
H8;Santa Rosa;Apatug;Nina;Azogue;sin_documento;;2019-05-05;mujer;hijo_a
"""


def test_import_csv_keeps_good_rows_and_reports_bad(store, tmp_path):
    path = tmp_path / "familias.csv"
    path.write_text(CSV, encoding="cp1252", errors="strict")   # as Excel saves it
    result = run("--data-dir", str(store), "import", "--format", "csv", str(path))
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert [e.split(":")[0] for e in errors] == [
        "Línea 4", "Línea 5", "Línea 6", "Línea 7", "Línea 8", "Línea 9"]
    assert "Parroquia desconocida: Narnia." in errors[0]
    assert "cédula 1804567895 no es válida" in errors[1]
    assert "obligatorio" in errors[2]
    assert "fecha no es válida" in errors[3]
    assert "futuro" in errors[4]
    assert "Rosa Elena Toalombo Caiza" in errors[5]          # repeated document
    assert "Se importaron 3 personas en 2 hogares; 6 filas con errores." in result.stdout

    out = tmp_path / "after.jsonl"
    assert run("--data-dir", str(store), "export", "--out", str(out)).returncode == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    kevin = next(r for r in rows if r["type"] == "person" and r["given_names"] == "Kevin")
    rosa = next(r for r in rows if r["type"] == "person" and r["given_names"] == "Rosa Elena")
    assert kevin["household_id"] == rosa["household_id"]          # same "hogar" key
    assert rosa["birth_date"] == "1985-03-12" and rosa["sex"] == "mujer"
    assert not any(r["type"] == "person" and r["given_names"] == "Luis" for r in rows)


def test_import_missing_columns(store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("nombre,edad\nRosa,3\n", encoding="utf-8")
    line = assert_clean_failure(run("--data-dir", str(store), "import", str(path)))
    assert line.startswith("Al archivo le faltan las columnas")


def test_import_missing_file(store, tmp_path):
    line = assert_clean_failure(run("--data-dir", str(store), "import",
                                    str(tmp_path / "nope.csv")))
    assert line.startswith("No se encontró el archivo")


def test_store_busy_in_another_program(store, tmp_path, clock):
    """The desktop app holding a long write: the command says so in one line."""
    from app.core.workspace import unlock

    path = tmp_path / "una.csv"
    path.write_text("parroquia;nombres;apellidos;sexo;edad\nPasa;Ana;Caiza;F;30\n",
                    encoding="utf-8")
    ws = unlock(store, "ana", PASSWORD, None, clock)
    try:
        with ws.db.write() as session:
            session.connection()   # BEGIN IMMEDIATE: the write lock, until the command gives up
            line = assert_clean_failure(run("--data-dir", str(store), "import", str(path)))
    finally:
        ws.close()
    assert "ocupados" in line
