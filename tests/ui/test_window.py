"""First run, unlock with a wrong then right password, auto-lock, switching users."""

from PySide6.QtCore import Qt

from app.core.store.keyring import LocalUser
from app.core.workspace import initialise, keyring_for
from app.ui.families.person_dialog import PersonDialog
from app.ui.shell.preferences_dialog import LARGE_TEXT_FACTOR, PreferencesDialog
from tests.helpers.constants import PASSWORD
from tests.helpers.ui import make_window, open_window, snap, unlock_as


def test_first_run_creates_the_user_and_opens_home(qtbot, qapp, ui_ctx):
    window = make_window(qtbot, ui_ctx, qapp)
    page = window.first_run
    assert window.stack.currentWidget() is page
    snap(window, "01-first-run")
    qtbot.keyClicks(page.display_name, "Ana Chicaiza")
    qtbot.keyClicks(page.username, "ana")
    page.parish.setCurrentIndex(page.parish.findData("PIL"))
    qtbot.keyClicks(page.password, PASSWORD)
    qtbot.keyClicks(page.confirm, "otra-cosa-1")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.error.isVisible() and "distintas" in page.error.text()
    qtbot.keyClicks(page.confirm, PASSWORD)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    users = keyring_for(ui_ctx.data_dir).users
    assert users == [LocalUser("ana", "promotor", "PIL", "Ana Chicaiza")]
    assert window.stack.currentWidget() is window.shell
    assert "Buen día, Ana Chicaiza" in window.shell.home.findChildren(type(page.busy))[0].text()


def test_first_run_in_english(qtbot, qapp, ui_ctx):
    window = make_window(qtbot, ui_ctx, qapp)
    combo = window.first_run.language
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    assert window.first_run.create_button.text() == "&Create user and start"
    assert ui_ctx.settings.value("ui/language") == "en"
    combo = window.first_run.language
    combo.setCurrentIndex(combo.findData("es"))
    combo.activated.emit(combo.currentIndex())
    assert window.first_run.create_button.text() == "&Crear usuario y empezar"


def test_wrong_password_is_explained_then_unlock_works(qtbot, qapp, ui_ctx, catalogs):
    initialise(ui_ctx.data_dir, LocalUser("ana", "promotor", "PIL"), PASSWORD, catalogs,
               ui_ctx.clock).close()
    window = make_window(qtbot, ui_ctx, qapp)
    snap(window, "02-unlock")
    unlock_as(qtbot, window, "no-es-esta")
    error = window.unlock_page.error
    qtbot.waitUntil(error.isVisible, timeout=10_000)
    assert error.text() == "Usuario o contraseña incorrectos."
    assert window.session is None
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        unlock_as(qtbot, window, PASSWORD)
    assert window.session is not None and window.session.ws.user.username == "ana"
    assert "Cambios por enviar" in window.status.pending.text()
    with qtbot.waitSignal(window.shell.persons.loaded, timeout=10_000):
        window.shell.go_to(1)
        assert window.status.progress.isVisible()  # the list loads in a worker thread
    assert not window.status.progress.isVisible()
    snap(window, "15-persons-empty-with-status-bar")


def test_auto_lock_hides_everything_and_keeps_typed_input(qtbot, qapp, ui_ctx, catalogs):
    initialise(ui_ctx.data_dir, LocalUser("ana", "promotor", "PIL"), PASSWORD, catalogs,
               ui_ctx.clock).close()
    window = make_window(qtbot, ui_ctx, qapp)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        unlock_as(qtbot, window, PASSWORD)
    household = window.session.ws.families.create_household(parish="PIL")
    dialog = window.shell.open_form(PersonDialog, {"household_id": household.id})
    qtbot.keyClicks(dialog.given_names, "Sisa")
    window.idle.set_interval(50)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass
    assert window.stack.currentWidget() is window.unlock_page
    assert not dialog.isVisible() and not window.shell.isVisible()
    assert not window.statusBar().isVisible()
    assert "Bloqueado" in window.unlock_page.message.text()
    assert [d.form for d in window.session.drafts.pending()] == ["person"]
    snap(window, "03-locked")
    window.idle.set_interval(600_000)
    unlock_as(qtbot, window, "equivocada")
    qtbot.waitUntil(window.unlock_page.error.isVisible, timeout=10_000)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        unlock_as(qtbot, window, PASSWORD)
    assert window.stack.currentWidget() is window.shell
    assert dialog.isVisible() and dialog.given_names.text() == "Sisa"


def test_switch_user(qtbot, qapp, ui_ctx, catalogs):
    initialise(ui_ctx.data_dir, LocalUser("ana", "promotor", "PIL"), PASSWORD, catalogs,
               ui_ctx.clock).close()
    keyring = keyring_for(ui_ctx.data_dir)
    _, key = keyring.unlock("ana", PASSWORD)
    keyring.add_user(key, LocalUser("luis", "tecnico", "", "Luis Pérez"), "otra-clave-2")
    window = make_window(qtbot, ui_ctx, qapp)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        unlock_as(qtbot, window, PASSWORD, "ana")
    window.switch_user()
    assert window.session is None and window.stack.currentWidget() is window.unlock_page
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        unlock_as(qtbot, window, "otra-clave-2", "luis")
    assert window.session.ws.user.username == "luis"
    assert window.status.user.text() == "Usuario: Luis Pérez"


def test_larger_text_and_geometry_are_remembered(qtbot, qapp, ui_ctx, catalogs):
    initialise(ui_ctx.data_dir, LocalUser("ana", "promotor", "PIL"), PASSWORD, catalogs,
               ui_ctx.clock).close()
    base = qapp.font().pointSizeF()
    window = make_window(qtbot, ui_ctx, qapp)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        unlock_as(qtbot, window, PASSWORD)
    window.preferences()
    dialog = window.findChild(PreferencesDialog)
    dialog.large_text.setChecked(True)
    dialog.idle.setValue(9)
    dialog.accept()
    assert qapp.font().pointSizeF() == base * LARGE_TEXT_FACTOR
    assert ui_ctx.settings.value("security/idle_minutes") == 9
    window.resize(1200, 700)
    window.close()
    assert qapp.font().pointSizeF() == base  # the window gives the application font back
    again = make_window(qtbot, ui_ctx, qapp)
    assert qapp.font().pointSizeF() == base * LARGE_TEXT_FACTOR
    again.restoreGeometry(ui_ctx.settings.value("ui/geometry"))
    assert again.size().height() == 700  # (offscreen clamps the width to its screen)
    again.close()


def test_keyboard_shortcuts_reach_every_section(qtbot, qapp, ui_ctx, catalogs):
    window = open_window(qtbot, qapp, ui_ctx, catalogs)
    shell = window.shell
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert shell.stack.currentWidget() is shell.cases
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert shell.search.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert shell.dialogs and shell.dialogs[-1].windowTitle() == "Familia"
    shell.dialogs[-1].reject()
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_switching_user_while_the_store_is_checked_raises_no_false_alarm(qtbot, qapp, ui_ctx,
                                                                          catalogs):
    initialise(ui_ctx.data_dir, LocalUser("ana", "promotor", "PIL"), PASSWORD, catalogs,
               ui_ctx.clock).close()
    ui_ctx.check_integrity_in_background = True
    window = make_window(qtbot, ui_ctx, qapp)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        unlock_as(qtbot, window, PASSWORD)
    window.shell.go_to(1)  # the persons list loads in a worker too
    with qtbot.waitSignal(window.integrity_checked, timeout=10_000):
        window.switch_user()
    assert window.session is None and window.stack.currentWidget() is window.unlock_page
    assert window.status.progress.isHidden()
