"""About Defensoría: its version and what it is for."""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import heading

# enroll(server_url, username, password, ca_file, allow_http) → the Enrollment; runs in
# a worker.
Enroll = Callable[[str, str, str, str, bool], Any]



class AboutDialog(QDialog):
    def __init__(self, version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Defensoría"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Defensoría Comunitaria"), 1.4))
        self.version = QLabel(self.tr("Version {0}").format(version))
        self.version.setAccessibleName(self.tr("Version"))
        layout.addWidget(self.version)
        text = QLabel(self.tr("Case management for the community defenders of the Consejo "
                              "Cantonal de Protección de Derechos."))
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
