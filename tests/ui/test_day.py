"""The agenda, community activities, the status bar and drafts restored after a crash."""

from datetime import date, timedelta

from PySide6.QtCore import Qt

from app.core.clock import FixedClock
from app.core.services.agenda import AgendaService
from app.core.workspace import unlock
from app.ui.cases.case_page import CasePage
from app.ui.families.household_page import HouseholdPage
from app.ui.families.person_dialog import PersonDialog
from app.ui.fieldwork.activity_dialog import ActivityDialog
from app.ui.shell.session import Session
from app.ui.shell.shell import Shell
from app.ui.widgets import select_code
from tests.helpers.constants import NOW, PASSWORD, TODAY
from tests.helpers.ui import SCREEN, save, snap


def test_home_shows_the_agenda_and_opens_items(qtbot, shell, workspace, household, child,
                                               clock):
    case = workspace.cases.register(
        parish="PIL", household_id=household.id, affected_person_ids=[child.id],
        violation_types=["maltrato_fisico"], facts="Golpes.", reporter_name="Rosa")
    workspace.visits.plan(household.id, TODAY - timedelta(days=2))
    workspace.visits.plan(household.id, TODAY + timedelta(days=5))
    workspace.referrals.create(case_id=case.id, institution="junta", reason="Golpes.")
    # Three days later: the referral waits more than 48 hours; 31 days: the case is stale.
    later = AgendaService(workspace.db, FixedClock(NOW + timedelta(days=31)), "ana",
                          workspace.catalogs).load()
    assert [i.kind for i in later.referrals] == ["referral"]
    assert [i.record_id for i in later.stale_cases] == [case.id]
    clock.advance(timedelta(days=3))
    shell.home.refresh()
    home = shell.home
    assert home.visits.count() == 1 and "atrasada" in home.visits.item(0).text()
    assert home.referrals.count() == 1
    assert "Junta Cantonal" in home.referrals.item(0).text()
    assert home.number_labels["cases"].text() == "1"
    assert home.number_labels["referrals"].text() == "1"
    snap(shell, "04-home")
    rect = home.visits.visualItemRect(home.visits.item(0))
    qtbot.mouseClick(home.visits.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert isinstance(shell.stack.currentWidget(), HouseholdPage)
    visit = shell.dialogs[-1]
    assert visit.context["plan_id"] == later.visits[0].record_id
    qtbot.keyClicks(visit.observations, "Visita cumplida.")
    with qtbot.waitSignal(visit.saved):
        save(qtbot, visit)
    shell.go_to(0)
    assert home.visits.item(0).text() == "Nada pendiente."  # the plan is fulfilled
    rect = home.referrals.visualItemRect(home.referrals.item(0))
    qtbot.mouseClick(home.referrals.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = shell.stack.currentWidget()
    assert isinstance(page, CasePage) and page.case_id == case.id


def test_visit_recorded_with_next_visit_goes_into_the_agenda(qtbot, shell, workspace,
                                                             household, child):
    page = shell.open_household(household.id)
    qtbot.mouseClick(page.buttons["visit"], Qt.MouseButton.LeftButton)
    dialog = shell.dialogs[-1]
    qtbot.keyClicks(dialog.participants, "Rosa, Sisa")
    qtbot.keyClicks(dialog.observations, "La familia recibe la visita.")
    qtbot.keyClicks(dialog.next_visit, (TODAY + timedelta(days=7)).strftime("%d/%m/%Y"))
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    visits = workspace.visits.for_household(household.id)
    assert [(v.state, v.visit_date) for v in visits] == [
        ("done", TODAY), ("planned", TODAY + timedelta(days=7))]
    assert visits[0].participants == ["Rosa", "Sisa"]
    assert page.visits.count() == 2


def test_community_activity_with_attendance(qtbot, shell, workspace):
    shell.go_to(4)
    dialog = shell.activities.new_activity()
    assert isinstance(dialog, ActivityDialog)
    select_code(dialog.kind, "taller")
    qtbot.keyClicks(dialog.topic, "Buen trato en familia")
    dialog.counts["ninez_mujeres"].setValue(12)
    dialog.counts["adultos_hombres"].setValue(7)
    snap(dialog, "13-activity-form", None)
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    [activity] = shell.session.lists.activities()
    assert activity.parish == "PIL" and activity.held_on == TODAY
    assert activity.attendance["ninez_mujeres"] == 12 and activity.total_attendance == 19
    assert shell.activities.model.rowCount() == 1
    snap(shell, "12-activities")


def test_status_bar_counts_pending_changes(qtbot, qapp, ui_ctx, workspace, household):
    from app.ui.shell.status_bar import StatusBar

    bar = StatusBar(Session.open(workspace).lists.pending_changes)
    qtbot.addWidget(bar)
    bar.refresh_pending()
    before = int(bar.pending.text().rsplit(" ", 1)[1])
    workspace.families.add_person(household_id=household.id, given_names="Luis",
                                  surnames="Pérez", sex="hombre", birth_date=date(1980, 1, 1))
    bar.refresh_pending()
    assert int(bar.pending.text().rsplit(" ", 1)[1]) == before + 1
    bar.sync.show_state("Sincronizado", NOW)
    assert bar.sync.state.text().startswith("Sincronizado")


def test_draft_is_offered_back_after_a_crash(qtbot, ui_ctx, shell, workspace, household,
                                            catalogs):
    dialog = shell.open_form(PersonDialog, {"household_id": household.id})
    qtbot.keyClicks(dialog.given_names, "Killa")
    qtbot.keyClicks(dialog.surnames, "Quispe")
    qtbot.waitUntil(lambda: len(shell.session.drafts.pending()) == 1, timeout=3000)
    qtbot.keyClicks(dialog.birth_date, "01/02/2019")
    qtbot.waitUntil(lambda: shell.session.drafts.pending()[0].data["values"]["birth_date"]
                    == "01/02/2019", timeout=3000)
    # The power goes: nothing is parked or closed. The next start opens the store afresh.
    dialog.hide()
    shell.hide()
    after = Session.open(unlock(ui_ctx.data_dir, "ana", PASSWORD, catalogs, ui_ctx.clock))
    restarted = Shell(ui_ctx, after)
    qtbot.addWidget(restarted)
    restarted.resize(*SCREEN)
    restarted.show()
    assert restarted.banner.isVisible()
    snap(restarted, "14-draft-offered")
    qtbot.mouseClick(restarted.banner.restore_button, Qt.MouseButton.LeftButton)
    [restored] = restarted.dialogs
    assert isinstance(restored, PersonDialog)
    assert (restored.given_names.text(), restored.surnames.text(),
            restored.birth_date.text()) == ("Killa", "Quispe", "01/02/2019")
    select_code(restored.sex, "mujer")
    with qtbot.waitSignal(restored.saved):
        save(qtbot, restored)
    assert [m.given_names for m in workspace.families.members(household.id)] == ["Killa"]
    assert after.drafts.pending() == []
    after.close()
