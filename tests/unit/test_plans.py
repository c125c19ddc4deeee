"""Work plans on one device: importing the Quito POA matrix (seed 004), rows refused with
their line and reason, who may write which plan, planned against done in SQL, and the
exported matrix importing back."""

import csv
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.core.catalogs import Catalogs
from app.core.clock import FixedClock
from app.core.errors import UserError, ValidationFailed
from app.core.plan_matrix.importer import import_matrix
from app.core.plan_matrix.reader import REQUIRED, UNREADABLE
from app.core.records import PlanAction
from app.core.records.community import ATTENDANCE_KEYS
from app.core.records.plans import CANTON
from app.core.rules.plans import (
    MAX_BUDGET_CENTS,
    MAX_EVENTS,
    MAX_PARTICIPANTS,
    TOO_MANY_EVENTS,
    TOO_MANY_PARTICIPANTS,
    TOO_MUCH_BUDGET,
    validate_plan_action,
)
from app.core.services.plans import OTHER_PARISH, READ_ONLY_POA
from app.core.store.keyring import LocalUser
from app.core.workspace import Workspace, initialise
from app.reports.plan_matrix import export_matrix
from tests.helpers.constants import NOW, PASSWORD
from tests.helpers.workbooks import DAMAGES, damaged_workbook

SEED = Path(__file__).parents[1] / "fixtures" / "poa_quito_2023.txt"
ALL = set(range(1, 13))
# Every phrasing of the seed's months column, read by hand.
EXPECTED = {
    "de mayo a diciembre 2023": set(range(5, 13)),
    "junio- julio y agosto 2023": {6, 7, 8},
    "junio, septiembre, diciembre 2023": {6, 9, 12},
    "junio- julio 2023": {6, 7},
    "julio a diciembre 2023": set(range(7, 13)),
    "junio de 2023": {6},
    "enero-diciembre 2023": ALL,
    "Realizarse el mes de junio del 2023": {6},
    "junio a diciembre 2023": set(range(6, 13)),
    "junio a noviembre 2023": set(range(6, 12)),
    "octubre a diciembre 2023": {10, 11, 12},
    "octubre de 2023": {10},
    "noviembre de 2023": {11},
    "septiembre a noviembre 2023": {9, 10, 11},
    "junio, agosto, octubre, noviembre 2023": {6, 8, 10, 11},
    "junio - septiembre 2023": {6, 7, 8, 9},
    "junio - diciembre 2023": set(range(6, 13)),
    "noviembre-diciembre 2023": {11, 12},
    "julio-diciembre 2023": set(range(7, 13)),
    "septiembre y octubre 2023": {9, 10},
}


def tr(text: str) -> str:
    return text


@pytest.fixture(scope="module")
def tecnico(tmp_path_factory, catalogs: Catalogs) -> Iterator[Workspace]:
    ws = initialise(tmp_path_factory.mktemp("plans") / "data",
                    LocalUser("tito", "tecnico", ""), PASSWORD, catalogs, FixedClock(NOW))
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def poa(tecnico: Workspace):
    return import_matrix(tecnico.plans, SEED, 2023, CANTON, tr)


def seed_rows() -> list[list[str]]:
    with SEED.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if any(c.strip() for c in r)]
    return rows[1:]


def test_the_seed_matrix_imports_every_action_with_its_months(poa) -> None:
    rows = seed_rows()
    assert poa.refused == []
    assert poa.plan.parish == CANTON and poa.plan.year == 2023
    assert len(poa.actions) == len(rows) == 41
    for row, action in zip(rows, poa.actions, strict=True):
        assert set(action.months) == EXPECTED[row[5].strip()], row[5]
        assert (action.responsible, action.line, action.proposed_action) == (
            row[0].strip(), row[1].strip(), row[4].strip())
        assert action.aspects_to_keep == row[2].strip()
        assert action.aspects_to_correct == row[3].strip()


def test_months_of_another_year_are_refused_with_their_line(tecnico, tmp_path) -> None:
    report = import_matrix(tecnico.plans, SEED, 2024, CANTON, tr)
    assert report.actions == [] and report.plan is None
    assert tecnico.plans.plans(2024) == []
    assert len(report.refused) == 41
    assert report.refused[0].line == 4  # two blank lines, the header, the first row
    assert report.refused[0].reason == "The months are for 2023, the plan for 2024."


