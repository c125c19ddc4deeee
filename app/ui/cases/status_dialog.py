"""A case status change with its reason."""

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from app.core.records import Case
from app.core.records.cases import CASE_STATUSES
from app.ui import labels
from app.ui.fieldwork.visit_dialog import text_box
from app.ui.forms import FormDialog
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import combo, select_code, wrapped


class StatusDialog(FormDialog):
    """A new status with its reason. Closing a case with visits still planned asks what
    to do with them: cancel them (each by a cancellation entry) or keep them."""

    FORM = "case_status"

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, session, context, parent)
        self.setWindowTitle(self.tr("Change the status"))
        self.status = self.add_field("status", self.tr("New s&tatus"), combo(
            [(c, labels.case_status(c)) for c in CASE_STATUSES]))
        self.reason = self.add_field("status_reason", self.tr("&Why"), text_box(100))
        self.planned = session.ws.visits.pending_for_case(context["case_id"])
        self.cancel_visits = QRadioButton(self.tr("&Cancel them"))
        self.keep_visits = QRadioButton(self.tr("&Keep them"))
        choice = QWidget()
        column = QVBoxLayout(choice)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(wrapped(self.tr("Still planned: {0}. What happens to them?").format(
            ", ".join(labels.day(v.visit_date) for v in self.planned))))
        row = QHBoxLayout()
        row.addWidget(self.cancel_visits)
        row.addWidget(self.keep_visits)
        row.addStretch()
        column.addLayout(row)
        self.visits_row = self.add_field("planned_visits", self.tr("Planned visits"), choice)
        self.status.currentIndexChanged.connect(lambda _: self._closing())
        for button in (self.cancel_visits, self.keep_visits):
            button.clicked.connect(self.touch)
        self.finish()
        self._closing()
        self.resize(520, 280)

    def asks_about_visits(self) -> bool:
        return bool(self.planned) and self.status.currentData() == "closed"

    def _closing(self) -> None:
        """The question about planned visits, only when it applies."""
        row = self.visits_row.parentWidget()  # the field with its error line
        assert row is not None  # add_field put the choice inside that row
        row.setVisible(self.asks_about_visits())
        label = self.form.labelForField(row)
        if label is not None:
            label.setVisible(self.asks_about_visits())

    def values(self) -> dict[str, Any]:
        visits = "cancel" if self.cancel_visits.isChecked() else \
            "keep" if self.keep_visits.isChecked() else ""
        return {"status": self.status.currentData(), "reason": self.reason.toPlainText(),
                "planned_visits": visits}

    def restore(self, values: dict[str, Any]) -> None:
        select_code(self.status, values.get("status", "open"))
        self.reason.setPlainText(values.get("reason", ""))
        self.cancel_visits.setChecked(values.get("planned_visits") == "cancel")
        self.keep_visits.setChecked(values.get("planned_visits") == "keep")
        self._closing()

    def submit(self) -> Case | None:
        choice = self.values()["planned_visits"]
        if self.asks_about_visits() and not choice:
            self.clear_errors()
            self.errors["planned_visits"].show_message(self.tr(
                "Say whether the visits still planned are cancelled or kept."))
            return None
        return self.session.ws.cases.change_status(
            self.context["case_id"], self.status.currentData(), self.reason.toPlainText(),
            cancel_planned_visits=self.asks_about_visits() and choice == "cancel")
