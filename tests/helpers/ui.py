"""Driving the real window: screenshots, unlocking, saving a dialog, syncing through the UI.

Screenshots go to the folder named by DEFENSORIA_SCREENSHOTS when it is set (e.g.
`DEFENSORIA_SCREENSHOTS=screenshots pytest tests/ui` to look at them), else to
`screenshots/` under pytest's temporary folder of the session — never the repository.
"""

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.core.catalogs import Catalogs
from app.core.store.keyring import LocalUser
from app.core.workspace import initialise
from app.ui.shell.context import UiContext
from tests.helpers.constants import PASSWORD

SCREEN = (1366, 768)
SCREENSHOTS_ENV = "DEFENSORIA_SCREENSHOTS"
_screenshots: list[Path] = []  # the session's folder, set once by use_screenshot_folder


def use_screenshot_folder(session_tmp: Path) -> Path:
    """Fix the folder snap() writes to: DEFENSORIA_SCREENSHOTS, else under session_tmp."""
    named = os.environ.get(SCREENSHOTS_ENV)
    folder = Path(named) if named else session_tmp / "screenshots"
    _screenshots[:] = [folder]
    return folder


def snap(widget: QWidget, name: str, size: tuple[int, int] | None = SCREEN) -> Path:
    """Save a PNG of the widget (at 1366×768 unless told otherwise) for a human to look at."""
    assert _screenshots, "use_screenshot_folder() runs first (tests/ui/conftest.py)"
    if size is not None:
        widget.resize(*size)
    # A label that grew asks its parent's layout, which asks its own parent's: one round
    # of events per level (the status bar's state is three deep).
    for _ in range(3):
        QApplication.processEvents()
    _screenshots[0].mkdir(parents=True, exist_ok=True)
    path = _screenshots[0] / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


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


# Sync in the main window: the feature's timers never fire by themselves in a test.
NEVER = 3_600_000


def open_synced_window(qtbot, qapp: QApplication, ui_ctx: UiContext, data_dir: Path):
    """The main window over an enrolled device's folder, with sync wired in, unlocked."""
    from app.ui.sync.feature import SyncFeature

    ctx = replace(ui_ctx, data_dir=data_dir)
    window = make_window(qtbot, ctx, qapp)
    feature = SyncFeature(ctx, window, interval_ms=NEVER, retry_ms=NEVER)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        unlock_as(qtbot, window, PASSWORD)
    return window, feature


def sync_through_ui(qtbot, feature):
    with qtbot.waitSignal(feature.controller.finished, timeout=30_000) as done:
        feature.controller.action.trigger()
    return done.args[0]


def menu_action(window, text: str):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text() == text:
                return action
    raise AssertionError(f"no menu entry {text!r}")


def save(qtbot, dialog) -> None:
    """Press the dialog's Save button."""
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def type_person(qtbot, dialog, given: str, surnames: str, birth: str,
                cedula: str = "") -> None:
    """Fill a PersonDialog's names, sex (mujer), birth date and optional cédula."""
    from app.ui.widgets import select_code

    qtbot.keyClicks(dialog.given_names, given)
    qtbot.keyClicks(dialog.surnames, surnames)
    select_code(dialog.sex, "mujer")
    if cedula:
        select_code(dialog.doc_type, "cedula")
        qtbot.keyClicks(dialog.doc_number, cedula)
    qtbot.keyClicks(dialog.birth_date, birth)