def test_unreadable_rows_are_refused_and_the_rest_kept(tecnico, tmp_path) -> None:
    matrix = tmp_path / "pta.csv"
    matrix.write_bytes(  # as Excel on Windows saves "CSV": cp1252, semicolons
        ("Eje;Responsable;Actividad propuesta;Meses;Tipo;Meta eventos;Presupuesto\n"
         "C1 Capacitación integral;Promotora;Taller de buen trato;todo el año;"
         "Capacitación;12;$ 1.500,50\n"
         ";;Feria de derechos;ene - mar;feria;;\n"
         ";;Sin mes;cada trimestre;;;\n"
         ";;;junio;;;\n"
         ";;Mal tipo;junio;paseo;;\n"
         ";;Meta rara;junio;;muchos;\n"
         ";;Caro;junio;;;mucho\n").encode("cp1252"))
    report = import_matrix(tecnico.plans, matrix, 2026, "PIL", tr)
    assert [(a.line, a.proposed_action, a.months, a.activity_type, a.target_events,
             a.budget_cents) for a in report.actions] == [
        ("C1 Capacitación integral", "Taller de buen trato", list(range(1, 13)),
         "capacitacion", 12, 150050),
        ("C1 Capacitación integral", "Feria de derechos", [1, 2, 3], "feria", None, None)]
    assert [(r.line, r.reason) for r in report.refused] == [
        (4, "“cada” is not a month in “cada trimestre”."),
        (5, "The proposed action is empty."),
        (6, "“paseo” is not an activity type."),
        (7, "“muchos” is not a number of events."),
        (8, "“mucho” is not an amount of money.")]
    assert report.plan is not None and report.plan.parish == "PIL"


@pytest.mark.parametrize("how", DAMAGES)
def test_a_damaged_workbook_is_refused_clearly(tecnico, tmp_path, how) -> None:
    # A sheet's broken XML or a missing sheet once escaped as ParseError or IndexError.
    damaged = damaged_workbook(tmp_path / "plan.xlsx", how)
    with pytest.raises(UserError) as refused:
        import_matrix(tecnico.plans, damaged, 2026, CANTON, tr)
    assert refused.value.message == UNREADABLE
    damaged.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(UserError) as refused:
        import_matrix(tecnico.plans, damaged, 2026, CANTON, tr)
    assert refused.value.message == UNREADABLE


def test_a_file_without_the_months_column_says_so(tecnico, tmp_path) -> None:
    matrix = tmp_path / "m.tsv"
    matrix.write_text("Unidad\tAcciones propuestas\nA\tB\n", encoding="utf-8")
    with pytest.raises(UserError) as refused:
        import_matrix(tecnico.plans, matrix, 2026, CANTON, tr)
    assert refused.value.message == REQUIRED["months"]


def test_a_promoter_reads_the_poa_and_writes_only_their_parish_pta(workspace) -> None:
    with pytest.raises(UserError) as refused:
        workspace.plans.create_plan(2026)
    assert refused.value.message == READ_ONLY_POA
    with pytest.raises(UserError) as refused:
        workspace.plans.create_plan(2026, "SFE")
    assert refused.value.message == OTHER_PARISH
    pta = workspace.plans.create_plan(2026, "PIL", title="PTA 2026")
    [action] = workspace.plans.add_actions(pta.id, [{"proposed_action": "Taller",
                                                     "months": [3, 4]}])
    assert workspace.plans.update_action(action.id, months=[3]).months == [3]


def _activity(ws: Workspace, action_id: str | None, day: date, people: int,
              parish: str = "PIL") -> None:
    ws.activities.record(activity_type="capacitacion", held_on=day, parish=parish,
                         topic="Taller", attendance={"adultos_mujeres": people},
                         plan_action_id=action_id)


@pytest.fixture(scope="module")
def done(tecnico, poa):
    """The POA partly carried out: each test that reads it sees the same activities,
    whatever worker or order it runs in."""
    first, second = poa.actions[0], poa.actions[1]
    _activity(tecnico, first.id, date(2023, 5, 3), 10)
    _activity(tecnico, first.id, date(2023, 5, 20), 5, "SFE")
    _activity(tecnico, first.id, date(2023, 7, 1), 7)
    _activity(tecnico, first.id, date(2024, 5, 3), 99)  # another year's
    _activity(tecnico, None, date(2023, 6, 3), 99)  # no action
    _activity(tecnico, second.id, date(2023, 1, 9), 4)  # before the months planned
    return poa


def test_planned_against_done_per_action_and_month(tecnico, done) -> None:
    first, second = done.actions[0], done.actions[1]
    rows = {r.action.id: r for r in tecnico.plans.progress(2023)}
    assert len(rows) == 41  # the POA (the PTA imported above is for 2026)
    one = rows[first.id]
    assert (one.events, one.participants) == ({5: 2, 7: 1}, {5: 15, 7: 7})
    assert one.done_months == [5, 7]
    assert one.pending_months == [6, 8, 9, 10, 11, 12]
    assert one.late_months(date(2023, 9, 30)) == [6, 8]  # September is not over
    assert one.late_months(date(2026, 1, 1)) == [6, 8, 9, 10, 11, 12]
    assert one.month_key(5) == "2023-05"
    assert rows[second.id].events == {1: 1}
    assert all(not r.events for r in rows.values() if r.action.id not in
               (first.id, second.id))
    assert [r.plan.parish for r in tecnico.plans.progress(2023, CANTON)] == [CANTON] * 41


