"""Necesitan atención in the main window against a real server on loopback: Reenviar,
Descartar… (with what will happen, in Spanish) and Abrir el registro."""

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select, update

from app.core.records import Household, Person
from app.core.sync import outbox
from app.ui.families.household_page import HouseholdPage
from sync.server.schema import users
from tests.helpers.server import server_docs
from tests.helpers.ui import menu_action, open_synced_window, snap, sync_through_ui


def refused_family(make_device, server):
    """Ana (Pilahuín) registers a family in Ambato: both creates are refused."""
    ana = make_device(server, "ana", parish="PIL")
    h = ana.ws.families.create_household(parish="AMB", community="Ajena")
    p = ana.ws.families.add_person(
        household_id=h.id, given_names="Wayra", surnames="Pilamunga", sex="mujer",
        birth_date=date(2015, 2, 1), relation_to_head="hijo_a", confirm_duplicates=True)
    ana.ws.close()
    return ana, h, p


def attention_page(qtbot, qapp, ui_ctx, ana, qtmodeltester):
    window, feature = open_synced_window(qtbot, qapp, ui_ctx, ana.ws.data_dir)
    assert sync_through_ui(qtbot, feature).report.rejected == 2
    menu_action(window, "Necesitan a&tención").trigger()
    page = window.shell.detail
    qtmodeltester.check(page.model)
    return window, feature, page


def choose(page, record_kind: str) -> None:
    row = next(r for r in range(page.model.rowCount())
               if page.model.index(r, 1).data() == record_kind)
    page.table.selectRow(row)


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_resend_from_the_page_after_the_consejo_fixes_the_territory(
        qtbot, qapp, ui_ctx, server, make_device, qtmodeltester) -> None:
    ana, h, p = refused_family(make_device, server)
    window, feature, page = attention_page(qtbot, qapp, ui_ctx, ana, qtmodeltester)
    assert [page.buttons[k].text() for k in ("resend", "dismiss", "open")] == [
        "&Reenviar", "&Descartar…", "A&brir el registro"]
    assert "2 necesitan atención" in window.status.sync.state.text()
    with server.store.write() as conn:
        conn.execute(update(users).where(users.c.username == "ana").values(parish="AMB"))
    for record_kind in ("Familia", "Persona"):
        choose(page, record_kind)
        with qtbot.waitSignal(page.changed):
            click(qtbot, page.buttons["resend"])
    assert page.model.rowCount() == 0
    assert page.notice.text() == "El cambio se enviará otra vez en la próxima sincronización."
    assert not page.buttons["resend"].isEnabled()
    assert window.status.pending.text() == "Cambios por enviar: 2"
    assert "necesitan atención" not in window.status.sync.state.text()
    report = sync_through_ui(qtbot, feature).report
    assert (report.sent, report.rejected, report.pending) == (2, 0, 0)
    assert set(server_docs(server.store)) == {h.id, p.id}


def test_each_refused_change_says_whose_it_is_in_words(qtbot, qapp, ui_ctx, server,
                                                       make_device, qtmodeltester) -> None:
    """The kind of record, the person or family it belongs to, its fields by their labels
    and its values as a person reads them: never an id nor a code."""
    ana, h, p = refused_family(make_device, server)
    _window, _feature, page = attention_page(qtbot, qapp, ui_ctx, ana, qtmodeltester)
    rows = {page.model.index(r, 1).data(): [page.model.index(r, c).data() for c in (2, 4)]
            for r in range(page.model.rowCount())}
    assert rows["Familia"] == ["Familia de Wayra Pilamunga",
                               "Parroquia: Ambatillo, Comunidad: Ajena"]
    owner, data = rows["Persona"]
    assert owner == "Wayra Pilamunga"
    assert data.startswith("Parentesco con el jefe de hogar: Hijo/a, Nombres: Wayra, "
                           "Apellidos: Pilamunga")
    assert "Fecha de nacimiento: 01/02/2015" in data and "Sexo: Mujer" in data
    for text in (owner, data):
        assert h.id not in text and p.id not in text and "_id" not in text


