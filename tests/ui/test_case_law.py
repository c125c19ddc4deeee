"""The promoter's case work through the widgets: the wizard checks one step at a time and
is driven by keyboard, the law is said as soon as the types are chosen (required
referrals, minimum risk), Inicio lists what the law still asks and the next two weeks'
visits, closing a case asks about its planned visits, and a visit opens read-only."""

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.cases.case_page import CasePage
from app.ui.cases.case_wizard import CaseWizard
from app.ui.fieldwork.visit_dialog import VisitDialog
from app.ui.referrals.referral_dialog import ReferralDialog
from app.ui.widgets import select_code, set_checked
from tests.helpers.constants import TODAY
from tests.helpers.ui import SCREEN, save, snap


def _fits_the_screen(dialog) -> None:
    QApplication.processEvents()
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1] - 40


def _register(workspace, household, child, types, risk="alto"):
    return workspace.cases.register(
        parish="PIL", household_id=household.id, affected_person_ids=[child.id],
        violation_types=types, facts="Hechos de prueba.", reporter_name="Rosa",
        risk_level=risk, occurred_on=date(2026, 11, 1))


def test_wizard_by_keyboard_checks_each_step_and_says_the_law(qtbot, shell, workspace,
                                                              household, child):
    wizard = shell.register_case()
    assert isinstance(wizard, CaseWizard)
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == 0
    assert "familia" in wizard.errors["affected_person_ids"].text()
    # The family by keyboard: type, arrow down, Enter (not the dialog's *Next*).
    wizard.finder.edit.setFocus()
    qtbot.keyClicks(wizard.finder.edit, "Sisa Chicaiza")
    assert wizard.finder.found.count() >= 1
    qtbot.keyClick(wizard.finder.edit, Qt.Key.Key_Down)
    qtbot.keyClick(wizard.finder.edit, Qt.Key.Key_Return)
    assert wizard.household_id == household.id and wizard.steps.currentIndex() == 0
    assert wizard.affected.item(0).checkState() == Qt.CheckState.Checked
    assert wizard.focusWidget() is wizard.affected  # ready to tick with Space
    snap(wizard, "30-wizard-1-family", None)
    _fits_the_screen(wizard)
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == 1
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)  # nothing typed yet
    assert wizard.steps.currentIndex() == 1
    assert wizard.errors["violation_types"].isVisible() and wizard.errors["facts"].isVisible()
    assert not wizard.errors["reporter_name"].isVisible()  # later steps wait their turn
    assert not wizard.required.isVisible()
    set_checked(wizard.types, ["abuso_sexual"])
    assert wizard.required.isVisible()
    notice = wizard.required.text.text()
    assert "Fiscalía General del Estado" in notice and "Junta Cantonal" in notice
    qtbot.keyClicks(wizard.facts, "La nina conto lo ocurrido a su profesora.")
    qtbot.keyClicks(wizard.occurred_on, "10/11/2026")
    snap(wizard, "31-wizard-2-facts", None)
    _fits_the_screen(wizard)
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == 2
    qtbot.keyClick(wizard.anonymous, Qt.Key.Key_Space)
    snap(wizard, "32-wizard-3-reporter", None)
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == 3
    # The risk starts at the minimum the law sets; lower levels cannot be chosen.
    assert wizard.risk.currentData() == "alto"
    enabled = {wizard.risk.itemData(i): wizard.risk.model().item(i).isEnabled()
               for i in range(wizard.risk.count())}
    assert enabled == {"bajo": False, "medio": False, "alto": True, "critico": True}
    assert "Alto" in wizard.floor.text() and wizard.floor.isVisible()
    assert wizard.due.isVisible() and wizard.refer_now.isChecked()
    snap(wizard, "33-wizard-4-risk", None)
    _fits_the_screen(wizard)
    with qtbot.waitSignal(wizard.saved):
        save(qtbot, wizard)
    page = shell.stack.currentWidget()
    assert isinstance(page, CasePage)
    case = workspace.cases.get(page.case_id)
    assert (case.violation_types, case.risk_level, case.reporter_anonymous) == (
        ["abuso_sexual"], "alto", True)
    # The referral form opened at once, to the first institution the law names.
    referral = shell.dialogs[-1]
    assert isinstance(referral, ReferralDialog)
    assert referral.institution.currentData() == "fiscalia"
    qtbot.keyClicks(referral.reason, "Denuncia de abuso sexual.")
    with qtbot.waitSignal(referral.saved):
        save(qtbot, referral)
    assert page.due.isVisible() and page.due.institutions == ["junta"]
    assert "Junta Cantonal" in page.due.text.text()
    snap(shell, "34-case-page-referral-due")
    qtbot.mouseClick(page.due.button, Qt.MouseButton.LeftButton)
    second = shell.dialogs[-1]
    assert isinstance(second, ReferralDialog) and second.institution.currentData() == "junta"
    qtbot.keyClicks(second.reason, "Medidas de proteccion.")
    with qtbot.waitSignal(second.saved):
        save(qtbot, second)
    assert not page.due.isVisible()


def test_wizard_refuses_a_risk_below_the_minimum_of_a_restored_draft(qtbot, shell,
                                                                     household, child):
    wizard = shell.register_case(household.id)
    wizard.restore({"affected_person_ids": [child.id], "violation_types": ["trata_trafico"],
                    "facts": "Hechos", "reporter_anonymous": True, "risk_level": "bajo"})
    assert wizard.risk.currentData() == "critico"
    assert wizard.refer_to() == "fiscalia"


