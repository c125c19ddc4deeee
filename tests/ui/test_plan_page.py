"""The plan page through the widgets (issue 15 §2): a promoter writes their parish's PTA
by keyboard, links an activity to one of its actions from the activity form, and sees the
month counted as done; Inicio lists this month's actions still without an activity; the
POA is read-only to a promoter and the técnico's to write; the matrix is imported (each
refused row listed with its line) and exported from the page."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.records.plans import CANTON
from app.core.store.keyring import LocalUser
from app.core.workspace import initialise
from app.ui.fieldwork.activity_dialog import ActivityDialog
from app.ui.plans.plan_action_dialog import PlanActionDialog
from app.ui.shell.session import Session
from app.ui.shell.shell import Shell
from app.ui.widgets import select_code
from tests.helpers.constants import PASSWORD, TODAY
from tests.helpers.ui import SCREEN, save, snap
from tests.helpers.workbooks import DAMAGES, damaged_workbook

SEED = Path(__file__).parents[1] / "fixtures" / "poa_quito_2023.txt"


def rows(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_a_promoter_plans_links_an_activity_and_sees_it_done(qtbot, qapp, shell, workspace,
                                                             qtmodeltester) -> None:
    shell.activateWindow()
    qtbot.waitUntil(lambda: qapp.activeWindow() is shell)
    shell.go_to_section("plans")
    page = shell.plans
    assert page is not None and shell.stack.currentWidget() is page
    assert page.owner.currentData() == "PIL" and page.year.value() == TODAY.year
    assert "No hay un plan" in page.about.text()
    # A new action by keyboard (the button reached by Tab, Space presses it): the plan is
    # made with its first action.
    page.new_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.new_button, Qt.Key.Key_Space)
    dialog = shell.dialogs[-1]
    assert isinstance(dialog, PlanActionDialog)
    dialog.line.setEditText("C1 Capacitación integral")  # QTest types ASCII only
    save(qtbot, dialog)  # no action written: said beside the field, no plan made
    assert dialog.errors["proposed_action"].isVisible()
    assert workspace.plans.find(TODAY.year, "PIL") is None
    qtbot.keyClicks(dialog.proposed, "Talleres de buen trato con padres de familia")
    for month in (3, 11):
        dialog.months[month - 1].setChecked(True)
    dialog.events.setValue(2)
    dialog.targets["adultos_mujeres"].setValue(30)
    snap(dialog, "plan-action-dialog", size=None)
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    qtmodeltester.check(page.model)
    assert rows(page.model) == [[
        "C1 Capacitación integral", "Talleres de buen trato con padres de familia",
        "··✘·······○·", "0 / 2", "0 / 30", "Planificado para marzo, sin actividad registrada"]]
    # Inicio: November's action has no activity yet; a click opens its plan.
    with qtbot.waitSignal(shell.home.plan_due_loaded):
        shell.go_to_section("home")
    due = shell.home.plan_due
    assert [due.item(i).text() for i in range(due.count())] == [
        "C1 Capacitación integral · Talleres de buen trato con padres de familia"]
    snap(shell, "plan-inicio")
    due.itemClicked.emit(due.item(0))
    assert shell.stack.currentWidget() is page
    # An activity of November, linked to the action from the activity form.
    dialog = shell.open_form(ActivityDialog, {})
    choices = [dialog.plan_action.itemText(i) for i in range(dialog.plan_action.count())]
    assert choices == ["— ninguna —", "PTA · C1 Capacitación integral · Talleres de buen "
                                      "trato con padres de familia"]
    select_code(dialog.kind, "taller")
    qtbot.keyClicks(dialog.topic, "Buen trato")
    dialog.counts["adultos_mujeres"].setValue(12)
    dialog.plan_action.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    page.refresh()
    assert rows(page.model)[0][2:5] == ["··✘·······✔·", "1 / 2", "12 / 30"]
    assert page.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == \
        "✔ hecho: noviembre\n✘ atrasado: marzo"
    with qtbot.waitSignal(shell.home.plan_due_loaded):
        shell.go_to_section("home")
    assert shell.home.plan_due.item(0).text() == "Nada pendiente."
    # Edited from the page: Enter on the selected row opens the action.
    shell.go_to_section("plans")
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = shell.dialogs[-1]
    assert isinstance(dialog, PlanActionDialog)
    assert dialog.proposed.toPlainText().startswith("Talleres") and dialog.events.value() == 2
    dialog.months[2].setChecked(False)  # March dropped: nothing is late any more
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    assert rows(page.model)[0][2] == "··········✔·" and rows(page.model)[0][5] == ""
    snap(shell, "plan-page-pta")
    # The POA: read by a promoter, not written.
    select_code(page.owner, CANTON)
    assert not page.new_button.isVisible() and not page.edit_button.isVisible()
    assert "Solo lectura" in page.about.text()
    assert page.new_action() is None


@pytest.fixture
def tecnico_shell(qtbot, tmp_path, ui_ctx, catalogs, clock, spanish) -> Iterator[Shell]:
    ws = initialise(ui_ctx.data_dir, LocalUser("tito", "tecnico", "", "Tito Pérez"),
                    PASSWORD, catalogs, clock)
    widget = Shell(ui_ctx, Session.open(ws))
    qtbot.addWidget(widget)
    widget.resize(*SCREEN)
    widget.show()
    yield widget
    widget.park_all()
    ws.close()


def test_the_tecnico_imports_and_exports_the_matrix(qtbot, tecnico_shell, tmp_path) -> None:
    shell = tecnico_shell
    ws = shell.session.ws
    poa = ws.plans.create_plan(TODAY.year, title=f"POA {TODAY.year}")
    ws.plans.add_actions(poa.id, [{"line": "C5 Comunicación", "months": [TODAY.month],
                                   "proposed_action": "Difusión de derechos en radio"}])
    # The overview lists the POA's action due this month; a click opens the POA.
    with qtbot.waitSignal(shell.overview.plan_due.loaded):
        shell.refresh_start()
    due = shell.overview.plan_due.list
    assert due.item(0).text() == ("POA del cantón (Consejo) · C5 Comunicación · Difusión "
                                  "de derechos en radio")
    snap(shell, "plan-overview")
    due.itemClicked.emit(due.item(0))
    page = shell.plans
    assert shell.stack.currentWidget() is page and page.owner.currentData() == CANTON
    assert page.new_button.isVisible() and page.model.rowCount() == 1
    # A parish's PTA from the Quito matrix, chosen in the file dialog; and a bad file.
    page.year.setValue(2023)
    select_code(page.owner, "PIL")
    page.ask_open = lambda *args: (str(SEED), "")
    with qtbot.waitSignal(page.file_done, timeout=20_000):  # read off the window's thread
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() > 5 and not page.refused.isVisible()
    assert page.message.text().startswith("Acciones importadas:")
    bad = tmp_path / "pta.csv"
    bad.write_text("Actividad propuesta;Meses\nFeria;junio\nSin mes;cada trimestre\n"
                   ";junio\n", encoding="utf-8")
    count = page.model.rowCount()
    with qtbot.waitSignal(page.file_done, timeout=20_000):
        page.import_matrix(bad)
    assert page.model.rowCount() == count + 1
    assert [page.refused.item(i).text() for i in range(page.refused.count())] == [
        "Línea 3: “cada” no es un mes en “cada trimestre”.",
        "Línea 4: La acción propuesta está vacía."]
    snap(shell, "plan-page-import")
    # Exported with the done columns, where the save dialog said.
    out = tmp_path / "pta-2023"
    page.ask_save = lambda *args: (str(out), "Libro de Excel (*.xlsx)")
    with qtbot.waitSignal(page.file_done, timeout=20_000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = out.with_suffix(".xlsx")
    assert written.read_bytes()[:2] == b"PK" and page.message.text().endswith(str(written))
    # Unreadable files: a clear message, the plan unchanged.
    with qtbot.waitSignal(page.file_done, timeout=20_000):
        page.import_matrix(tmp_path / "damaged.xlsx")
    assert page.message.text().startswith("El archivo") and "no se puede leer" in \
        page.message.text()
    with qtbot.waitSignal(page.file_done, timeout=20_000):
        page.import_matrix(tmp_path / "missing.csv")
    assert page.message.text().startswith("No se pudo leer el archivo:")
    for how in DAMAGES:  # a workbook damaged inside once escaped the page uncaught
        with qtbot.waitSignal(page.file_done, timeout=20_000):
            page.import_matrix(damaged_workbook(tmp_path / f"{how}.xlsx", how))
        assert "no se puede leer como hoja de cálculo" in page.message.text(), how
    # A number no plan holds refuses its row, not the import.
    numbers = tmp_path / "numbers.csv"
    numbers.write_text("Actividad propuesta;Meses;Presupuesto\nFoto;junio;nan\n",
                       encoding="utf-8")
    with qtbot.waitSignal(page.file_done, timeout=20_000):
        page.import_matrix(numbers)
    assert [page.refused.item(i).text() for i in range(page.refused.count())] == [
        "Línea 2: “nan” no es un monto de dinero."]
    assert page.model.rowCount() == count + 1


def test_the_activity_form_lists_the_parish_pta_and_the_poa_of_its_year(
        qtbot, shell, workspace) -> None:
    ws = workspace
    pta = ws.plans.create_plan(TODAY.year, parish="PIL")
    ws.plans.add_actions(pta.id, [{"proposed_action": "Asamblea", "months": [1]}])
    last = ws.plans.create_plan(TODAY.year - 1, parish="PIL")
    ws.plans.add_actions(last.id, [{"proposed_action": "Asamblea vieja", "months": [1]}])
    dialog = shell.open_form(ActivityDialog, {})
    texts = lambda: [dialog.plan_action.itemText(i)  # noqa: E731
                     for i in range(1, dialog.plan_action.count())]
    assert texts() == ["PTA · Asamblea"]
    dialog.held_on.set_value(date(TODAY.year - 1, 5, 2))
    assert texts() == ["PTA · Asamblea vieja"]
    dialog.park()
