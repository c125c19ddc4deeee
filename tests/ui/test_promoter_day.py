"""The promoter's whole day through the main window, against the real server on loopback:
a family, a case, a visit, a referral to the Junta, a sync; the Junta's laptop records the
receipt and a measure and syncs; the promoter syncs and reads the answer on Inicio and on
the case page. Asserts what the user sees; screenshots: tests/helpers/ui.py."""

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from app.core.clock import FixedClock
from app.core.store.keyring import LocalUser, keyring_for
from app.ui.cases.case_page import CasePage
from app.ui.families.household_page import HouseholdPage
from app.ui.sync.feature import SyncFeature
from app.ui.widgets import select_code, set_checked
from tests.helpers.constants import NOW, PASSWORD
from tests.helpers.ui import make_window, save, snap, type_person, unlock_as

NEVER = 3_600_000
JUNTA = "Junta Cantonal de Protección de Derechos"
MEASURE = "Apoyo psicológico a la familia y seguimiento escolar."


def click_item(qtbot, box: QListWidget, row: int) -> None:
    rect = box.visualItemRect(box.item(row))
    qtbot.mouseClick(box.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def texts(box: QListWidget) -> list[str]:
    return [box.item(i).text() for i in range(box.count())]


def sync_now(qtbot, feature: SyncFeature) -> None:
    with qtbot.waitSignal(feature.controller.finished, timeout=30_000) as done:
        feature.controller.action.trigger()
    assert done.args[0].report.complete


def promoter_window(qtbot, qapp, ui_ctx, device):
    """Ana's laptop: enrolled, her name known, the main window unlocked by her."""
    folder = device.ws.data_dir
    device.ws.close()
    keyring_for(folder).rebind("ana", PASSWORD, LocalUser("ana", "promotor", "PIL",
                                                          "Ana Pilamunga"))
    ctx = replace(ui_ctx, data_dir=folder)
    window = make_window(qtbot, ctx, qapp)
    feature = SyncFeature(ctx, window, interval_ms=NEVER, retry_ms=NEVER)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        unlock_as(qtbot, window, PASSWORD)
    return window, feature


def new_family_with_a_child(qtbot, shell) -> HouseholdPage:
    dialog = shell.new_family()
    select_code(dialog.parish, "PIL")
    qtbot.keyClicks(dialog.community.lineEdit(), "Tamboloma")
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    page = shell.stack.currentWidget()
    assert isinstance(page, HouseholdPage)
    qtbot.mouseClick(page.buttons["add"], Qt.MouseButton.LeftButton)
    person = shell.dialogs[-1]
    type_person(qtbot, person, "Sisa", "Chicaiza", "03/04/2016")
    with qtbot.waitSignal(person.saved):
        save(qtbot, person)
    return page


def register_case(qtbot, shell, family: HouseholdPage) -> CasePage:
    qtbot.mouseClick(family.buttons["case"], Qt.MouseButton.LeftButton)
    wizard = shell.dialogs[-1]
    wizard.affected.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    set_checked(wizard.types, ["maltrato_fisico"])
    qtbot.keyClicks(wizard.facts, "Golpes visibles en los brazos.")
    qtbot.keyClicks(wizard.occurred_on, "18/11/2026")
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.reporter_name, "Rosa Chicaiza")
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    select_code(wizard.risk, "alto")
    with qtbot.waitSignal(wizard.saved):
        save(qtbot, wizard)
    page = shell.stack.currentWidget()
    assert isinstance(page, CasePage)
    return page


