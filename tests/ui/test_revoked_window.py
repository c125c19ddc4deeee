"""A revoked device in the desktop: its unsent work saved for the Consejo, its data erased,
the window back at the first run with the reason on top (issue 13 §4)."""

from PySide6.QtWidgets import QMessageBox

from sync.client import device_id
from sync.server import admin
from tests.helpers.ui import open_synced_window, snap


def test_a_revoked_device_goes_back_to_the_first_run(qtbot, qapp, ui_ctx, server,
                                                     make_device) -> None:
    ana = make_device(server, "ana")
    ana.ws.families.create_household(parish="PIL", community="Sin enviar")
    device = device_id(ana.ws.db)
    ana.ws.close()
    window, feature = open_synced_window(qtbot, qapp, ui_ctx, ana.ws.data_dir)
    admin.revoke_device(server.store, device)
    controller = feature.controller
    with qtbot.waitSignal(controller.failed, timeout=30_000) as failed:
        controller.action.trigger()
    code, message = failed.args
    assert code == "wiped"
    assert "El servidor revocó este dispositivo" in message
    assert window.session is None and window.shell is None
    assert window.stack.currentWidget() is window.first_run
    box = feature.dialog
    assert isinstance(box, QMessageBox) and box.text() == message
    saved = list(ana.ws.data_dir.parent.glob("defensoria-revocado-*.bundle"))
    assert len(saved) == 1 and str(saved[0]) in message
    snap(window, "46-revoked-first-run")
    box.close()
