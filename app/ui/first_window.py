"""A first window until the desktop issue lands: says where the data lives."""

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow


class FirstWindow(QMainWindow):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Defensoría"))
        self.setCentralWidget(QLabel(self.tr("Data folder: {0}").format(data_dir)))
        self.resize(800, 500)