def test_starting_from_a_selected_member_pre_ticks_them(qtbot, shell, workspace, household,
                                                        child):
    mother = workspace.families.add_person(
        household_id=household.id, given_names="Rosa", surnames="Muñoz", sex="mujer",
        birth_date=date(1990, 2, 14), relation_to_head="jefe_hogar")
    page = shell.open_household(household.id)
    page.table.selectRow(1)
    assert page.selected_person().id == mother.id
    qtbot.mouseClick(page.buttons["case"], Qt.MouseButton.LeftButton)
    wizard = shell.dialogs[-1]
    assert isinstance(wizard, CaseWizard)
    states = {wizard.affected.item(i).data(Qt.ItemDataRole.UserRole):
              wizard.affected.item(i).checkState() for i in range(wizard.affected.count())}
    assert states == {child.id: Qt.CheckState.Unchecked, mother.id: Qt.CheckState.Checked}


def test_home_lists_cases_to_refer_and_the_next_two_weeks(qtbot, shell, workspace, household,
                                                          child):
    case = _register(workspace, household, child, ["abuso_sexual"])
    _register(workspace, household, child, ["negligencia"], risk="bajo")
    workspace.visits.plan(household.id, TODAY + timedelta(days=5), case.id)
    workspace.visits.plan(household.id, TODAY + timedelta(days=20), case.id)
    home = shell.home
    with qtbot.waitSignal(home.must_refer_loaded, timeout=10_000):
        home.refresh()
    assert home.must_refer.count() == 1
    # Named by whom it affects, like every list of Inicio.
    assert home.must_refer.item(0).text() == (
        f"{case.code} · Sisa Nina Chicaiza Muñoz (10) · "
        "a Fiscalía, Junta Cantonal (JCPD)")
    assert home.upcoming.count() == 1
    assert home.upcoming.item(0).text().startswith(
        (TODAY + timedelta(days=5)).strftime("%d/%m/%Y"))
    assert "(1)" in home.section_titles[home.must_refer].text()
    snap(shell, "35-home-law-and-upcoming")
    rect = home.must_refer.visualItemRect(home.must_refer.item(0))
    qtbot.mouseClick(home.must_refer.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = shell.stack.currentWidget()
    assert isinstance(page, CasePage) and page.case_id == case.id and page.due.isVisible()


def test_closing_a_case_asks_what_to_do_with_its_planned_visits(qtbot, shell, workspace,
                                                                household, child):
    case = _register(workspace, household, child, ["negligencia"], risk="bajo")
    late = workspace.visits.plan(household.id, TODAY - timedelta(days=3), case.id)
    shell.home.refresh()
    assert shell.home.visits.item(0).text() != "Nada pendiente."
    page = shell.open_case(case.id)
    qtbot.mouseClick(page.buttons["status"], Qt.MouseButton.LeftButton)
    dialog = shell.dialogs[-1]
    assert not dialog.visits_row.isVisible()
    select_code(dialog.status, "closed")
    assert dialog.visits_row.isVisible()
    qtbot.keyClicks(dialog.reason, "La familia se mudo.")
    save(qtbot, dialog)  # no answer about the visits yet
    assert dialog.errors["planned_visits"].isVisible()
    assert workspace.cases.get(case.id).status == "open"
    snap(dialog, "36-close-asks-about-visits", None)
    qtbot.mouseClick(dialog.cancel_visits, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    assert workspace.cases.get(case.id).status == "closed"
    [cancelled] = [v for v in workspace.visits.for_household(household.id)
                   if v.state == "cancelled"]
    assert cancelled.plan_id == late.id
    shell.go_to(0)
    assert shell.home.visits.item(0).text() == "Nada pendiente."


def test_a_visit_opens_read_only_from_the_timeline_and_the_family(qtbot, shell, workspace,
                                                                  household, child):
    case = _register(workspace, household, child, ["negligencia"], risk="bajo")
    workspace.visits.record(household_id=household.id, case_id=case.id, visit_date=TODAY,
                            participants=["Rosa Muñoz", "Sisa"],
                            observations="La familia recibe la visita.",
                            agreements="Llevar a la niña al centro de salud.")
    plan = workspace.visits.plan(household.id, TODAY + timedelta(days=7), case.id,
                                 "Revisar los acuerdos")
    page = shell.open_case(case.id)
    rows = [page.timeline.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(page.timeline.count())]
    page.timeline.setCurrentRow(next(i for i, (kind, _) in enumerate(rows) if kind == "visit"
                                     and workspace.visits.get(_).state == "done"))
    page.timeline.setFocus()
    qtbot.keyClick(page.timeline, Qt.Key.Key_Return)
    view = page.visit_view
    assert view is not None and view.isVisible()
    assert view.fields["participants"].text() == "Rosa Muñoz\nSisa"
    assert view.fields["observations"].toPlainText() == "La familia recibe la visita."
    assert view.fields["observations"].isReadOnly()
    assert view.fields["agreements"].toPlainText() == "Llevar a la niña al centro de salud."
    assert view.record_button is None
    snap(view, "37-visit-view", None)
    view.reject()

    family = shell.open_household(household.id)
    family.visits.setCurrentRow(0)  # newest first: the plan
    family.visits.setFocus()
    qtbot.keyClick(family.visits, Qt.Key.Key_Return)
    planned = family.visit_view
    assert planned is not None and "Revisar los acuerdos" in \
        planned.fields["observations"].toPlainText()
    assert planned.fields["outcome"].text() == "Por realizar"
    qtbot.mouseClick(planned.record_button, Qt.MouseButton.LeftButton)
    record = shell.dialogs[-1]
    assert isinstance(record, VisitDialog) and record.context["plan_id"] == plan.id
    qtbot.keyClicks(record.observations, "Acuerdos cumplidos.")
    with qtbot.waitSignal(record.saved):
        save(qtbot, record)
    assert workspace.visits.fulfilment(plan.id).observations == "Acuerdos cumplidos."
    assert family.visits.count() == 3
