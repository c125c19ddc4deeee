"""The unlock screen: also the lock screen after inactivity, and where users switch."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.core.accounts import LocalUser
from app.ui.shell.first_run_page import centered_card
from app.ui.widgets import ErrorLabel, combo, heading, select_code


class UnlockPage(QWidget):
    unlock_requested = Signal(str, str)

    def __init__(self, users: list[LocalUser]) -> None:
        super().__init__()
        box = centered_card(self)
        box.addWidget(heading(self.tr("Defensoría"), 1.6))
        self.message = QLabel(self.tr("Enter the password of this computer to open the "
                                      "register."))
        self.message.setWordWrap(True)
        box.addWidget(self.message)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above fields
        self.user = combo([(u.username, u.display_name or u.username) for u in users],
                          name=self.tr("User"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("&User"), self.user)
        # Two passwords exist: this computer's (it opens the encrypted register, offline)
        # and the server's; this one is always the computer's, and says so.
        form.addRow(self.tr("&Password of this computer"), self.password)
        box.addLayout(form)
        self.error = ErrorLabel()
        self.error.setAccessibleName(self.tr("Error"))
        box.addWidget(self.error)
        self.unlock = QPushButton(self.tr("&Open"))
        self.unlock.setDefault(True)
        self.unlock.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        box.addWidget(self.unlock)
        self.busy = QLabel(self.tr("Opening…"))
        self.busy.hide()
        box.addWidget(self.busy)

    def prepare(self, locked_user: str | None = None, switching: bool = False,
                idle: bool = False) -> None:
        """Show as the start screen, the lock screen of `locked_user` (locked by hand, or
        after a while without use when `idle`), or for switching."""
        self.password.clear()
        self.error.show_message("")
        self.set_busy(False)
        if locked_user:
            select_code(self.user, locked_user)
            self.message.setText(self.tr(
                "Locked after a while without use. Enter the password of this computer to "
                "continue, or choose another user.") if idle else self.tr(
                "Locked. Enter the password of this computer to continue, or choose "
                "another user."))
        elif switching:
            self.message.setText(self.tr("Choose the user and enter the password of this "
                                         "computer."))
        else:
            self.message.setText(self.tr(
                "Enter the password of this computer to open the register: the one chosen "
                "when your user was created here (it can differ from your password on the "
                "server)."))
        self.password.setFocus()

    def _submit(self) -> None:
        if not self.password.text():
            self.error.show_message(self.tr("Type your password."))
            return
        self.unlock_requested.emit(self.user.currentData(), self.password.text())

    def set_busy(self, busy: bool) -> None:
        self.unlock.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.busy.setVisible(busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.show_message(text)
        self.password.selectAll()
        self.password.setFocus()
