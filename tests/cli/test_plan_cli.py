"""`defensoria plan import|list|export` end to end in a subprocess, in Spanish: the seed
POA imported, refused rows named by line, the JSON listing, the exported matrix."""

import csv
import io
import json
from pathlib import Path

import pytest

from tests.helpers.cli import assert_clean_failure, run
from tests.helpers.workbooks import DAMAGES, damaged_workbook

SEED = Path(__file__).parents[1] / "fixtures" / "poa_quito_2023.txt"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("plan-cli") / "data"
    result = run("--data-dir", str(folder), "init", "--username", "tito", "--role",
                 "tecnico")
    assert result.returncode == 0, result.stderr
    result = run("--data-dir", str(folder), "plan", "import", str(SEED), "--year", "2023")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert sum(line.startswith("Importada: ") for line in lines) == 41
    assert lines[0].startswith("Importada: Gobernabilidad e Institucionalidad — Facilitar "
                               "la difusión de información")
    assert lines[0].endswith("… (2023-05, 2023-06, 2023-07, 2023-08, 2023-09, 2023-10, "
                             "2023-11, 2023-12)")
    assert lines[-1] == "POA 2023: se importaron 41 acciones; 0 filas rechazadas."
    return folder


def test_list_as_json_gives_each_action_with_months_as_year_month(store) -> None:
    result = run("--data-dir", str(store), "plan", "list", "--year", "2023", "--format",
                 "json")
    assert result.returncode == 0, result.stderr
    actions = json.loads(result.stdout)
    assert len(actions) == 41
    gestion = [a for a in actions if a["action"].startswith("Socializar a la comunidad")]
    assert [(a["owner"], a["line"], a["responsible"], a["months"], a["done_months"])
            for a in gestion] == [("POA", "Gobernabilidad e Institucionalidad",
                                   "Gestión Participativa", ["2023-06", "2023-07",
                                                             "2023-08"], [])]
    assert gestion[0]["targets"] == {"events": None, "participants": {}, "budget": None}


def test_refused_rows_are_printed_with_line_and_reason(store, tmp_path) -> None:
    matrix = tmp_path / "pta.csv"
    matrix.write_text("Componente,Actividad,Meses\nC1,Taller,marzo y abril\n"
                      "C1,Foro,cada trimestre\n", encoding="utf-8")
    result = run("--data-dir", str(store), "plan", "import", str(matrix), "--year", "2026",
                 "--parish", "Pilahuín")
    assert result.returncode == 1
    assert result.stderr.strip() == "Línea 3: “cada” no es un mes en “cada trimestre”."
    assert result.stdout.splitlines()[-1] == (
        "PTA 2026 Pilahuín: se importaron 1 acciones; 1 filas rechazadas.")
    missing = tmp_path / "no-months.tsv"
    missing.write_text("Unidad\tAcciones propuestas\nA\tB\n", encoding="utf-8")
    refused = run("--data-dir", str(store), "plan", "import", str(missing), "--year", "2026")
    assert "no tiene una columna para los meses" in assert_clean_failure(refused)


def test_export_writes_the_matrix_in_spanish_with_done_columns(store, tmp_path) -> None:
    out = tmp_path / "poa.csv"
    result = run("--data-dir", str(store), "plan", "export", "--year", "2023", "--out",
                 str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["Unidad responsable", "Línea / eje / componente",
                       "Aspectos positivos a conservar", "Aspectos a corregir",
                       "Acciones propuestas", "Mes a realizarse", "Tipo de actividad",
                       "Meta de eventos", "Presupuesto (USD)", "Meses cumplidos",
                       "Meses sin actividad", "Actividades realizadas", "Participantes"]
    assert len(rows) == 42
    assert rows[1][5] == "mayo a diciembre 2023" and rows[1][10] == "mayo a diciembre 2023"


@pytest.mark.parametrize("how", DAMAGES)
def test_a_damaged_workbook_is_a_clear_failure(store, tmp_path, how) -> None:
    damaged = damaged_workbook(tmp_path / "plan.xlsx", how)
    refused = run("--data-dir", str(store), "plan", "import", str(damaged), "--year", "2026")
    assert "no se puede leer como hoja de cálculo" in assert_clean_failure(refused)


def test_numbers_no_plan_holds_are_refused_rows_in_spanish(store, tmp_path) -> None:
    matrix = tmp_path / "pta.tsv"
    matrix.write_text("Actividad\tMeses\tMeta eventos\tPresupuesto\n"
                      "Taller\tjunio\t2\t100\n"
                      "Foro\tjunio\t\tnan\n"
                      "Feria\tjunio\t99999999999999999999999\t\n"
                      "Campaña\tjunio\t\t1e400\n", encoding="utf-8")
    result = run("--data-dir", str(store), "plan", "import", str(matrix), "--year", "2027",
                 "--parish", "Pilahuín")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "Línea 3: “nan” no es un monto de dinero.",
        "Línea 4: Una acción no puede planificar más de 10000 eventos.",
        "Línea 5: “1e400” no es un monto de dinero."]
    assert result.stdout.splitlines()[-1] == (
        "PTA 2027 Pilahuín: se importaron 1 acciones; 3 filas rechazadas.")