def test_the_exported_matrix_has_the_done_columns_and_imports_back(tecnico, done,
                                                                   tmp_path) -> None:
    rows = [r for r in tecnico.plans.progress(2023, CANTON)]
    out = tmp_path / "poa.xlsx"
    export_matrix(rows, out, tecnico.catalogs, tr)
    assert out.stat().st_mode & 0o077 == 0
    sheet = load_workbook(out).active
    table = [[c if c is not None else "" for c in row] for row in sheet.iter_rows(
        values_only=True)]
    assert table[0][9:] == ["Months done", "Months without activity", "Activities held",
                            "Participants"]
    done = {r.action.proposed_action: r for r in rows}
    for line in table[1:]:
        r = done[line[4]]
        assert line[11] == sum(r.events.values()) and line[12] == sum(
            r.participants.values())
    assert Counter(line[9] for line in table[1:])["mayo y julio 2023"] == 1
    again = import_matrix(tecnico.plans, out, 2023, "SFE", tr)
    assert again.refused == []
    assert [(a.line, a.proposed_action, a.months) for a in again.actions] == [
        (r.action.line, r.action.proposed_action, sorted(r.action.months)) for r in rows]


def test_without_a_parish_the_command_means_a_promoters_pta_or_the_poa(workspace,
                                                                      tecnico) -> None:
    from app.cli.plans import _owner

    assert (_owner(workspace, ""), _owner(tecnico, ""), _owner(tecnico, "Pilahuín")) == (
        "PIL", CANTON, "PIL")


def test_numbers_no_plan_holds_refuse_only_their_row(tecnico, tmp_path) -> None:
    # "nan", "inf" and "1e400" once aborted the whole import (ValueError, OverflowError);
    # a huge target passed the rules and then failed the store's insert.
    matrix = tmp_path / "pta.tsv"
    matrix.write_text(
        "Actividad propuesta\tMeses\tMeta eventos\tPresupuesto\n"
        "Taller\tjunio\t4\t$ 250\n"
        "Sin número\tjunio\t\tnan\n"
        "Infinito\tjunio\t\tinf\n"
        "Desbordado\tjunio\t\t1e400\n"
        "Eventos sin número\tjunio\tnan\t\n"
        "Demasiados eventos\tjunio\t99999999999999999999999\t\n"
        "Demasiado dinero\tjunio\t\t1e300\n"
        "Casi infinito\tjunio\t\t1.7e308\n"
        "Feria\tjulio\t10000\t10.000.000\n", encoding="utf-8")
    report = import_matrix(tecnico.plans, matrix, 2027, "PIL", tr)
    assert [(a.proposed_action, a.target_events, a.budget_cents)
            for a in report.actions] == [("Taller", 4, 25000),
                                         ("Feria", MAX_EVENTS, MAX_BUDGET_CENTS)]
    assert [(r.line, r.reason) for r in report.refused] == [
        (3, "“nan” is not an amount of money."),
        (4, "“inf” is not an amount of money."),
        (5, "“1e400” is not an amount of money."),
        (6, "“nan” is not a number of events."),
        (7, TOO_MANY_EVENTS.format(most=MAX_EVENTS)),
        (8, TOO_MUCH_BUDGET.format(most=MAX_BUDGET_CENTS // 100)),
        (9, TOO_MUCH_BUDGET.format(most=MAX_BUDGET_CENTS // 100))]
    assert [a.proposed_action for a in tecnico.plans.actions(report.plan.id)] == [
        "Taller", "Feria"]


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"target_events": MAX_EVENTS + 1}, "target_events", TOO_MANY_EVENTS),
    ({"target_events": 2 ** 80}, "target_events", TOO_MANY_EVENTS),
    ({"budget_cents": MAX_BUDGET_CENTS + 1}, "budget_cents", TOO_MUCH_BUDGET),
    ({"target_participants": {"ninez_mujeres": MAX_PARTICIPANTS + 1}},
     "target_participants", TOO_MANY_PARTICIPANTS),
    ({"target_participants": {"adultos_hombres": 99999999999999999999999}},
     "target_participants", TOO_MANY_PARTICIPANTS),
])
def test_targets_no_plan_holds_are_refused_by_the_rule(tecnico, catalogs, changes, field,
                                                       message) -> None:
    fine = {"plan_id": "p", "proposed_action": "Taller", "months": [6]}
    most = {"target_events": MAX_EVENTS, "budget_cents": MAX_BUDGET_CENTS,
            "target_participants": dict.fromkeys(ATTENDANCE_KEYS, MAX_PARTICIPANTS)}
    assert validate_plan_action(PlanAction(**fine, **most), catalogs) == []
    [problem] = validate_plan_action(PlanAction(**fine, **changes), catalogs)
    assert (problem.field, problem.message) == (field, message)
    # Through the service as the dialog and the importer write: refused, nothing stored.
    plan = tecnico.plans.find(2028, "SFE") or tecnico.plans.create_plan(2028, "SFE")
    with pytest.raises(ValidationFailed) as refused:
        tecnico.plans.add_actions(plan.id, [{**fine, **changes}])
    assert [p.message for p in refused.value.problems] == [message]
    assert tecnico.plans.actions(plan.id) == []