def test_dismiss_asks_first_then_removes_the_new_record(qtbot, qapp, ui_ctx, server,
                                                       make_device, qtmodeltester) -> None:
    ana, _h, _p = refused_family(make_device, server)
    window, feature, page = attention_page(qtbot, qapp, ui_ctx, ana, qtmodeltester)
    asked: list[tuple[str, str, str]] = []
    page.confirm = lambda parent, title, text, action: asked.append((title, text, action)) \
        or len(asked) > 1
    choose(page, "Persona")
    click(qtbot, page.buttons["dismiss"])
    assert asked[0] == (
        "¿Descartar este cambio?",
        "El servidor nunca recibió este registro (persona). Se eliminará de esta "
        "computadora, con los cambios que se le hicieron después, y no se enviará. No se "
        "puede deshacer.", "&Descartar")
    assert page.model.rowCount() == 2  # the first answer was Cancelar
    # The family goes only after its member: the page says why.
    choose(page, "Familia")
    click(qtbot, page.buttons["dismiss"])
    assert page.model.rowCount() == 2
    assert page.error.text().startswith("Otros cambios que el servidor aún no aceptó")
    choose(page, "Persona")
    with qtbot.waitSignal(page.changed):
        click(qtbot, page.buttons["dismiss"])
    snap(window, "46-sync-needs-attention-actions")
    choose(page, "Familia")
    with qtbot.waitSignal(page.changed):
        click(qtbot, page.buttons["dismiss"])
    assert page.model.rowCount() == 0 and page.error.text() == ""
    assert page.notice.text() == "El cambio fue descartado."
    assert "necesitan atención" not in window.status.sync.state.text()
    ws = window.session.ws
    with ws.db.read() as s:
        assert s.execute(select(Household.id)).all() == []
        assert s.execute(select(Person.id)).all() == []
    assert outbox.pending_count(ws.db) == 0
    report = sync_through_ui(qtbot, feature).report
    assert (report.sent, report.rejected, report.pending) == (0, 0, 0)
    assert server_docs(server.store) == {}


def test_dismiss_of_an_update_says_the_server_copy_comes_back(
        qtbot, qapp, ui_ctx, server, make_device, qtmodeltester) -> None:
    ana = make_device(server, "ana", parish="PIL")
    h = ana.ws.families.create_household(parish="PIL", community="Centro")
    assert ana.sync().complete
    ana.ws.families.update_household(h.id, parish="AMB")
    ana.ws.close()
    window, feature = open_synced_window(qtbot, qapp, ui_ctx, ana.ws.data_dir)
    assert sync_through_ui(qtbot, feature).report.rejected == 1
    menu_action(window, "Necesitan a&tención").trigger()
    page = window.shell.detail
    asked: list[str] = []
    page.confirm = lambda parent, title, text, action: asked.append(text) or True
    with qtbot.waitSignal(page.changed):
        click(qtbot, page.buttons["dismiss"])
    assert asked == ["Este cambio no se enviará. En la próxima sincronización esta "
                     "computadora recibe otra vez los datos del servidor de este registro "
                     "(familia), en lugar de lo que se cambió aquí."]
    assert sync_through_ui(qtbot, feature).report.received >= 1
    with window.session.ws.db.read() as s:
        assert s.execute(select(Household.parish)).scalar_one() == "PIL"


def test_open_the_record_shows_its_family(qtbot, qapp, ui_ctx, server, make_device,
                                          qtmodeltester) -> None:
    ana, h, _p = refused_family(make_device, server)
    window, _feature, page = attention_page(qtbot, qapp, ui_ctx, ana, qtmodeltester)
    choose(page, "Persona")
    click(qtbot, page.buttons["open"])
    assert isinstance(window.shell.detail, HouseholdPage)
    assert window.shell.detail.household_id == h.id
