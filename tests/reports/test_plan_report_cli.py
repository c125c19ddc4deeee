"""`defensoria report plan` end to end in a subprocess: PDF and XLSX for the canton, one
parish and a span of months; bad input gives one Spanish line and no file.

The plans are of 2025, all of whose months are over whatever day the command runs."""

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli.main import main
from app.core.catalogs import Catalogs
from app.core.clock import FixedClock
from app.core.records.plans import CANTON
from app.core.store.keyring import LocalUser
from app.core.workspace import initialise
from tests.helpers.cli import run
from tests.helpers.constants import NOW, PASSWORD
from tests.helpers.pdf import pdf_text


@pytest.fixture(scope="module")
def store(tmp_path_factory, catalogs: Catalogs) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("plan-cli") / "data"
    ws = initialise(folder, LocalUser("tito", "tecnico", ""), PASSWORD, catalogs,
                    FixedClock(NOW))
    try:
        for parish in (CANTON, "PIL"):
            plan = ws.plans.create_plan(2025, parish)
            actions = ws.plans.add_actions(plan.id, [
                {"line": "C1 Capacitación integral", "proposed_action": f"Taller {parish}",
                 "months": [3, 6], "target_events": 2},
                {"line": "C5 Comunicación y difusión", "proposed_action": f"Radio {parish}",
                 "months": [4]}])
            ws.activities.record(activity_type="taller", held_on=date(2025, 3, 8),
                                 parish="PIL", topic="Taller", plan_action_id=actions[0].id,
                                 attendance={"adultos_mujeres": 12})
    finally:
        ws.close()
    return folder


@pytest.fixture
def in_process(store, monkeypatch) -> Callable[..., int]:
    """`defensoria report plan ARGS` in this process (main() catches every failure)."""
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    monkeypatch.setenv("DEFENSORIA_PASSWORD", PASSWORD)
    return lambda *args: main(["--data-dir", str(store), "report", "plan", *args])


def test_pdf_for_the_canton_in_a_subprocess(store, tmp_path):
    pdf = tmp_path / "plan.pdf"
    result = run("--data-dir", str(store), "report", "plan", "--year", "2025", "--from",
                 "2025-03", "--to", "2025-06", "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Se generó {pdf}."
    text = " ".join(pdf_text(pdf))
    for expected in ("Informe de cumplimiento del plan", "Año 2025 · marzo a junio",
                     "Taller PIL", "Radio PIL", "planificado para junio, sin actividad "
                     "registrada", "2 de 6 (33,3 %)"):
        assert expected in text, expected


def test_xlsx_for_one_parish(store, tmp_path, in_process):
    xlsx = tmp_path / "pil.xlsx"
    assert in_process("--year", "2025", "--parish", "Pilahuín", "--out", str(xlsx)) == 0
    book = load_workbook(xlsx, read_only=True)
    rows = list(book["Acciones"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [
        ("Pilahuín", "Taller PIL", "marzo", "junio"), ("Pilahuín", "Radio PIL", None, "abril")]
    book.close()


@pytest.mark.parametrize(("args", "message"), [
    (["--year", "25"], "El año 25 no es válido: escríbalo como AAAA, por ejemplo 2026."),
    (["--year", "2025", "--from", "2025-13"],
     "El mes debe escribirse como AAAA-MM, por ejemplo 2026-03."),
    (["--year", "2025", "--from", "2024-11"],
     "Los meses --from y --to deben ser del año 2025."),
    (["--year", "2025", "--from", "2025-06", "--to", "2025-03"],
     "El período termina antes de empezar."),
    (["--year", "2025", "--parish", "Narnia"], "Parroquia desconocida: Narnia."),
])
def test_bad_input_gives_one_spanish_line(in_process, capsys, tmp_path, args, message):
    assert in_process(*args, "--out", str(tmp_path / "x.pdf")) != 0
    assert capsys.readouterr().err.strip() == message
    assert list(tmp_path.iterdir()) == []


def test_only_pdf_or_xlsx(in_process, capsys, tmp_path):
    assert in_process("--year", "2025", "--out", str(tmp_path / "x.docx")) != 0
    assert capsys.readouterr().err.strip() == \
        "El informe del plan se escribe como archivo .pdf o .xlsx."
