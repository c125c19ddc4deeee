"""Enrolling this device with the Consejo's server (or with a USB enrollment file)."""

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError
from app.core.i18n import Translate
from app.ui.shell.workers import Runner
from app.ui.widgets import ErrorLabel, confirm, wrapped

# enroll(server_url, username, password, ca_file, allow_http) → the Enrollment; runs in
# a worker.
Enroll = Callable[[str, str, str, str, bool], Any]


def clear_http(url: str) -> bool:
    """A plain http:// address of another machine (loopback is this computer itself)."""
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        return False
    from sync.transport import is_loopback  # loads requests: only when enrolling

    return not is_loopback(parts.hostname)


class EnrollDialog(QDialog):
    """Server address, user, password and an optional CA file; enrolls in a worker.

    The password asked is the server's (the user's account at the Consejo), never this
    computer's; on a first run it becomes this computer's password too, and the dialog
    says so. A clear http:// address of another machine is used only after a worded
    confirmation (the command line needs --allow-http)."""

    enrolled = Signal(object)  # app.core.sync.syncstate.Enrollment
    confirm: Callable[[QWidget, str, str, str], bool] = staticmethod(confirm)

    def __init__(self, enroll: Enroll, runner: Runner, core_tr: Translate, username: str = "",
                 server_url: str = "", parent: QWidget | None = None,
                 first_run: bool = False) -> None:
        super().__init__(parent)
        self.enroll, self.runner, self.core_tr = enroll, runner, core_tr
        self.setWindowTitle(self.tr("Enroll with the server"))
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr(
            "Register this laptop with the Consejo's server. Type your user and password "
            "on the server (your account at the Consejo). This password will also open "
            "this computer; if you change it later on the server, this computer keeps the "
            "one you type now.") if first_run else self.tr(
            "Register this laptop with the Consejo's server. Type your user and password "
            "on the server (your account at the Consejo), not the password of this "
            "computer.")))
        form = QFormLayout()
        self.server = QLineEdit(server_url)
        self.server.setPlaceholderText("https://defensoria.example.org")
        self.server.setAccessibleName(self.tr("Server address"))
        self.username = QLineEdit(username)
        self.username.setAccessibleName(self.tr("User on the server"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password on the server"))
        self.password.setPlaceholderText(self.tr("Your password on the server"))
        self.ca_file = QLineEdit()
        self.ca_file.setAccessibleName(self.tr("Certificate authority file (optional)"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        form.addRow(self.tr("&Server address"), self.server)
        form.addRow(self.tr("&User on the server"), self.username)
        form.addRow(self.tr("&Password on the server"), self.password)
        ca_label = QLabel(self.tr("&Certificate file (optional)"))
        ca_label.setBuddy(self.ca_file)
        form.addRow(ca_label, ca_row)
        for field in (self.server, self.username, self.password, self.ca_file):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("&Enroll"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate authority file"), "",
                                              self.tr("Certificates (*.pem *.crt);;All (*)"))
        if path:
            self.ca_file.setText(path)

    def submit(self) -> None:
        url, user = self.server.text().strip(), self.username.text().strip()
        password, ca = self.password.text(), self.ca_file.text().strip()
        if not url or not user or not password:
            self.error.show_message(self.tr("Type the server address, your user and your "
                                            "password."))
            return
        self.error.show_message("")
        allow_http = clear_http(url)
        if allow_http and not self.confirm(self, self.tr("Connection without encryption"),
                                           self.tr(
                "The address {0} starts with http://, not https://: your password and the "
                "data of the cases would travel over the network without encryption, and "
                "anyone on that network could read them. Use the https:// address of the "
                "server. Continue only if the Consejo's technician told you to, on a network "
                "you trust.").format(url), self.tr("&Use http anyway")):
            self.error.show_message(self.tr("Not enrolled: type the https:// address of the "
                                            "server."))
            return
        self.ok.setEnabled(False)
        self.ok.setText(self.tr("Enrolling…"))
        self.runner.start(lambda report: self.enroll(url, user, password, ca, allow_http),
                          self._done, self._failed)

    def _done(self, enrollment: Any) -> None:
        self.password.clear()
        self.enrolled.emit(enrollment)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ok.setEnabled(True)
        self.ok.setText(self.tr("&Enroll"))
        if isinstance(exc, UserError):
            self.error.show_message(exc.render(self.core_tr))
        else:
            self.error.show_message(self.tr("The device could not be enrolled: {0}").format(exc))
