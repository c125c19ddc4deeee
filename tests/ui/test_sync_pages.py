"""Sync in the main window against a real server on loopback: needs attention, conflicts,
the Junta's referral inbox, enrollment and About. Screenshots: tests/helpers/ui.py."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from app import __version__
from app.core.i18n import translator
from app.core.record_words import RecordWords
from app.core.records import Household
from app.core.sync import outbox
from app.core.sync.conflicts import ConflictService
from app.ui.sync.conflicts_page import ConflictsPage
from app.ui.sync.feature import SyncFeature
from tests.helpers.constants import PASSWORD
from tests.helpers.server import family_case
from tests.helpers.ui import (
    NEVER,
    make_window,
    menu_action,
    open_synced_window,
    snap,
    sync_through_ui,
)


def words(ws) -> RecordWords:
    return RecordWords(ws.db, ws.catalogs, "es", translator("es"))


def test_rejected_change_appears_in_needs_attention(qtbot, qapp, ui_ctx, server,
                                                    make_device) -> None:
    ana = make_device(server, "ana", parish="PIL")
    ana.ws.families.create_household(parish="AMB", community="Ajena")
    ana.ws.close()
    window, feature = open_synced_window(qtbot, qapp, ui_ctx, ana.ws.data_dir)
    assert window.status.pending.text() == "Cambios por enviar: 1"
    outcome = sync_through_ui(qtbot, feature)
    assert outcome.report.rejected == 1
    assert window.status.pending.text() == "Cambios por enviar: 0"
    assert "1 necesitan atención" in window.status.sync.state.text()
    menu_action(window, "Necesitan a&tención").trigger()
    page = window.shell.detail
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "Familia"
    assert page.model.index(0, 2).data() == "Familia en Ajena, Ambatillo"
    reason = page.model.index(0, 3).data()
    assert reason == "El registro pertenece a una parroquia o caso fuera de su territorio."
    assert page.model.index(0, 4).data() == "Parroquia: Ambatillo, Comunidad: Ajena"
    snap(window, "40-sync-needs-attention")


def test_conflict_resolved_in_the_page_is_a_synced_change(qtbot, server,
                                                           make_device, spanish) -> None:
    a, b = make_device(server, "ana"), make_device(server, "beto")
    h = a.ws.families.create_household(parish="PIL", community="Inicial", notes="")
    assert a.sync().complete and b.sync().complete
    a.ws.families.update_household(h.id, community="Norte")
    b.ws.families.update_household(h.id, community="Sur")
    assert a.sync().complete and b.sync().conflicts == 1
    page = ConflictsPage(ConflictService(b.ws.context()), words(b.ws), translator("es"))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert page.model.rowCount() == 1
    assert [page.model.index(0, c).data() for c in (1, 2, 3, 4)] == [
        "Familia en Norte, Pilahuín", "Comunidad", "Norte", "Sur"]
    snap(page, "41-sync-conflicts")
    with qtbot.waitSignal(page.resolved):
        qtbot.mouseClick(page.other, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    assert {e.record_type for e in outbox.pending(b.ws.db)} == {"household", "conflict"}
    assert b.sync().complete and a.sync().complete
    with a.ws.db.read() as s:
        assert s.execute(select(Household.community)).scalar_one() == "Sur"
    assert ConflictService(a.ws.context()).open() == []


def test_typed_value_resolves_a_conflict(qtbot, server, make_device, spanish) -> None:
    a, b = make_device(server, "ana"), make_device(server, "beto")
    h = a.ws.families.create_household(parish="PIL", community="Inicial", notes="")
    assert a.sync().complete and b.sync().complete
    a.ws.families.update_household(h.id, community="Norte")
    b.ws.families.update_household(h.id, community="Sur")
    assert a.sync().complete and b.sync().complete
    page = ConflictsPage(ConflictService(b.ws.context()), words(b.ws), translator("es"))
    qtbot.addWidget(page)
    qtbot.keyClicks(page.typed, "Centro Norte")
    with qtbot.waitSignal(page.resolved):
        qtbot.mouseClick(page.use_typed, Qt.MouseButton.LeftButton)
    with b.ws.db.read() as s:
        assert s.execute(select(Household.community)).scalar_one() == "Centro Norte"


def test_refused_value_is_explained_beside_the_conflict(qtbot, server, make_device,
                                                        spanish) -> None:
    a, b = make_device(server, "ana"), make_device(server, "beto")
    h = a.ws.families.create_household(parish="PIL", community="Centro")
    p = a.ws.families.add_person(household_id=h.id, given_names="Sisa", surnames="Chicaiza",
                                 sex="mujer", birth_date=date(2016, 4, 3), doc_type="cedula",
                                 doc_number="1804567897", confirm_duplicates=True)
    assert a.sync().complete and b.sync().complete
    a.ws.families.update_person(p.id, doc_number="1714307103")
    b.ws.families.update_person(p.id, doc_number="0926687856")
    assert a.sync().complete and b.sync().conflicts == 1
    page = ConflictsPage(ConflictService(b.ws.context()), words(b.ws), translator("es"))
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.typed, "1804567895")
    qtbot.mouseClick(page.use_typed, Qt.MouseButton.LeftButton)
    assert page.error.isVisible()
    assert page.error.text() == ("No se puede usar este valor: La cédula 1804567895 no es "
                                 "válida: revise los 10 dígitos.")
    assert page.typed.text() == "1804567895"   # the typed value stays, to be corrected
    assert page.model.rowCount() == 1 and outbox.pending(b.ws.db) == []
    snap(page, "41b-sync-conflict-refused")
    page.typed.clear()
    qtbot.keyClicks(page.typed, "0926687856")
    with qtbot.waitSignal(page.resolved):
        qtbot.mouseClick(page.use_typed, Qt.MouseButton.LeftButton)
    assert not page.error.isVisible() and page.model.rowCount() == 0


def test_junta_inbox_records_receipt_and_answer(qtbot, qapp, ui_ctx, server,
                                                make_device) -> None:
    ana = make_device(server, "ana", parish="PIL")
    juana = make_device(server, "juana", role="junta", parish="")
    case = family_case(ana.ws)
    referral = ana.ws.referrals.create(case_id=case.id, institution="junta",
                                       reason="Medida de protección", urgency="urgent")
    assert ana.sync().complete
    juana.ws.close()
    window, feature = open_synced_window(qtbot, qapp, ui_ctx, juana.ws.data_dir)
    page = window.shell.inbox
    assert window.shell.stack.currentWidget() is page  # where the Junta starts
    assert sync_through_ui(qtbot, feature).report.received > 0
    menu_action(window, "&Bandeja de derivaciones").trigger()
    assert window.shell.stack.currentWidget() is page
    assert page.model.rowCount() == 1
    assert page.model.index(0, 4).data() == "Enviada"
    assert page.count.text() == "Derivaciones: 1 · sin recibir: 1"
    qtbot.mouseClick(page.received, Qt.MouseButton.LeftButton)
    assert page.model.index(0, 4).data() == "Recibida"
    assert window.status.pending.text() == "Cambios por enviar: 1"
    qtbot.keyClicks(page.answer, "Medida de acogimiento")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert page.model.index(0, 4).data() == "Respondida"
    assert page.model.index(0, 6).data() == "Medida de acogimiento"
    snap(window, "42-sync-referral-inbox")
    assert sync_through_ui(qtbot, feature).report.complete
    assert ana.sync().complete
    [view] = ana.ws.referrals.for_case(case.id)
    assert view.referral.id == referral.id
    assert (view.status.status, view.status.answer) == ("answered", "Medida de acogimiento")


def test_enroll_dialog_then_sync_and_about(qtbot, qapp, ui_ctx, server,
                                           workspace) -> None:
    server.add_user("ana", "promotor", "PIL")
    workspace.families.create_household(parish="PIL", community="Tamboloma")
    workspace.close()
    window, feature = open_synced_window(qtbot, qapp, ui_ctx, ui_ctx.data_dir)
    assert window.status.sync.state.text() == "Sin registro en un servidor"
    menu_action(window, "&Registrar en el servidor…").trigger()
    dialog = feature.dialog
    assert dialog.username.text() == "ana"
    qtbot.keyClicks(dialog.server, server.url)
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=20_000)
    assert dialog.error.text() == "Usuario o contraseña incorrectos en el servidor."
    snap(dialog, "43-sync-enroll", None)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(feature.controller.finished, timeout=30_000) as done:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert done.args[0].report.complete
    assert window.status.pending.text() == "Cambios por enviar: 0"
    assert window.status.sync.state.text().startswith(
        "Sincronizado, verificado · última sincronización")
    menu_action(window, "&Acerca de Defensoría…").trigger()
    about = feature.dialog
    assert about.version.text() == f"Versión {__version__}"
    snap(about, "44-about", None)
    snap(window, "45-synced-status-bar")



def test_first_run_enrollment_takes_the_servers_role(qtbot, qapp, ui_ctx, server) -> None:
    server.add_user("juana", "junta", "")
    feature_box: list[SyncFeature] = []
    ctx = replace(ui_ctx, extras={"enroll": lambda w: feature_box[0].enroll(w)})
    window = make_window(qtbot, ctx, qapp)
    feature = SyncFeature(ctx, window, interval_ms=NEVER, retry_ms=NEVER)
    feature_box.append(feature)
    assert window.first_run.enroll.isVisibleTo(window)
    qtbot.mouseClick(window.first_run.enroll, Qt.MouseButton.LeftButton)
    dialog = feature.dialog
    qtbot.keyClicks(dialog.server, server.url)
    qtbot.keyClicks(dialog.username, "juana")
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=20_000)
    assert not (ctx.data_dir / "keyring.json").exists()  # nothing half-made is left
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(window.unlocked, timeout=30_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    user = window.session.ws.user
    assert (user.username, user.role) == ("juana", "junta")
    qtbot.waitUntil(lambda: not feature.controller.running, timeout=30_000)
    assert window.status.sync.state.text().startswith("Sincronizado")
    menu_action(window, "&Bandeja de derivaciones")  # the Junta's inbox is offered
