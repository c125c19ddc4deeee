"""Desktop entry point: the composition root of the Qt application."""

import sys
from pathlib import Path


def run_app(data_dir: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from app.ui.first_window import FirstWindow

    qt_app = QApplication(sys.argv)
    window = FirstWindow(data_dir)
    window.show()
    return qt_app.exec()
