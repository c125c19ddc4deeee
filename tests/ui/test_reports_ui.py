"""Documents and exports through the widgets: the Reportes page (period, parish, monthly and
canton reports, figures, pseudonymised export) and the case page's referral form and actas.

The save dialog and the system viewer are collaborators: here a function that answers with
a path under tmp_path, and a list that records what would have been opened.
"""

import csv
import dataclasses
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QThreadPool
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QPushButton, QWidget

from app.core.errors import UserError
from app.reports import api
from app.ui.reports.documents import Documents
from app.ui.reports.reports_page import pseudonymised_export
from app.ui.shell.shell import Shell
from app.ui.shell.workers import Runner
from app.ui.widgets import select_code
from tests.helpers.pdf import pdf_text
from tests.helpers.ui import SCREEN, open_window, snap


class SaveDialog:
    """Stands in for QFileDialog: answers with `folder / name` (the proposed name unless
    told otherwise) and remembers what it was asked."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.name = folder, ""
        self.asked: list[tuple[str, Path, str]] = []

    def __call__(self, parent: QWidget | None, title: str, proposed: Path,
                 filters: str) -> Path | None:
        self.asked.append((title, proposed, filters))
        return self.folder / (self.name or proposed.name)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "salida"
    folder.mkdir()
    return folder


@pytest.fixture
def dialog(out: Path) -> SaveDialog:
    return SaveDialog(out)


@pytest.fixture
def opened() -> list[Path]:
    return []


@pytest.fixture
def documents(ui_ctx, session, dialog, opened, tmp_path) -> Documents:
    return Documents(ui_ctx, session, ask_path=dialog, open_file=opened.append,
                     folder=tmp_path / "Documentos")


@pytest.fixture
def desk(qtbot, ui_ctx, session, documents, spanish) -> Iterator[Shell]:
    widget = Shell(ui_ctx, session, documents)
    qtbot.addWidget(widget)
    widget.resize(*SCREEN)
    widget.show()
    yield widget
    widget.park_all()


@pytest.fixture
def story(workspace, household, child):
    """A case with a referral, a recorded visit and, on a mediable case, a mediation."""
    ws = workspace
    case = ws.cases.register(
        parish="PIL", household_id=household.id, affected_person_ids=[child.id],
        violation_types=["maltrato_fisico"], facts="La niña presentó moretones.",
        reporter_name="Josefina Yucailla", occurred_on=date(2026, 11, 10),
        opened_on=date(2026, 11, 12))
    referral = ws.referrals.create(case_id=case.id, institution="junta", urgency="urgent",
                                   reason="Se solicita medida de protección.")
    visit = ws.visits.record(household_id=household.id, case_id=case.id,
                             visit_date=date(2026, 11, 15), participants=["Rosa Muñoz"],
                             observations="Conversamos con la madre.",
                             agreements="Acompañará a la niña a la escuela.")
    mediable = ws.cases.register(
        parish="PIL", household_id=household.id, affected_person_ids=[child.id],
        violation_types=["negligencia"], facts="La niña queda sola por las tardes.",
        reporter_anonymous=True, opened_on=date(2026, 11, 3))
    mediation = ws.mediations.record(
        case_id=mediable.id, held_on=date(2026, 11, 18),
        parties=[{"name": "Rosa Muñoz", "role": "madre"},
                 {"name": "Ángel Quishpe", "role": "vecino"}],
        subject="Cuidado de la niña", agreements="El vecino avisará a la madre.",
        outcome="agreement")
    return dataclasses.make_dataclass("Story", ["case", "referral", "visit", "mediable",
                                                "mediation"])(
        case, referral, visit, mediable, mediation)


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def text_of(path: Path) -> str:
    return " ".join(pdf_text(path))


def test_reports_page_makes_the_monthly_report_of_a_parish(qtbot, desk, documents, dialog,
                                                           opened, story, out, tmp_path):
    desk.go_to(5)
    page = desk.reports
    assert desk.stack.currentWidget() is page
    assert desk.nav.item(5).text() == "Reportes"
    select_code(page.parish, "PIL")
    page.month.setDate(QDate(2026, 11, 1))
    snap(desk, "30-reports")
    with qtbot.waitSignal(documents.written, timeout=20_000) as written:
        click(qtbot, page.monthly_button)
    path = written.args[0]
    title, proposed, filters = dialog.asked[0]
    assert (title, filters) == ("Informe mensual", "Documentos PDF (*.pdf)")
    assert proposed.parent == tmp_path / "Documentos"  # the user's Documents by default
    assert proposed.name == path.name and path.parent == out
    assert path.suffix == ".pdf" and "2026-11-PIL" in path.name
    text = text_of(path)
    for expected in ("Informe mensual", "noviembre de 2026 · Parroquia Pilahuín",
                     "Casos nuevos 2", "Mediaciones 1", story.case.code):
        assert expected in text, expected
    assert page.message.text() == f"Guardado: {path}"
    offer = documents.offer
    assert offer is not None and offer.isVisible()
    click(qtbot, documents.open_button)  # "Abrir o imprimir" → the system's viewer
    assert opened == [path]
    assert documents.offer is None and not offer.isVisible()  # the offer closed itself


def test_canton_report_and_figures_for_a_period(qtbot, desk, documents, dialog, story, out):
    page = desk.reports
    desk.go_to(5)
    page.start.setDate(QDate(2026, 11, 1))
    page.end.setDate(QDate(2026, 11, 30))
    with qtbot.waitSignal(documents.written, timeout=20_000) as written:
        click(qtbot, page.canton_button)
    documents.offer.reject()
    text = text_of(written.args[0])
    for expected in ("Informe cantonal de vulneración de derechos",
                     "Período del 01/11/2026 al 30/11/2026", "1. Casos por tipo de vulneración",
                     "Maltrato físico", "Negligencia / descuido"):
        assert expected in text, expected

    select_code(page.format, "csv")
    with qtbot.waitSignal(documents.written, timeout=20_000) as written:
        click(qtbot, page.stats_button)
    documents.offer.reject()
    path = written.args[0]
    assert path.suffix == ".csv" and dialog.asked[-1][2] == "Archivos CSV (*.csv)"
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    flat = [cell for row in rows for cell in row]
    assert "Maltrato físico" in flat and "Negligencia / descuido" in flat

    select_code(page.format, "xlsx")
    with qtbot.waitSignal(documents.written, timeout=20_000) as written:
        click(qtbot, page.stats_button)
    documents.offer.reject()
    assert written.args[0].suffix == ".xlsx" and written.args[0].stat().st_size > 0


def test_pseudonymised_export_holds_no_names(qtbot, desk, documents, story):
    desk.go_to(5)
    with qtbot.waitSignal(documents.written, timeout=20_000) as written:
        click(qtbot, desk.reports.pseudonymised_button)
    documents.offer.reject()
    content = written.args[0].read_text(encoding="utf-8-sig")
    assert content.count("\n") >= 2
    assert "Chicaiza" not in content and "1804567897" not in content


def test_a_period_that_ends_before_it_starts_is_explained(qtbot, desk, dialog):
    page = desk.reports
    page.start.setDate(QDate(2026, 11, 30))
    page.end.setDate(QDate(2026, 11, 1))
    click(qtbot, page.canton_button)
    assert dialog.asked == []  # nothing asked, nothing started
    assert "El período empieza después de terminar" in page.message.text()


def test_a_folder_that_does_not_exist_gives_a_spanish_message(qtbot, desk, documents, dialog,
                                                              story):
    dialog.name = "no-existe/informe.pdf"
    with qtbot.waitSignal(documents.failed, timeout=20_000) as failed:
        click(qtbot, desk.reports.monthly_button)
    assert failed.args[0].startswith("No se puede usar el archivo")
    assert "Traceback" not in failed.args[0]
    assert desk.reports.message.text() == failed.args[0]
    assert not documents.busy


def test_referral_form_and_actas_from_the_case_page(qtbot, desk, documents, dialog, story):
    page = desk.open_case(story.case.id)
    assert page.referral_form.isEnabled()  # the only referral counts as selected
    assert not page.visit_record.isEnabled() and not page.mediation_record.isEnabled()
    page.referral_table.selectionModel().select(
        page.referrals.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    with qtbot.waitSignal(documents.written, timeout=20_000) as written:
        click(qtbot, page.referral_form)
    documents.offer.reject()
    assert dialog.asked[-1][0] == "Ficha de derivación"
    assert story.case.code in written.args[0].name
    text = text_of(written.args[0])
    assert story.case.code in text and "Se solicita medida de protección." in text

    visits = [i for i in range(page.timeline.count())
              if page.timeline.item(i).data(Qt.ItemDataRole.UserRole)[0] == "visit"]
    page.timeline.setCurrentRow(visits[0])
    assert page.visit_record.isEnabled() and not page.mediation_record.isEnabled()
    snap(desk, "31-case-documents")
    with qtbot.waitSignal(documents.written, timeout=20_000) as written:
        click(qtbot, page.visit_record)
    documents.offer.reject()
    assert "Acompañará a la niña a la escuela." in text_of(written.args[0])

    page = desk.open_case(story.mediable.id)
    assert not page.referral_form.isEnabled()  # no referral on this case
    rows = [i for i in range(page.timeline.count())
            if page.timeline.item(i).data(Qt.ItemDataRole.UserRole)[0] == "mediation"]
    page.timeline.setCurrentRow(rows[0])
    with qtbot.waitSignal(documents.written, timeout=20_000) as written:
        click(qtbot, page.mediation_record)
    documents.offer.reject()
    text = text_of(written.args[0])
    assert "Ángel Quishpe" in text and "El vecino avisará a la madre." in text


def test_cancel_leaves_no_file(qtbot, ui_ctx, session, dialog, opened, story, out, spanish):
    # One worker thread, held by a gate: the report waits in the queue while the user
    # cancels, so the cancel lands before it starts — no race, no sleep.
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    ctx = dataclasses.replace(ui_ctx, runner=Runner(pool))
    documents = Documents(ctx, session, ask_path=dialog, open_file=opened.append,
                          folder=out)
    widget = Shell(ctx, session, documents)
    qtbot.addWidget(widget)
    gate = threading.Event()
    ctx.runner.start(lambda report: gate.wait(10), lambda _: None, lambda _: None)
    try:
        page = widget.open_case(story.case.id)
        click(qtbot, page.referral_form)
        assert documents.busy and documents.progress is not None
        snap(documents.progress, "32-document-progress", None)
        click(qtbot, page.referral_form)  # a second request while busy starts nothing
        assert len(dialog.asked) == 1
        with qtbot.waitSignal(documents.cancelled, timeout=20_000):
            click(qtbot, documents.progress.findChild(QPushButton))  # "Cancelar"
            gate.set()
    finally:
        gate.set()
        pool.waitForDone(10_000)
    assert list(out.iterdir()) == []
    assert opened == [] and documents.offer is None and not documents.busy
    widget.park_all()


def test_a_cancelled_pseudonymised_export_is_discarded(workspace, story, out):
    # That export has no steps to stop at: cancelled while it ran, its file is dropped.
    with pytest.raises(api.Cancelled):
        pseudonymised_export(workspace, out / "p.csv", lambda: True)
    assert list(out.iterdir()) == []
    assert pseudonymised_export(workspace, out / "p.csv", lambda: False) >= 2
    assert [p.name for p in out.iterdir()] == ["p.csv"]
    with pytest.raises(UserError) as caught:
        pseudonymised_export(workspace, out / "no" / "p.csv", lambda: False)
    assert caught.value.params["path"] == out / "no" / "p.csv"


def test_in_the_window_ctrl_6_opens_reportes_and_the_status_bar_shows_the_work(
        qtbot, qapp, ui_ctx, catalogs, dialog, out):
    window = open_window(qtbot, qapp, ui_ctx, catalogs)
    shell = window.shell
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert shell.stack.currentWidget() is shell.reports
    documents = shell.documents
    documents.ask_path, documents.confirm_open = dialog, False  # no real dialogs offscreen
    with qtbot.waitSignal(documents.written, timeout=20_000) as written:
        click(qtbot, shell.reports.monthly_button)
        assert window.status.progress.isVisible()
        assert window.status.work.text() == "Preparando «Informe mensual»…"
    assert not window.status.progress.isVisible()
    assert "Informe mensual" in text_of(written.args[0])


def test_monthly_report_of_my_own_work(qtbot, desk, documents, story):
    page = desk.reports
    desk.go_to(5)
    page.month.setDate(QDate(2026, 11, 1))
    assert page.parish.currentText() == "Todas las parroquias"
    page.mine.setChecked(True)
    with qtbot.waitSignal(documents.written, timeout=20_000) as written:
        click(qtbot, page.monthly_button)
    documents.offer.reject()
    assert written.args[0].name.endswith("-2026-11-ana.pdf")
    text = text_of(written.args[0])
    assert "noviembre de 2026 · Todas las parroquias, promotor/a ana" in text
    assert "Casos nuevos 2" in text


def next_tab_stop(widget: QWidget) -> QWidget:
    """The next widget Tab stops at (a spin box's own line edit is the spin box)."""
    while True:
        widget = widget.nextInFocusChain()
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() \
                and widget.isEnabled():
            return widget


def test_plan_compliance_report_from_the_keyboard(qtbot, desk, documents, dialog, workspace):
    ws = workspace
    plan = ws.plans.create_plan(2026, "PIL")
    action = ws.plans.add_actions(plan.id, [{
        "line": "C1 Capacitación integral", "proposed_action": "Talleres de buen trato",
        "months": [3, 10], "target_events": 2}])[0]
    ws.activities.record(activity_type="taller", held_on=date(2026, 3, 5), parish="PIL",
                         topic="Taller", plan_action_id=action.id,
                         attendance={"adultos_mujeres": 9})
    desk.go_to(5)
    page, box = desk.reports, desk.reports.plan
    select_code(page.parish, "PIL")
    assert box.title() == "Informe de cumplimiento del plan" and box.year.value() == 2026
    labels = {label.buddy(): label.text() for label in box.findChildren(QLabel)}
    assert labels[box.year] == "Añ&o del plan" and labels[box.first] == "Mes d&e inicio"
    assert box.button.text() == "Informe de cump&limiento"
    snap(desk, "31-reports-plan")
    stops, widget = [], page.stats_button  # Tab from the figures' button walks the box
    for _ in range(5):
        widget = next_tab_stop(widget)
        stops.append(widget)
    assert stops == [box.year, box.first, box.last, box.format, box.button]
    box.button.setFocus()
    with qtbot.waitSignal(documents.written, timeout=20_000) as written:
        qtbot.keyClick(box.button, Qt.Key.Key_Space)
    documents.offer.reject()
    path = written.args[0]
    assert path.name == "cumplimiento-plan-2026-01-12-PIL.pdf"
    text = text_of(path)
    for expected in ("Informe de cumplimiento del plan", "Parroquia Pilahuín: PTA",
                     "Talleres de buen trato", "1 de 2 (50,0 %)",
                     "planificado para octubre, sin actividad registrada"):
        assert expected in text, expected

    select_code(box.format, "xlsx")
    box.first.setCurrentIndex(2)  # marzo
    with qtbot.waitSignal(documents.written, timeout=20_000) as written:
        qtbot.keyClick(box.button, Qt.Key.Key_Space)
    documents.offer.reject()
    assert written.args[0].suffix == ".xlsx" and dialog.asked[-1][2] == \
        "Libros de Excel (*.xlsx)"


def test_a_first_month_after_the_last_is_explained(qtbot, desk, dialog):
    box = desk.reports.plan
    box.first.setCurrentIndex(10)
    box.last.setCurrentIndex(2)
    click(qtbot, box.button)
    assert dialog.asked == []
    assert desk.reports.message.text() == ("El mes de inicio es posterior al mes final: "
                                           "corrija los meses.")
