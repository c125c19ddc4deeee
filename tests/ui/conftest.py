"""Fixture chain for views: workspace (real SQLCipher store) → session → UI context → view.

Qt runs offscreen; screenshots of the main screens go to screenshots/ at 1366×768.
"""

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from app.core.catalogs import Catalogs
from app.core.i18n import translator
from app.core.workspace import Workspace
from app.ui import i18n
from app.ui.context import UiContext
from app.ui.session import Session
from app.ui.shell import Shell
from app.ui.workers import Runner
from tests.conftest import TODAY

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
NOW = datetime(TODAY.year, TODAY.month, TODAY.day, 15, 0, tzinfo=UTC)


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
def ui_ctx(tmp_path: Path, data_dir: Path, catalogs: Catalogs, runner: Runner) -> UiContext:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return UiContext(data_dir=data_dir, catalogs=catalogs, settings=settings, runner=runner,
                     language="es", core_tr=translator("es"), today=lambda: TODAY,
                     now=lambda: NOW, idle_ms=600_000, autosave_ms=20,
                     check_integrity_in_background=False)


@pytest.fixture
def session(workspace: Workspace) -> Session:
    return Session.open(workspace, lambda: NOW)


@pytest.fixture
def shell(qtbot, ui_ctx: UiContext, session: Session,
          spanish: None) -> Iterator[Shell]:
    widget = Shell(ui_ctx, session)
    qtbot.addWidget(widget)
    widget.resize(*SCREEN)
    widget.show()
    yield widget
    widget.park_all()
