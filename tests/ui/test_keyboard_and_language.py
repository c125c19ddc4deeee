"""What every screen owes every user, beyond the walk: Ctrl+S saves the open form, the
focus always shows, Ctrl+L locks and says so plainly, Qt's own texts speak Spanish, larger
text enlarges the navigation too, and enrolling over clear http asks first."""

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from app.ui.families.household_dialog import HouseholdDialog
from app.ui.shell.preferences_dialog import LARGE_TEXT_FACTOR, PreferencesDialog
from app.ui.sync.feature import SyncFeature
from app.ui.widgets import select_code
from tests.helpers.constants import PASSWORD
from tests.helpers.ui import open_window, snap


def test_ctrl_s_saves_the_open_form(qtbot, qapp, ui_ctx, catalogs) -> None:
    window = open_window(qtbot, qapp, ui_ctx, catalogs)
    dialog = window.shell.open_form(HouseholdDialog, {})
    dialog.activateWindow()
    qtbot.waitUntil(lambda: qapp.activeWindow() is dialog)
    select_code(dialog.parish, "PIL")
    qtbot.keyClicks(dialog.address, "Junto a la escuela")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.address, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args[0].address_reference == "Junto a la escuela"
    assert not dialog.isVisible()


def _focus_shows(widget: QWidget, elsewhere: QWidget) -> bool:
    """The control and a few pixels around it, as its window draws them, change when the
    keyboard comes to it."""
    window = widget.window()
    around = QRect(widget.mapTo(window, QPoint(-4, -4)), widget.size() + QSize(8, 8))
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    before = window.grab(around).toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert widget.hasFocus()
    return window.grab(around).toImage() != before


def test_the_focus_always_shows(qtbot, qapp, ui_ctx, catalogs) -> None:
    """Each kind of control looks different once the keyboard is on it: the navigation,
    a table, a button, a combo box and a check box — on a page and in a form."""
    window = open_window(qtbot, qapp, ui_ctx, catalogs)
    shell = window.shell
    shell.go_to(5)  # Reportes: buttons, combo boxes and a check box
    page = shell.reports
    controls = {
        "navigation": shell.nav,
        "button": next(b for b in page.findChildren(QPushButton) if b.isVisible()),
        "combo": next(c for c in page.findChildren(QComboBox) if c.isVisible()),
        "check": next(c for c in page.findChildren(QCheckBox) if c.isVisible()),
    }
    unseen = [name for name, w in controls.items() if not _focus_shows(w, shell.search)]
    snap(window, "17-focus-ring-on-a-check-box")
    shell.go_to(2)
    if not _focus_shows(shell.cases.table, shell.search):
        unseen.append("table")
    dialog = shell.open_form(HouseholdDialog, {})
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    if not _focus_shows(save, dialog.address):
        unseen.append("form button")
    dialog.park()
    assert unseen == []


def test_ctrl_l_locks_and_the_lock_screen_says_so(qtbot, qapp, ui_ctx, catalogs) -> None:
    window = open_window(qtbot, qapp, ui_ctx, catalogs)
    lock = next(a for a in window.menus.actions if a.shortcut().toString() == "Ctrl+L")
    assert lock.text() == "&Bloquear"
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    message = window.unlock_page.message.text()
    assert message.startswith("Bloqueado. ") and "sin uso" not in message
    assert "contraseña de esta computadora" in message
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClicks(window.unlock_page.password, PASSWORD)
        qtbot.keyClick(window.unlock_page.password, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.locked):
        window.idle.idle.emit()  # what a while without use sends
    assert window.unlock_page.message.text().startswith("Bloqueado tras un rato sin uso.")


def test_qts_own_texts_speak_spanish(qtbot, spanish) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert sorted(b.text() for b in buttons.buttons()) == ["Aceptar", "Cancelar"]
    dialog = QFileDialog(None, "Guardar")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters(["Documentos PDF (*.pdf)", "All Files (*)"])
    labels = sorted(label.text() for label in dialog.findChildren(QLabel) if label.text())
    assert labels == ["&Buscar en:", "&Nombre de archivo:", "Archivos de &tipo:"]
    assert dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"


def test_larger_text_enlarges_the_navigation_and_headings_at_once(qtbot, qapp, ui_ctx,
                                                                   catalogs) -> None:
    window = open_window(qtbot, qapp, ui_ctx, catalogs)
    shell = window.shell
    heading = next(label for label in shell.home.findChildren(QLabel)
                   if label.property("fontScale"))
    nav, title, body = (shell.nav.font().pointSizeF(), heading.font().pointSizeF(),
                        qapp.font().pointSizeF())
    width = shell.nav.width()
    window.preferences()
    dialog = window.findChild(PreferencesDialog)
    dialog.large_text.setChecked(True)
    dialog.accept()
    assert qapp.font().pointSizeF() == pytest.approx(body * LARGE_TEXT_FACTOR)
    assert shell.nav.font().pointSizeF() == pytest.approx(nav * LARGE_TEXT_FACTOR)
    assert heading.font().pointSizeF() == pytest.approx(title * LARGE_TEXT_FACTOR)
    assert shell.nav.width() > width  # the navigation grew with its entries
    snap(window, "16-larger-text-at-once")


def test_enrolling_over_clear_http_asks_first(qtbot, qapp, ui_ctx, server,
                                              workspace) -> None:
    """Plain http to another machine is used only after a worded yes. 127.1 is this
    computer (so the test stays on loopback) but not a name the loopback check knows."""
    server.add_user("ana", "promotor", "PIL")
    workspace.close()
    window = open_window_with_sync(qtbot, qapp, ui_ctx)
    feature = window.sync_feature
    dialog = feature.enroll(window)
    asked: list[tuple[str, str, str]] = []
    dialog.confirm = lambda parent, title, text, action: asked.append(
        (title, text, action)) is None and len(asked) > 1
    url = server.url.replace("localhost", "127.1")
    qtbot.keyClicks(dialog.server, url)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    title, text, action = asked[0]
    assert (title, action) == ("Conexión sin cifrado", "&Usar http de todos modos")
    assert url in text and "sin cifrar" in text
    assert dialog.error.text() == "No se registró: escriba la dirección https:// del servidor."
    assert dialog.isVisible()
    with qtbot.waitSignal(feature.controller.finished, timeout=30_000) as done:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # the second answer is yes
    assert done.args[0].report.complete
    assert feature.controller is not None and window.status.sync.state.text().startswith(
        "Sincronizado")


def open_window_with_sync(qtbot, qapp, ui_ctx):
    from tests.helpers.ui import make_window, unlock_as

    window = make_window(qtbot, ui_ctx, qapp)
    window.sync_feature = SyncFeature(ui_ctx, window, interval_ms=3_600_000,
                                      retry_ms=3_600_000)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        unlock_as(qtbot, window, PASSWORD)
    return window
