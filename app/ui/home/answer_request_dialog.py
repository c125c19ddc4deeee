"""The answer to a person's data request: when it was answered and a short note."""

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.core.records import DataRequest
from app.core.services.requests import RequestService
from app.ui.forms import FormDialog
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import DateField


class AnswerRequestDialog(FormDialog):
    FORM = "data_request_answer"

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, session, context, parent)
        self.setWindowTitle(self.tr("Answer a data request"))
        self.answered_on = self.add_field("answered_on", self.tr("&Answered on"), DateField(
            self.tr("Answered on"), self.tr("DD/MM/YYYY")))
        self.answered_on.set_value(ctx.today())
        self.note = self.add_field("note", self.tr("&Note"), QLineEdit())
        self.finish()

    def values(self) -> dict[str, Any]:
        return {"answered_on": self.answered_on.text(), "note": self.note.text()}

    def restore(self, values: dict[str, Any]) -> None:
        self.answered_on.setText(values.get("answered_on", ""))
        self.note.setText(values.get("note", ""))

    def submit(self) -> DataRequest | None:
        answered = self.answered_on.value()
        if answered is None:
            self.errors["answered_on"].show_message(
                self.tr("Write the date as day/month/year, e.g. 03/04/2016."))
            return None
        return RequestService(self.session.ws.context()).answer(
            self.context["request_id"], answered, self.note.text())
