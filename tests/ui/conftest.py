"""Fixture chain for views: workspace (real SQLCipher store) → session → UI context → view.

Qt runs offscreen; screenshots of the main screens go to screenshots/ at 1366×768.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from app.core.catalogs import Catalogs
from app.core.clock import FixedClock
from app.core.i18n import translator
from app.core.store.keyring import LocalUser
from app.core.workspace import Workspace, initialise
from app.ui import i18n
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.shell.shell import Shell
from app.ui.shell.workers import Runner
from tests.conftest import PASSWORD

# Known noise of Qt's offscreen platform plugin, not of our code:
QT_LOG_IGNORE = (
    # offscreen windows have no window manager to pass size hints to (dialogs call it)
    "This plugin does not support propagateSizeHints",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*QT_LOG_IGNORE))


SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SCREEN = (1366, 768)


def snap(widget: QWidget, name: str, size: tuple[int, int] | None = SCREEN) -> Path:
    """Save a PNG of the widget (at 1366×768 unless told otherwise) for a human to look at."""
    if size is not None:
        widget.resize(*size)
    QApplication.processEvents()
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    installed = i18n.install(qapp, "es")
    yield
    i18n.uninstall(qapp, installed)


@pytest.fixture
def runner() -> Iterator[Runner]:
    pool = QThreadPool()
    runner = Runner(pool)
    yield runner
    pool.waitForDone(10_000)


@pytest.fixture
def ui_ctx(tmp_path: Path, data_dir: Path, catalogs: Catalogs, runner: Runner,
           clock: FixedClock) -> UiContext:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return UiContext(data_dir=data_dir, catalogs=catalogs, settings=settings, runner=runner,
                     language="es", core_tr=translator("es"), clock=clock,
                     idle_ms=600_000, autosave_ms=20,
                     check_integrity_in_background=False)


@pytest.fixture
def session(workspace: Workspace) -> Session:
    return Session.open(workspace)


@pytest.fixture
def shell(qtbot, ui_ctx: UiContext, session: Session,
          spanish: None) -> Iterator[Shell]:
    widget = Shell(ui_ctx, session)
    qtbot.addWidget(widget)
    widget.resize(*SCREEN)
    widget.show()
    yield widget
    widget.park_all()


def make_window(qtbot, ui_ctx: UiContext, qapp: QApplication):
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(ui_ctx, qapp)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    return window


def unlock_as(qtbot, window, password: str, username: str | None = None) -> None:
    page = window.unlock_page
    if username:
        page.user.setCurrentIndex(page.user.findData(username))
    page.password.clear()
    qtbot.keyClicks(page.password, password)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)


def open_window(qtbot, qapp: QApplication, ui_ctx: UiContext, catalogs: Catalogs):
    """A store with user ana, and the main window unlocked by her and active."""
    initialise(ui_ctx.data_dir, LocalUser("ana", "promotor", "PIL"), PASSWORD, catalogs,
               ui_ctx.clock).close()
    window = make_window(qtbot, ui_ctx, qapp)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        unlock_as(qtbot, window, PASSWORD)
    window.activateWindow()
    qtbot.waitUntil(lambda: qapp.activeWindow() is window)
    return window
