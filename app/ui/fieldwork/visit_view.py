"""A visit as it was recorded, read-only: who took part, what was seen and agreed.
Opened from a case's timeline or a family's list of visits. A plan still waiting can be
recorded from here."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.records import Visit
from app.core.writer import RecordNotFound
from app.ui import labels
from app.ui.fieldwork.visit_dialog import VisitDialog
from app.ui.forms import OpenForm
from app.ui.shell.session import Session
from app.ui.widgets import heading


def _read_only(text: str, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setReadOnly(True)
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    box.setMaximumHeight(110)
    return box


class VisitView(QDialog):
    record = Signal(object)  # the planned Visit the user wants to record as done

    def __init__(self, visit: Visit, case_code: str = "", outcome: Visit | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit = visit
        planned = visit.state == "planned"
        self.setWindowTitle(self.tr("Visit of {0}").format(labels.day(visit.visit_date)))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(labels.visit_state(visit.state), 1.15))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}

        def row(key: str, title: str, widget: QWidget) -> None:
            self.fields[key] = widget
            form.addRow(title, widget)

        def line(key: str, title: str, text: str) -> None:
            label = QLabel(text or "—")
            label.setWordWrap(True)
            label.setAccessibleName(title)
            row(key, title, label)

        line("date", self.tr("Date"), labels.day(visit.visit_date))
        if case_code:
            line("case", self.tr("Case"), case_code)
        if planned:
            row("observations", self.tr("Purpose"),
                _read_only(visit.observations, self.tr("Purpose")))
            line("outcome", self.tr("Outcome"), self._outcome(outcome))
        else:
            participants = QLabel("\n".join(visit.participants) or "—")
            participants.setAccessibleName(self.tr("Participants"))
            row("participants", self.tr("Participants"), participants)
            title = self.tr("Reason") if visit.state == "cancelled" else \
                self.tr("Observations")
            row("observations", title, _read_only(visit.observations, title))
            if visit.state == "done":
                row("agreements", self.tr("Agreements"),
                    _read_only(visit.agreements, self.tr("Agreements")))
                line("next", self.tr("Next visit"), labels.day(visit.next_visit_on))
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.record_button: QPushButton | None = None
        if planned and outcome is None:
            self.record_button = buttons.addButton(self.tr("&Record this visit"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
            self.record_button.clicked.connect(self._record)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def _outcome(self, outcome: Visit | None) -> str:
        if outcome is None:
            return self.tr("Still to be done")
        return f"{labels.visit_state(outcome.state)} · {labels.day(outcome.visit_date)}"

    def _record(self) -> None:
        self.accept()
        self.record.emit(self.visit)


def open_visit(parent: QWidget, session: Session, visit_id: str,
               open_form: OpenForm) -> VisitView:
    """Show a visit; recording a plan from there goes through `open_form` (the page's
    own, so that it refreshes after)."""
    ws = session.ws
    visit = ws.visits.get(visit_id)
    code = ""
    if visit.case_id:
        try:
            code = ws.cases.get(visit.case_id).code
        except RecordNotFound:
            code = ""
    outcome = ws.visits.fulfilment(visit.id) if visit.state == "planned" else None
    view = VisitView(visit, code, outcome, parent)
    view.record.connect(lambda plan: open_form(VisitDialog, {
        "household_id": plan.household_id, "case_id": plan.case_id, "mode": "record",
        "plan_id": plan.id}))
    view.finished.connect(lambda _: view.deleteLater())
    view.open()
    return view
