"""The banner that offers back forms left unsaved by a crash or a power cut."""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.errors import UserError
from app.core.writer import RecordNotFound
from app.ui.forms import FormDialog
from app.ui.shell.session import Session
from app.ui.widgets import confirm

BANNER_STYLE = "background: #fff4ce; border: 1px solid #c19c00; padding: 6px;"
OpenForm = Callable[[type[FormDialog], dict[str, Any]], FormDialog]


class DraftsBanner(QWidget):
    confirm: Callable[[QWidget, str, str, str], bool] = staticmethod(confirm)

    def __init__(self, session: Session, forms: dict[str, type[FormDialog]],
                 open_form: OpenForm) -> None:
        super().__init__()
        self.session, self.forms, self.open_form = session, forms, open_form
        self.setStyleSheet(BANNER_STYLE)
        row = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Recover them"))
        self.discard_button = QPushButton(self.tr("Discard"))
        self.restore_button.clicked.connect(self.restore)
        self.discard_button.clicked.connect(self.discard)
        row.addWidget(self.text, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        self.hide()

    def check(self) -> None:
        drafts = [d for d in self.session.drafts.pending() if d.form in self.forms]
        self.setVisible(bool(drafts))
        self.text.setText(self.tr(
            "Forms left unsaved in an earlier session (for example after a power cut): {0}. "
            "Recover them to continue where you were.").format(len(drafts)))

    def restore(self) -> list[FormDialog]:
        opened = []
        for draft in self.session.drafts.pending():
            if draft.form not in self.forms:
                continue
            try:
                dialog = self.open_form(self.forms[draft.form], draft.data.get("context", {}))
            except (RecordNotFound, UserError, KeyError):
                self.session.drafts.discard(draft.key)  # its record is gone
                continue
            dialog.adopt_draft(draft.key, draft.data.get("values", {}))
            opened.append(dialog)
        self.hide()
        return opened

    def discard(self) -> None:
        if not self.confirm(self, self.tr("Discard the unsaved forms?"),
                            self.tr("What was typed in them will be lost for good."),
                            self.tr("&Discard them")):
            return
        for draft in self.session.drafts.pending():
            self.session.drafts.discard(draft.key)
        self.hide()
