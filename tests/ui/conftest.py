"""Fixture chain for views: workspace (real SQLCipher store) → session → UI context → view.

Qt runs offscreen; snap() (tests/helpers/ui.py) saves screenshots of the main screens at
1366×768 under pytest's temporary folder, or where DEFENSORIA_SCREENSHOTS says.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from app.core.catalogs import Catalogs
from app.core.clock import FixedClock
from app.core.i18n import translator
from app.core.workspace import Workspace
from app.ui import i18n
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.shell.shell import Shell
from app.ui.shell.workers import Runner
from tests.helpers.ui import SCREEN, use_screenshot_folder

# Known noise of Qt's offscreen platform plugin, not of our code:
QT_LOG_IGNORE = (
    # offscreen windows have no window manager to pass size hints to (dialogs call it)
    "This plugin does not support propagateSizeHints",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*QT_LOG_IGNORE))


@pytest.fixture(scope="session", autouse=True)
def screenshot_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where snap() saves: $DEFENSORIA_SCREENSHOTS, else pytest's temporary folder."""
    return use_screenshot_folder(tmp_path_factory.getbasetemp())


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
