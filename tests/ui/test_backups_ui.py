"""The daily backup in the desktop (issue 13 §2): the folder and the number kept are
chosen in Preferences; a due backup runs in a worker at unlock and is announced in the
status bar; a missing folder is said there quietly, never in a dialog."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.core.backups import read_manifest
from app.core.store.keyring import LocalUser
from app.core.workspace import initialise
from app.ui.shell.auto_backup import AutoBackup
from app.ui.shell.preferences_dialog import PreferencesDialog
from tests.helpers.constants import PASSWORD
from tests.helpers.ui import NEVER, make_window, snap, unlock_as


def test_backups_chosen_in_preferences_run_daily_and_say_so(
        qtbot, qapp, ui_ctx, catalogs, clock, tmp_path, spanish) -> None:
    ws = initialise(ui_ctx.data_dir, LocalUser("ana", "promotor", "PIL"), PASSWORD,
                    catalogs, clock)
    ws.families.create_household(parish="PIL", community="Tamboloma")
    ws.close()
    window = make_window(qtbot, ui_ctx, qapp)
    auto = AutoBackup(ui_ctx, window, every_ms=NEVER)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        unlock_as(qtbot, window, PASSWORD)
    assert not auto.running  # no folder chosen yet: nothing to do

    usb = tmp_path / "usb"
    usb.mkdir()
    window.preferences()
    dialog = window.findChild(PreferencesDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.backup_folder, str(usb))
    dialog.backup_keep.setValue(2)
    snap(dialog, "preferences-backups", None)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert window.session.desk.backups.settings().keep == 2

    with qtbot.waitSignal(auto.finished, timeout=30_000) as said:
        window.lock()
    files = sorted(usb.iterdir())
    assert len(files) == 1 and read_manifest(files[0])["records"] > 0
    assert files[0].name in said.args[0]
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        unlock_as(qtbot, window, PASSWORD)
    assert not auto.running  # done today

    # The next day the stick is not plugged in: a quiet word in the status bar.
    clock.advance(timedelta(days=1))
    usb.rename(tmp_path / "usb-fuera")
    with qtbot.waitSignal(auto.finished, timeout=30_000) as said:
        auto.check()
    assert "USB" in said.args[0]
    assert window.status.currentMessage() == said.args[0]
    snap(window, "backup-folder-missing")
