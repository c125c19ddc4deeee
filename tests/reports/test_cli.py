"""The report and export commands end to end, in a subprocess like a user would run them."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers.constants import PASSWORD


def run(*args: str, lang: str = "es", **extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DEFENSORIA_PASSWORD": PASSWORD, "DEFENSORIA_LANG": lang,
           "QT_QPA_PLATFORM": "offscreen", **extra}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                          text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("cli") / "data"
    assert run("--data-dir", str(folder), "init", "--username", "ana").returncode == 0
    done = run("--data-dir", str(folder), "demo-data", "--families", "60", "--seed", "4")
    assert done.returncode == 0, done.stderr
    dump = folder.parent / "all.jsonl"
    assert run("--data-dir", str(folder), "export", "--out", str(dump)).returncode == 0
    ids = {}
    for line in dump.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["type"] in ("referral", "mediation") or (
                record["type"] == "visit" and record["state"] == "done"):
            ids.setdefault(record["type"], record["id"])
    return folder, ids


@pytest.mark.parametrize("kind", ["referral", "visit", "mediation"])
def test_record_documents(store, tmp_path, kind):
    folder, ids = store
    target = tmp_path / f"{kind}.pdf"
    result = run("--data-dir", str(folder), "report", kind, "--id", ids[kind],
                 "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Se generó {target}."
    assert len(PdfReader(target).pages) >= 1


def test_period_reports_and_exports(store, tmp_path):
    folder = str(store[0])
    commands = [
        ("report", "monthly", "--month", "2026-10", "--out", str(tmp_path / "m.pdf")),
        ("report", "monthly", "--month", "2026-10", "--parish", "pilahuin", "--out",
         str(tmp_path / "mp.pdf")),
        ("report", "canton", "--from", "2025-01-01", "--to", "2026-12-31", "--out",
         str(tmp_path / "c.pdf")),
        ("report", "canton", "--from", "2025-01-01", "--to", "2026-12-31", "--parish",
         "Quizapincha", "--out", str(tmp_path / "cq.pdf")),
        ("export", "--stats", "--format", "csv", "--out", str(tmp_path / "s.csv")),
        ("export", "--stats", "--format", "csv", "--parish", "PIL", "--out",
         str(tmp_path / "sp.csv")),
        ("export", "--stats", "--format", "xlsx", "--from", "2026-01-01", "--out",
         str(tmp_path / "s.xlsx")),
        ("export", "--pseudonymized", "--format", "csv", "--out", str(tmp_path / "p.csv")),
        ("export", "--format", "jsonl", "--out", str(tmp_path / "all.jsonl")),
    ]
    for command in commands:
        result = run("--data-dir", folder, *command)
        assert result.returncode == 0, (command, result.stderr)
        assert Path(command[-1]).stat().st_size > 0
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize(("args", "message"), [
    (["report", "referral", "--id", "nope", "--out", "{tmp}/x.pdf"],
     "No existe una derivación con el identificador nope."),
    (["report", "visit", "--id", "nope", "--out", "{tmp}/x.pdf"],
     "No existe una visita con el identificador nope."),
    (["report", "mediation", "--id", "nope", "--out", "{tmp}/x.pdf"],
     "No existe una mediación con el identificador nope."),
    (["report", "monthly", "--month", "2026-13", "--out", "{tmp}/x.pdf"],
     "El mes debe escribirse como AAAA-MM, por ejemplo 2026-03."),
    (["report", "monthly", "--month", "marzo", "--out", "{tmp}/x.pdf"],
     "El mes debe escribirse como AAAA-MM, por ejemplo 2026-03."),
    (["report", "monthly", "--month", "2026-03", "--parish", "Narnia", "--out",
      "{tmp}/x.pdf"], "Parroquia desconocida: Narnia."),
    (["report", "canton", "--from", "2026-02-30", "--to", "2026-03-01", "--out",
      "{tmp}/x.pdf"], "La fecha 2026-02-30 no es válida: escríbala como AAAA-MM-DD."),
    (["report", "canton", "--from", "2026-05-01", "--to", "2026-03-01", "--out",
      "{tmp}/x.pdf"], "El período termina antes de empezar."),
    (["report", "canton", "--from", "2026-01-01", "--to", "2026-03-01", "--out",
      "{tmp}/no/such/x.pdf"], "La carpeta {tmp}/no/such no existe."),
    (["report", "referral", "--id", "x", "--out", "{tmp}"],
     "{tmp} es una carpeta: indique un nombre de archivo."),
    (["export", "--stats", "--format", "jsonl", "--out", "{tmp}/x"],
     "Las estadísticas se exportan en formato csv o xlsx."),
    (["export", "--pseudonymized", "--format", "xlsx", "--out", "{tmp}/x"],
     "La exportación seudonimizada es un archivo csv."),
    (["export", "--format", "csv", "--out", "{tmp}/x"],
     "Use --stats o --pseudonymized con los formatos csv y xlsx."),
])
def test_bad_inputs_give_one_clear_line(store, tmp_path, args, message):
    args = [a.format(tmp=tmp_path) for a in args]
    result = run("--data-dir", str(store[0]), *args)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == message.format(tmp=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_missing_report_kind_is_a_usage_error(store):
    result = run("--data-dir", str(store[0]), "report")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("Orden no válida")


def test_no_temporary_file_holds_case_data(store, tmp_path):
    """Documents and exports go straight to the chosen folder: the temp folder stays empty."""
    folder, ids = store
    temp, target = tmp_path / "temp", tmp_path / "chosen"
    temp.mkdir()
    target.mkdir()
    for args in (("report", "referral", "--id", ids["referral"], "--out",
                  str(target / "f.pdf")),
                 ("report", "canton", "--from", "2025-01-01", "--to", "2026-12-31", "--out",
                  str(target / "c.pdf")),
                 ("export", "--stats", "--format", "xlsx", "--out", str(target / "s.xlsx")),
                 ("export", "--pseudonymized", "--format", "csv", "--out",
                  str(target / "p.csv"))):
        result = run("--data-dir", str(folder), *args, TMPDIR=str(temp), TEMP=str(temp),
                     TMP=str(temp))
        assert result.returncode == 0, result.stderr
    assert list(temp.iterdir()) == []
    assert sorted(p.name for p in target.iterdir()) == ["c.pdf", "f.pdf", "p.csv", "s.xlsx"]


def test_english_cli_prints_english_documents(store, tmp_path):
    folder, ids = store
    result = run("--data-dir", str(folder), "report", "referral", "--id", ids["referral"],
                 "--out", str(tmp_path / "en.pdf"), lang="en")
    assert result.returncode == 0, result.stderr
    text = PdfReader(tmp_path / "en.pdf").pages[0].extract_text()
    assert "Referral form" in text and "Page 1 of " in text
