"""The Junta clerk's day, end to end through the main window and the real server: the
inbox, the referral received, the case read-only with the children it affects, the
measure recorded (several lines) as the life cycle allows, and the sync that brings it to
the promoter."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from app.core.services.followups import FollowUpService
from app.ui.cases.junta_case_page import JuntaCasePage
from app.ui.shell.offers import permission_of
from app.ui.sync.feature import SyncFeature
from tests.helpers.constants import PASSWORD
from tests.helpers.ui import make_window, snap, unlock_as

NEVER = 3_600_000
# Typed by key clicks: ASCII only.
MEASURE = "Medida de proteccion: apoyo psicologico a la familia.\nSeguimiento en 15 dias."


def _texts(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_junta_receives_and_answers_a_referral(qtbot, qapp, ui_ctx, server, make_device,
                                                   qtmodeltester) -> None:
    ana = make_device(server, "ana", parish="PIL")
    ws = ana.ws
    home = ws.families.create_household(parish="PIL", community="Centro",
                                        address_reference="Junto a la escuela")
    child = ws.families.add_person(household_id=home.id, given_names="Sisa",
                                   surnames="Chicaiza", sex="mujer",
                                   birth_date=date(2016, 4, 3), relation_to_head="hijo_a",
                                   confirm_duplicates=True)
    case = ws.cases.register(parish="PIL", household_id=home.id,
                             affected_person_ids=[child.id], violation_types=["negligencia"],
                             facts="La niña queda sola por las tardes.", risk_level="alto",
                             reporter_anonymous=True)
    referral = ws.referrals.create(case_id=case.id, institution="junta", urgency="urgent",
                                   reason="Medida de protección")
    FollowUpService(ws.context()).schedule(case.id, date(2026, 11, 25), "Llamar")
    assert ana.sync().complete
    juana = make_device(server, "juana", role="junta", parish="")
    assert juana.sync().complete
    juana.ws.close()

    # Morning: the clerk unlocks; the day starts on the inbox.
    ctx = replace(ui_ctx, data_dir=juana.ws.data_dir)
    window = make_window(qtbot, ctx, qapp)
    feature = SyncFeature(ctx, window, interval_ms=NEVER, retry_ms=NEVER)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        unlock_as(qtbot, window, PASSWORD)
    shell = window.shell
    inbox = shell.inbox
    assert shell.stack.currentWidget() is inbox
    # Its work only: no families, cases, "Mis derivaciones" or activities to go to.
    [go] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Ir a"]
    assert [a.text() for a in go.actions()] == ["&Bandeja de derivaciones"]
    assert inbox.count.text() == "Derivaciones: 1 · sin recibir: 1"
    qtmodeltester.check(inbox.model)
    [row] = _texts(inbox.model)
    assert row[:5] == [case.code, "Sisa Chicaiza (10 años)", "Urgente",
                       "Medida de protección", "Enviada"]
    # Only what may follow "sent": no "Respondida" before "Recibida".
    assert _combo_texts(inbox.step) == ["Recibida", "Rechazada o redirigida", "Cerrado"]
    assert inbox.received.isEnabled()
    snap(window, "60-junta-inbox")
    qtbot.mouseClick(inbox.received, Qt.MouseButton.LeftButton)
    assert inbox.count.text() == "Derivaciones: 1 · sin recibir: 0"
    assert _texts(inbox.model)[0][4] == "Recibida"
    assert "Respondida" in _combo_texts(inbox.step) and not inbox.received.isEnabled()

    # The case, read-only, with the child it affects and the referral's steps.
    inbox.table.setFocus()
    inbox.table.selectRow(0)
    qtbot.keyClick(inbox.table, Qt.Key.Key_Return)
    page = shell.detail
    assert isinstance(page, JuntaCasePage)
    assert page.title.text() == f"Caso {case.code}"
    assert page.facts.text() == "La niña queda sola por las tardes."
    qtmodeltester.check(page.persons)
    qtmodeltester.check(page.steps)
    assert _texts(page.persons)[0][:4] == ["Sisa Chicaiza", "10 años",
                                            "Niña o niño (menor de 12)", "Mujer"]
    assert [r[1] for r in _texts(page.steps)] == ["Enviada", "Recibida"]
    assert page.reason.text() == "Motivo: Medida de protección · urgencia: urgente"
    offered = {permission_of(b) for b in page.findChildren(QAbstractButton)
               if b.isVisible() and permission_of(b)}
    assert offered == {"referral.step"}  # no visits, notes or edits of the case
    # The measure, several lines long.
    form = page.form
    form.step.setCurrentIndex(form.step.findData("answered"))
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    assert form.error.text() == "Escriba la medida o la respuesta."
    form.answer.setFocus()
    first, second = MEASURE.split("\n")
    qtbot.keyClicks(form.answer, first)
    qtbot.keyClick(form.answer, Qt.Key.Key_Return)
    qtbot.keyClicks(form.answer, second)
    qtbot.keyClicks(form.note, "Audiencia el 25/11.")
    snap(window, "61-junta-case")
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    steps = _texts(page.steps)
    assert [r[1] for r in steps] == ["Enviada", "Recibida", "Respondida"]
    assert steps[2][2:] == ["juana", "Audiencia el 25/11.", MEASURE]
    assert form.answer.toPlainText() == ""

    # Sync: the answer reaches the promoter.
    with qtbot.waitSignal(feature.controller.finished, timeout=30_000) as done:
        feature.controller.action.trigger()
    assert (done.args[0].report.sent, done.args[0].report.rejected) == (2, 0)
    assert ana.sync().complete
    [view] = ana.ws.referrals.for_case(case.id)
    assert (view.status.status, view.status.answer) == ("answered", MEASURE)
    assert [s.status for s in ana.ws.referrals.history(referral.id)] == \
        ["sent", "received", "answered"]
    shell.go_to_inbox()
    assert _texts(inbox.model)[0][4:] == ["Respondida", "22/11/2026", MEASURE]
    feature.detach()