def test_the_promoters_day(qtbot, qapp, ui_ctx, clock, server, make_device) -> None:
    window, feature = promoter_window(qtbot, qapp, ui_ctx, make_device(server, "ana",
                                                                       clock=clock))
    shell = window.shell
    family = new_family_with_a_child(qtbot, shell)
    page = register_case(qtbot, shell, family)
    code = page.case.code
    # The case is named by whom it affects, everywhere.
    assert page.title.text() == f"Caso {code} · Sisa Chicaiza (10)"

    # A visit done two days ago, recorded now: the timeline dates it by its own day.
    qtbot.mouseClick(page.buttons["visit"], Qt.MouseButton.LeftButton)
    visit = shell.dialogs[-1]
    visit.visit_date.clear()
    qtbot.keyClicks(visit.visit_date, "20/11/2026")
    qtbot.keyClicks(visit.participants, "Rosa, Sisa")
    qtbot.keyClicks(visit.observations, "La madre acepta el apoyo.")
    with qtbot.waitSignal(visit.saved):
        save(qtbot, visit)
    assert texts(page.timeline)[-1] == (
        "20/11/2026 · Visita realizada · Ana Pilamunga\nLa madre acepta el apoyo.")

    # The referral the law asks for.
    page.refer("junta")
    referral = shell.dialogs[-1]
    qtbot.keyClicks(referral.reason, "Golpes visibles; pedimos medidas de proteccion.")
    with qtbot.waitSignal(referral.saved):
        save(qtbot, referral)
    assert texts(page.steps)[0].startswith("22/11/2026 ")
    assert texts(page.steps)[0].endswith(" · Enviada · Ana Pilamunga")
    before = texts(page.timeline)
    clock.advance(timedelta(hours=2))
    server.store.clock.advance(timedelta(days=1))  # the server stamps another day
    sync_now(qtbot, feature)
    assert texts(shell.detail.timeline) == before  # a sync never re-dates the history

    # The Junta's laptop receives the referral, marks it received and issues a measure.
    # (Through the core: the Junta's own screens are tested in test_junta_day.)
    juana = make_device(server, "juana", role="junta", parish="",
                        clock=FixedClock(NOW + timedelta(hours=3)))
    assert juana.sync().complete
    [inbox] = juana.ws.referrals.for_case(page.case_id)
    juana.ws.referrals.add_status(inbox.referral.id, "received")
    juana.ws.referrals.add_status(inbox.referral.id, "answered", note="Audiencia el 25/11.",
                                  answer=MEASURE)
    assert juana.sync().complete

    # Back on Inicio, the promoter syncs: the answer waits for her there.
    shell.go_to(0)
    home = shell.home
    assert home.section_titles[home.answers].text() == \
        "<b>Respuestas nuevas a mis derivaciones</b> (0)"
    sync_now(qtbot, feature)
    assert home.section_titles[home.answers].text() == \
        "<b>Respuestas nuevas a mis derivaciones</b> (1)"
    assert texts(home.answers) == [
        f"{code} · Sisa Chicaiza (10)\n{JUNTA}: Respondida el 22/11/2026\n{MEASURE}"]
    snap(window, "50-home-new-answer")

    # Opening it shows the referral's steps: when, who, what; the new ones in bold.
    click_item(qtbot, home.answers, 0)
    case_page = shell.stack.currentWidget()
    assert isinstance(case_page, CasePage) and case_page.case_id == page.case_id
    steps = texts(case_page.steps)
    assert [s.split("\n")[0].split(" · ", 1)[1] for s in steps] == [
        "Respondida · juana", "Recibida · juana", "Enviada · Ana Pilamunga"]
    assert steps[0].split("\n")[1:] == [f"Medida o respuesta: {MEASURE}",
                                        "Nota: Audiencia el 25/11."]
    assert steps[0].startswith("22/11/2026 ")
    assert case_page.steps.item(0).font().bold() and case_page.steps.item(1).font().bold()
    assert not case_page.steps.item(2).font().bold()
    assert texts(case_page.timeline)[0].split("\n")[1:] == [
        f"{JUNTA}: Respondida", f"Medida o respuesta: {MEASURE}",
        "Nota: Audiencia el 25/11."]
    # Its current step and since when, by the Junta's day (the server stamped the 23rd).
    assert [case_page.referrals.index(0, c).data() for c in (2, 3)] == [
        "Respondida", "22/11/2026"]
    snap(window, "51-case-page-answer")

    # Read: Inicio no longer lists it; Mis derivaciones keeps the measure.
    shell.go_to(0)
    assert texts(home.answers) == ["Nada pendiente."]
    shell.go_to(3)
    mine = shell.referrals
    assert mine.model.rowCount() == 1
    row = [mine.model.index(0, c).data() for c in range(mine.model.columnCount())]
    assert row[0] == f"{code} · Sisa Chicaiza (10)"
    assert row[1:3] == ["Junta Cantonal (JCPD)", "Respondida"] and row[4] == MEASURE
    mine.table.selectRow(0)
    assert texts(mine.steps)[0].split("\n")[1] == f"Medida o respuesta: {MEASURE}"
    snap(window, "52-my-referrals")
