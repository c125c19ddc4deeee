"""In-process parts of the desktop benchmark, driven through the real widgets."""

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.catalogs import Catalogs
from app.core.clock import SystemClock
from app.core.i18n import translator
from app.ui.shell.context import UiContext
from app.ui.shell.main_window import MainWindow
from app.ui.shell.search_box import MIN_CHARS
from app.ui.shell.workers import Runner
from bench.common import PASSWORD


def wait_for(signal, timeout_ms: int = 60_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def unlock_to_home(folder: Path) -> tuple[float, MainWindow]:
    """From pressing Enter on the password to the home page shown with its agenda."""
    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "ui.ini"), QSettings.Format.IniFormat)
    ctx = UiContext(folder, Catalogs.load(), settings, Runner(QThreadPool()), "es",
                    translator("es"), SystemClock())
    window = MainWindow(ctx, app)
    window.resize(1366, 768)
    window.show()
    # A person takes seconds to type a password; the store's modules load meanwhile.
    wait_for(window.warmed)
    app.processEvents()
    page = window.unlock_page
    page.password.setText(PASSWORD)
    start = time.perf_counter()
    QTest.keyClick(page.password, Qt.Key.Key_Return)
    wait_for(window.unlocked)
    window.shell.home.repaint()
    app.processEvents()
    return time.perf_counter() - start, window


def typeahead_samples(window: MainWindow, queries: list[str]) -> tuple[list[float], int]:
    """Seconds per keystroke from key press to the result list updated, for every
    keystroke that runs a search (from MIN_CHARS characters on)."""
    box = window.shell.search
    samples, hits = [], 0
    for query in queries:
        box.clear()
        box.setFocus()
        for i, char in enumerate(query):
            start = time.perf_counter()
            QTest.keyClick(box, char)
            if i + 1 >= MIN_CHARS:  # shorter input runs no search
                samples.append(time.perf_counter() - start)
        hits += box.popup.count()
    box.clear()
    box.popup.hide()
    return samples, hits


def browse_all(window: MainWindow) -> tuple[int, float]:
    """Open the persons list and scroll to its end, every row fetched."""
    shell = window.shell
    page = shell.persons
    start = time.perf_counter()
    shell.go_to(1)
    wait_for(page.loaded)
    table = page.table
    while page.model.canFetchMore():
        table.scrollToBottom()
        QApplication.processEvents()
    table.scrollToBottom()
    QApplication.processEvents()
    return page.model.rowCount(), time.perf_counter() - start


def browse_households(window: MainWindow) -> tuple[int, float]:
    """Switch the list to families: seconds until every family is counted and the first
    page shows."""
    from app.ui.families.persons_page import HOUSEHOLDS

    page = window.shell.persons
    start = time.perf_counter()
    page.view.setCurrentIndex(HOUSEHOLDS)
    wait_for(page.loaded)
    QApplication.processEvents()
    return page.households.total, time.perf_counter() - start
