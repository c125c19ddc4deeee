"""A note on a case."""

from typing import Any

from PySide6.QtWidgets import QWidget

from app.core.records import CaseNote
from app.ui.fieldwork.visit_dialog import text_box
from app.ui.forms import FormDialog
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session


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
