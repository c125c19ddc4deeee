"""The administrator's users and devices page against the real server on loopback:
keyboard only, in Spanish; without a connection it says it needs one."""

from PySide6.QtCore import Qt

from app.core.i18n import translator
from app.core.records import Case
from app.ui.sync.users_page import UsersPage
from sync.admin_client import AdminClient
from sync.client import computer_name
from sync.server.admin import list_users
from tests.helpers.constants import PASSWORD
from tests.helpers.server import family_case
from tests.helpers.ui import snap

OPTIONS = {"attempts": 1, "sleep": lambda _s: None}


def _page(qtbot, device, runner) -> UsersPage:
    page = UsersPage(AdminClient(device.ws.db, OPTIONS), runner, translator("es"),
                     device.ws.catalogs.territory, device.ws.user.username)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def _select(qtbot, table, text: str) -> None:
    """Down the table by keyboard until the row whose first cell reads `text`."""
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    model = table.model()
    for _ in range(model.rowCount()):
        if model.index(table.currentIndex().row(), 0).data() == text:
            table.selectRow(table.currentIndex().row())
            return
        qtbot.keyClick(table, Qt.Key.Key_Down)
    raise AssertionError(f"no row {text}")


def test_an_administrator_works_from_the_page(qtbot, qtmodeltester, server, make_device,
                                              runner, spanish) -> None:
    root = make_device(server, "root", role="admin", parish="")
    ana, beto = make_device(server, "ana"), make_device(server, "beto")
    case = family_case(ana.ws)
    assert ana.sync().complete
    page = _page(qtbot, root, runner)  # asks the server at once, off the UI thread
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    assert page.users_model.rowCount() == 3
    qtmodeltester.check(page.users_model)
    qtmodeltester.check(page.devices_model)
    assert page.devices_model.rowCount() == 3
    # An administrator tells the laptops apart by their names and the ends of their ids.
    shown = [page.devices_model.index(r, 1).data() for r in range(3)]
    assert len(set(shown)) == 3 and all(s.startswith(f"{computer_name()} · ") for s in shown)
    snap(page, "users_page")

    # A new user, typed in the form.
    page.new_user.name.setFocus()
    qtbot.keyClicks(page.new_user.name, "carla")
    page.new_user.role.setCurrentIndex(page.new_user.role.findData("promotor"))
    page.new_user.parish.setCurrentIndex(page.new_user.parish.findData("PIL"))
    qtbot.keyClicks(page.new_user.secret, PASSWORD)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(page.new_user.add_button, Qt.Key.Key_Space)
    assert page.message.text() == "Usuario carla creado."
    assert "carla" in [u.username for u in list_users(server.store)]

    # Ana leaves: her caseload goes to Beto.
    _select(qtbot, page.users, "ana")
    assert [page.target.itemText(i) for i in range(page.target.count())] == ["beto",
                                                                              "carla"]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(page.reassign_button, Qt.Key.Key_Space)
    assert page.message.text().startswith("Reasignados a beto: 1 casos")
    assert beto.sync().complete
    with beto.ws.db.read() as s:
        assert s.get(Case, case.id).assigned_to == "beto"

    # Her account is disabled, after the question.
    asked = []
    page.confirm = lambda parent, title, text, action: asked.append(text) or True
    _select(qtbot, page.users, "ana")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(page.disable_button, Qt.Key.Key_Space)
    assert asked == ["Los dispositivos de ana dejarán de sincronizar."]
    assert {u.username: u.disabled for u in list_users(server.store)}["ana"] is True
    assert page.message.text() == "Usuario ana desactivado."

    # A refusal is shown in Spanish: an administrator's own account stays.
    _select(qtbot, page.users, "root")
    with qtbot.waitSignal(page.done, timeout=10_000):
        qtbot.keyClick(page.disable_button, Qt.Key.Key_Space)
    assert page.message.text() == "Un administrador no puede desactivar su propia cuenta."


def test_offline_the_page_says_it_needs_a_connection(qtbot, server, make_device, runner,
                                                      spanish) -> None:
    root = make_device(server, "root", role="admin", parish="")
    server.stop()
    page = _page(qtbot, root, runner)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    assert "necesita conexión con el servidor" in page.message.text()
    assert page.users_model.rowCount() == 0
    snap(page, "users_page_offline")
