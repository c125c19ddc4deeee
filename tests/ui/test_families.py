"""Families and persons through the widgets: validation beside fields, the duplicate
warning before saving, consent, the filtered list and the Ctrl+K search."""

from datetime import date

from PySide6.QtCore import Qt

from app.ui.families.consent_dialog import ConsentDialog
from app.ui.families.household_page import HouseholdPage
from app.ui.families.person_dialog import PersonDialog
from app.ui.widgets import select_code
from tests.helpers.ui import save, snap, type_person


def test_new_family_then_member_with_inline_validation(qtbot, shell, workspace):
    dialog = shell.new_family()
    select_code(dialog.parish, "PIL")
    qtbot.keyClicks(dialog.community.lineEdit(), "Tamboloma")
    qtbot.keyClicks(dialog.address, "Junto a la escuela")
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    page = shell.stack.currentWidget()
    assert isinstance(page, HouseholdPage)
    household = workspace.families.get_household(page.household_id)
    assert (household.parish, household.community) == ("PIL", "Tamboloma")

    qtbot.mouseClick(page.buttons["add"], Qt.MouseButton.LeftButton)
    person = shell.dialogs[-1]
    assert isinstance(person, PersonDialog)
    type_person(qtbot, person, "Sisa Nina", "Chicaiza Munoz", "31/02/2016", "1804567890")
    person.doc_number.editingFinished.emit()
    person.birth_date.editingFinished.emit()
    assert "no es válida" in person.errors["doc_number"].text()
    assert person.errors["doc_number"].isVisible()
    assert "día/mes/año" in person.errors["birth_date"].text()
    snap(person, "06-person-form-errors", None)
    person.doc_number.clear()
    qtbot.keyClicks(person.doc_number, "1804567897")
    person.birth_date.clear()
    qtbot.keyClicks(person.birth_date, "03/04/2016")
    person.doc_number.editingFinished.emit()
    assert not person.errors["doc_number"].isVisible()
    with qtbot.waitSignal(person.saved):
        save(qtbot, person)
    members = workspace.families.members(household.id)
    assert [(m.given_names, m.doc_number, m.birth_date) for m in members] == [
        ("Sisa Nina", "1804567897", date(2016, 4, 3))]
    # keyClicks types ASCII only; the store folds accents for search and duplicates
    assert page.members.rowCount() == 1


def test_required_fields_are_shown_beside_them(qtbot, shell, household):
    dialog = shell.open_form(PersonDialog, {"household_id": household.id})
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["given_names"].text() == "Este campo es obligatorio."
    assert dialog.errors["birth_date"].isVisible()


def test_duplicate_warning_before_saving(qtbot, shell, workspace, household, child):
    dialog = shell.open_form(PersonDialog, {"household_id": household.id})
    type_person(qtbot, dialog, "Sisa  Nina", "Chicaiza Munoz", "05/04/2016")
    save(qtbot, dialog)
    assert dialog.duplicates.isVisible() and "Sisa Nina Chicaiza Muñoz" in \
        dialog.duplicates.text()
    assert dialog.isVisible()
    assert workspace.families.count_persons() == 1
    snap(dialog, "07-person-duplicate", None)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_anyway, Qt.MouseButton.LeftButton)
    assert workspace.families.count_persons() == 2


def test_consent_of_an_under_15_needs_the_representative(qtbot, shell, workspace, child):
    dialog = shell.open_form(ConsentDialog, {"person_id": child.id})
    assert dialog.given_by.currentData() == "representative"
    assert not dialog.given_by.isEnabled()
    save(qtbot, dialog)
    assert dialog.errors["representative_name"].isVisible()
    qtbot.keyClicks(dialog.rep_name, "Rosa Munoz")
    qtbot.keyClicks(dialog.rep_relation, "madre")
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    [consent] = workspace.families.consents(child.id)
    assert (consent.purpose, consent.given_by, consent.representative_name) == (
        "services", "representative", "Rosa Munoz")


def test_persons_list_filters_and_opens_the_family(qtbot, shell, workspace, household, child):
    other = workspace.families.create_household(parish="QUI", community="Centro")
    workspace.families.add_person(household_id=other.id, given_names="Luis", surnames="Pérez",
                                  sex="hombre", birth_date=date(1980, 1, 1))
    page = shell.persons
    with qtbot.waitSignal(page.loaded, timeout=5000):
        shell.go_to(1)
    assert page.model.total == 2 and page.count.text() == "Personas: 2"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        select_code(page.parish, "PIL")
    assert page.model.total == 1 and page.model.person_at(0).id == child.id
    with qtbot.waitSignal(page.loaded, timeout=5000):
        select_code(page.group, "adultos_mayores")
    assert page.model.total == 0
    with qtbot.waitSignal(page.loaded, timeout=5000):
        select_code(page.group, "")
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert isinstance(shell.stack.currentWidget(), HouseholdPage)


def test_ctrl_k_search_answers_while_typing(qtbot, shell, child):
    shell.focus_search()
    with qtbot.waitSignal(shell.search.results_shown):
        qtbot.keyClicks(shell.search, "sisa chic")
    assert shell.search.popup.isVisible()
    assert shell.search.popup.item(0).text().startswith("Sisa Nina Chicaiza Muñoz")
    snap(shell, "05-search")
    qtbot.keyClick(shell.search, Qt.Key.Key_Return)
    page = shell.stack.currentWidget()
    assert isinstance(page, HouseholdPage) and page.household_id == child.household_id


def test_removing_a_person_asks_first(qtbot, shell, workspace, household, child):
    page = shell.open_household(household.id)
    asked = []
    page.confirm = lambda parent, title, text, action: asked.append(title) or False
    page.table.selectRow(0)
    qtbot.mouseClick(page.buttons["remove"], Qt.MouseButton.LeftButton)
    assert asked == ["¿Quitar a Sisa Nina Chicaiza Muñoz?"]
    assert workspace.families.count_persons() == 1
    page.confirm = lambda parent, title, text, action: True
    qtbot.mouseClick(page.buttons["remove"], Qt.MouseButton.LeftButton)
    assert workspace.families.count_persons() == 0 and page.members.rowCount() == 0


def test_closing_a_form_with_typed_input_asks_first(qtbot, shell, household):
    dialog = shell.open_form(PersonDialog, {"household_id": household.id})
    qtbot.keyClicks(dialog.given_names, "Killa")
    dialog.confirm = lambda parent, title, text, action: False
    dialog.reject()
    assert dialog.isVisible()
    assert len(shell.session.drafts.pending()) <= 1
    dialog.confirm = lambda parent, title, text, action: True
    dialog.reject()
    assert not dialog.isVisible() and shell.session.drafts.pending() == []
