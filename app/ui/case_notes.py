"""A note on a case, a status change with its reason, and a follow-up to do by a date."""

from typing import Any

from PySide6.QtWidgets import QWidget

from app.core.records import Case, CaseNote, FollowUp
from app.core.records.cases import CASE_STATUSES
from app.ui import labels
from app.ui.context import UiContext
from app.ui.forms import FormDialog
from app.ui.session import Session
from app.ui.visit_form import text_box
from app.ui.widgets import DateField, combo, select_code


class NoteDialog(FormDialog):
    FORM = "case_note"

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, session, context, parent)
        self.setWindowTitle(self.tr("Add a note"))
        self.text = self.add_field("text", self.tr("&Note"), text_box(160))
        self.finish()
        self.resize(480, 260)

    def values(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText()}

    def restore(self, values: dict[str, Any]) -> None:
        self.text.setPlainText(values.get("text", ""))

    def submit(self) -> CaseNote:
        return self.session.ws.cases.add_note(self.context["case_id"],
                                              self.text.toPlainText())


class StatusDialog(FormDialog):
    FORM = "case_status"

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, session, context, parent)
        self.setWindowTitle(self.tr("Change the status"))
        self.status = self.add_field("status", self.tr("New s&tatus"), combo(
            [(c, labels.case_status(c)) for c in CASE_STATUSES]))
        self.reason = self.add_field("status_reason", self.tr("&Why"), text_box(100))
        self.finish()
        self.resize(480, 260)

    def values(self) -> dict[str, Any]:
        return {"status": self.status.currentData(), "reason": self.reason.toPlainText()}

    def restore(self, values: dict[str, Any]) -> None:
        select_code(self.status, values.get("status", "open"))
        self.reason.setPlainText(values.get("reason", ""))

    def submit(self) -> Case:
        return self.session.ws.cases.change_status(self.context["case_id"],
                                                   self.status.currentData(),
                                                   self.reason.toPlainText())


class FollowUpDialog(FormDialog):
    FORM = "follow_up"

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, session, context, parent)
        self.setWindowTitle(self.tr("Schedule a follow-up"))
        self.due_on = self.add_field("due_on", self.tr("&By"), DateField(
            self.tr("Due date"), self.tr("DD/MM/YYYY")))
        self.description = self.add_field("description", self.tr("&What to do"),
                                          text_box(100))
        self.finish()
        self.resize(480, 240)

    def values(self) -> dict[str, Any]:
        return {"due_on": self.due_on.text(), "description": self.description.toPlainText()}

    def restore(self, values: dict[str, Any]) -> None:
        self.due_on.setText(values.get("due_on", ""))
        self.description.setPlainText(values.get("description", ""))

    def submit(self) -> FollowUp | None:
        if self.due_on.is_invalid():
            self.errors["due_on"].show_message(
                self.tr("Write the date as day/month/year, e.g. 03/04/2016."))
            return None
        return self.session.followups.schedule(self.context["case_id"], self.due_on.value(),
                                               self.description.toPlainText())
