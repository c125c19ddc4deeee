"""A follow-up to do on a case by a date."""

from typing import Any

from PySide6.QtWidgets import QWidget

from app.core.records import FollowUp
from app.ui.fieldwork.visit_dialog import text_box
from app.ui.forms import FormDialog
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import DateField


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
