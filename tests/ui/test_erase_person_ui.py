"""Erasing a person's data from the desktop (issue 14 §1): the técnico selects a family
member, says why, and the server erases her on every device — refused, in Spanish, while
her case is open; the promoter is not offered it; offline, the dialog says so."""

from datetime import date

from PySide6.QtCore import Qt

from app.core.records import Person
from app.core.store.keyring import LocalUser
from app.core.workspace import initialise
from app.ui.families.erase_person_dialog import ErasePersonDialog
from app.ui.shell.session import Session
from app.ui.shell.shell import Shell
from tests.helpers.constants import PASSWORD
from tests.helpers.server import family_case
from tests.helpers.ui import SCREEN, open_synced_window, snap


def _shell(qtbot, ui_ctx, ws) -> Shell:
    shell = Shell(ui_ctx, Session.open(ws))
    qtbot.addWidget(shell)
    shell.resize(*SCREEN)
    shell.show()
    return shell


def _next_tab_stop(widget):
    following = widget.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()
    return following


def _ask(qtbot, shell, page, reason: str) -> ErasePersonDialog:
    page.table.selectRow(0)
    qtbot.mouseClick(page.buttons["erase"], Qt.MouseButton.LeftButton)
    dialog = shell.findChildren(ErasePersonDialog)[-1]
    assert not dialog.go.isEnabled()  # no reason, no erasure
    qtbot.keyClicks(dialog.reason, reason)
    # By keyboard: from the reason, Tab reaches the erase button (Alt+B), Space presses.
    assert _next_tab_stop(dialog.reason) is dialog.go
    assert dialog.go.text().startswith("&Borrar")
    qtbot.keyClick(dialog.go, Qt.Key.Key_Space)
    return dialog


def test_tecnico_erases_a_person_on_every_device(qtbot, ui_ctx, spanish, server,
                                                 make_device) -> None:
    ana = make_device(server, "ana")
    case = family_case(ana.ws)
    assert ana.sync().complete
    tere = make_device(server, "tere", role="tecnico", parish="")
    assert tere.sync().complete
    girl = case.affected_person_ids[0]
    shell = _shell(qtbot, ui_ctx, tere.ws)
    page = shell.open_household(tere.ws.families.get_person(girl).household_id)
    snap(page, "erase_person_family_page")
    dialog = _ask(qtbot, shell, page, "Pedido de la representante")
    qtbot.waitUntil(lambda: "sigue abierto" in dialog.message.text(), timeout=10_000)
    assert case.code in dialog.message.text() and dialog.go.isEnabled()
    dialog.reject()

    ana.ws.cases.change_status(case.id, "closed", "Caso atendido.")
    assert ana.sync().complete
    dialog = _ask(qtbot, shell, page, "Pedido de la representante")
    with qtbot.waitSignal(dialog.erased, timeout=10_000):
        pass
    assert "Borrado" in dialog.message.text() and not dialog.go.isVisible()
    snap(dialog, "erase_person", None)
    dialog.reject()
    tere.sync()
    with tere.ws.db.read() as s:
        assert s.get(Person, girl).deleted and s.get(Person, girl).surnames == ""
    shell.park_all()


def test_the_erasing_computer_drops_the_data_at_once(qtbot, qapp, ui_ctx, spanish, server,
                                                    make_device) -> None:
    # The técnico's own laptop should not keep her data until the next timed sync.
    ana = make_device(server, "ana")
    case = family_case(ana.ws)
    ana.ws.cases.change_status(case.id, "closed", "Caso atendido.")
    assert ana.sync().complete
    tere = make_device(server, "tere", role="tecnico", parish="")
    assert tere.sync().complete
    girl = case.affected_person_ids[0]
    home = tere.ws.families.get_person(girl).household_id
    tere.ws.close()
    window, feature = open_synced_window(qtbot, qapp, ui_ctx, tere.ws.data_dir)
    page = window.shell.open_household(home)
    dialog = _ask(qtbot, window.shell, page, "Pedido de la representante")
    with qtbot.waitSignal(feature.controller.finished, timeout=30_000):
        pass  # no F9: the erasure itself asked for a sync
    assert "Borrado" in dialog.message.text()
    with window.session.ws.db.read() as s:
        assert s.get(Person, girl).deleted and s.get(Person, girl).surnames == ""
    dialog.reject()
    window.shell.park_all()


def test_offline_the_dialog_says_it_needs_the_server(qtbot, ui_ctx, spanish, catalogs,
                                                     clock, tmp_path) -> None:
    ws = initialise(tmp_path / "tere", LocalUser("tere", "tecnico", ""), PASSWORD,
                    catalogs, clock)
    try:
        home = ws.families.create_household(parish="PIL", community="Centro")
        ws.families.add_person(household_id=home.id, given_names="Sisa",
                               surnames="Chicaiza", sex="mujer", relation_to_head="hijo_a",
                               birth_date=date(2016, 4, 3),
                               confirm_duplicates=True)
        shell = _shell(qtbot, ui_ctx, ws)
        dialog = _ask(qtbot, shell, shell.open_household(home.id), "Pedido")
        qtbot.waitUntil(lambda: "conecte" in dialog.message.text(), timeout=10_000)
        snap(dialog, "erase_person_offline", None)
        dialog.reject()
        shell.park_all()
    finally:
        ws.close()


def test_promoter_is_not_offered_erasure(shell, household) -> None:
    assert "erase" not in shell.open_household(household.id).buttons
