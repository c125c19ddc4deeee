"""Erasing a person's data on every device (LOPDP Art. 15, issue 14 §1), for the técnico
and the admin: the reason is asked, the server does the erasing (it alone knows whether
a proceeding about the person is still under way, Art. 18), so this works online only.
This computer syncs at once to drop the data; every other device drops it at its next
sync or bundle."""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError
from app.ui.cases.access_log_dialog import OFFLINE_CODES
from app.ui.shell.context import UiContext
from app.ui.widgets import buddy

Erase = Callable[[str], int]  # the reason → how many records became tombstones
MAX_REASON = 500  # sync.protocol.EraseRequest


class ErasePersonDialog(QDialog):
    erased = Signal(int)  # the number of records erased

    def __init__(self, ctx: UiContext, name: str, erase: Erase,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.erase = ctx, erase
        self.setWindowTitle(self.tr("Erase the data of {0}").format(name))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The server erases the data of {0}, and what concerns only them, on every "
            "device at its next synchronisation (LOPDP Art. 15). It cannot be undone. "
            "It is refused while a case about them is open or their referral to the "
            "Junta or the Fiscalía is not closed (Art. 18). It needs a connection to the "
            "server.").format(name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setAccessibleName(self.tr("Reason"))
        layout.addWidget(buddy(self.tr("&Why is it erased?"), self.reason))
        layout.addWidget(self.reason)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.go = self.buttons.addButton(self.tr("&Erase on every device"),
                                         QDialogButtonBox.ButtonRole.DestructiveRole)
        self.close_button = self.buttons.addButton(self.tr("&Cancel"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.go.setEnabled(False)
        self.go.setAutoDefault(False)
        self.go.clicked.connect(self._erase)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda text: self.go.setEnabled(bool(text.strip())))
        layout.addWidget(self.buttons)
        # From the reason, Tab goes to the erase button, then Cancel.
        QWidget.setTabOrder(self.reason, self.go)
        QWidget.setTabOrder(self.go, self.close_button)
        self.resize(560, 260)

    def _erase(self) -> None:
        reason = self.reason.text().strip()
        self.go.setEnabled(False)
        self.reason.setEnabled(False)
        self.message.setText(self.tr("Asking the server…"))
        self.ctx.runner.start(lambda _report: self.erase(reason), self._done, self._failed)

    def _done(self, count: int) -> None:
        self.message.setText(self.tr(
            "Erased: {0} records. This computer drops them now, as it synchronises; "
            "every other device at its next synchronisation.").format(count))
        self.go.hide()
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setFocus()
        self.erased.emit(count)

    def _failed(self, exc: Exception) -> None:
        self.reason.setEnabled(True)
        self.go.setEnabled(bool(self.reason.text().strip()))
        if getattr(exc, "code", "") in OFFLINE_CODES:
            self.message.setText(self.tr(
                "Erasing is done on the server: connect this computer to the network and "
                "try again."))
        elif isinstance(exc, UserError):
            self.message.setText(exc.render(self.ctx.core_tr))
        else:
            self.message.setText(self.tr("The server could not be asked. Try again."))
