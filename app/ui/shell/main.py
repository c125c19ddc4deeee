"""Desktop entry point: the one composition root of the Qt application."""

import os
import sys
from pathlib import Path
from typing import Any


def build_app(data_dir: Path, argv: list[str] | None = None) -> tuple[Any, Any]:
    """The QApplication and the main window, with every collaborator wired in."""
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from app.core.catalogs import Catalogs
    from app.core.clock import SystemClock
    from app.core.file_erasure import finish_erasure
    from app.core.i18n import translator
    from app.ui.shell.auto_backup import AutoBackup
    from app.ui.shell.context import UiContext
    from app.ui.shell.crash import UnexpectedErrors
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.workers import Runner
    from app.ui.sync.feature import SyncFeature

    # A revoked device's files that were held open when it erased itself (Windows):
    # deleted before anything reads the folder.
    finish_erasure(data_dir)
    qt_app = QApplication(argv if argv is not None else sys.argv)
    qt_app.setApplicationName("Defensoría")
    qt_app.setOrganizationName("CCPD-Ambato")
    settings = QSettings("CCPD-Ambato", "Defensoria")
    language = os.environ.get("DEFENSORIA_LANG") or str(settings.value("ui/language", "es"))
    ctx = UiContext(data_dir=data_dir, catalogs=Catalogs.load(), settings=settings,
                    runner=Runner(QThreadPool()), language=language,
                    core_tr=translator(language), clock=SystemClock())
    features: list[SyncFeature] = []
    ctx.extras["enroll"] = lambda window: features[0].enroll(window)
    window = MainWindow(ctx, qt_app)
    features.append(SyncFeature(ctx, window))
    AutoBackup(ctx, window)  # owned by the window
    UnexpectedErrors(window, data_dir).install()  # never a traceback: a message instead
    return qt_app, window


def run_app(data_dir: Path) -> int:
    qt_app, window = build_app(data_dir)
    window.show()
    return qt_app.exec()
