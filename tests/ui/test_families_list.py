"""Families as a list of their own: households with head, community and members' count,
filtered and searched like persons; and an estimated age shown as an age everywhere."""

from datetime import date

from PySide6.QtCore import Qt

from app.core.services.households_listing import HouseholdListing
from app.core.services.listing import PersonFilter
from app.ui.families.household_page import HouseholdPage
from app.ui.families.persons_page import HOUSEHOLDS, PERSONS
from app.ui.models.households import HouseholdTableModel
from app.ui.widgets import select_code
from tests.helpers.constants import TODAY
from tests.helpers.ui import snap


def _families(ws):
    """Three families; the Chicaiza head was recorded after a child."""
    made = {}
    for parish, community, surname, members in (
            ("PIL", "Tamboloma", "Chicaiza", 3), ("PIL", "Llangahua", "Toalombo", 1),
            ("QUI", "Centro", "Masaquiza", 2)):
        home = ws.families.create_household(parish=parish, community=community)
        for i in range(members):
            head = i == members - 1
            ws.families.add_person(
                household_id=home.id, given_names=("Rosa" if head else f"Hijo{i}"),
                surnames=f"{surname} Pérez", sex="mujer", confirm_duplicates=True,
                relation_to_head="jefe_hogar" if head else "hijo_a",
                priority_groups=["ninez_adolescencia"] if surname == "Masaquiza" else [],
                birth_date=date(1985, 1, 1) if head else None,
                estimated_age=None if head else 9, estimated_on=None if head else TODAY)
        made[surname] = home
    ws.families.create_household(parish="IZA", community="Centro")  # no members yet
    return made


def test_household_listing_filters_sorts_and_searches(workspace):
    made = _families(workspace)
    listing = HouseholdListing(workspace.db)

    def heads(flt: PersonFilter | None = None, sort="head", descending=False):
        keys = listing.keys(flt or PersonFilter(), sort, descending)
        return [r.head for r in listing.rows(keys)]

    assert heads() == ["", "Rosa Chicaiza Pérez", "Rosa Masaquiza Pérez",
                       "Rosa Toalombo Pérez"]
    by_members = listing.rows(listing.keys(PersonFilter(), "members", True))
    assert [(r.head, r.members) for r in by_members][:2] == [
        ("Rosa Chicaiza Pérez", 3), ("Rosa Masaquiza Pérez", 2)]
    assert heads(PersonFilter(parish="PIL")) == ["Rosa Chicaiza Pérez", "Rosa Toalombo Pérez"]
    assert heads(PersonFilter(priority_group="ninez_adolescencia")) == [
        "Rosa Masaquiza Pérez"]
    match = workspace.search.match_expression("hijo1 chicaiza")
    assert heads(PersonFilter(match=match)) == ["Rosa Chicaiza Pérez"]
    match = workspace.search.match_expression("pilaguin")  # a parish spelling
    assert len(heads(PersonFilter(match=match))) == 2
    [chicaiza] = listing.rows(listing.keys(PersonFilter(community="Tamboloma")))
    assert (chicaiza.id, chicaiza.members) == (made["Chicaiza"].id, 3)
    member = workspace.families.members(chicaiza.id)[0]
    workspace.families.delete_person(member.id)
    assert listing.rows([chicaiza.key])[0].members == 2


def test_household_model_passes_modeltester(qtmodeltester, ui_ctx, workspace, spanish):
    _families(workspace)
    model = HouseholdTableModel(ui_ctx, HouseholdListing(workspace.db))
    model.reload()
    assert model.total == 4
    qtmodeltester.check(model)
    model.sort(3, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 3)) == "3"
    qtmodeltester.check(model)
    model.sort(0)
    assert model.data(model.index(0, 0)) == "(sin miembros aún)"


def test_families_list_by_mouse_and_keyboard(qtbot, shell, workspace):
    made = _families(workspace)
    page = shell.persons
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        shell.go_to(1)
    assert page.model.total == 6 and page.count.text() == "Personas: 6"
    # An estimated age reads as an age where the birth date would be.
    births = {page.model.data(page.model.index(r, 2)) for r in range(page.model.rowCount())}
    assert "~9 años" in births and "01/01/1985" in births
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.view.setCurrentIndex(HOUSEHOLDS)
    model = page.households
    assert page.count.text() == "Familias: 4"
    rows = {model.data(model.index(r, 0)): (model.data(model.index(r, 2)),
                                             model.data(model.index(r, 3)))
            for r in range(model.rowCount())}
    assert rows["Rosa Chicaiza Pérez"] == ("Tamboloma", "3")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        select_code(page.parish, "PIL")
    assert model.total == 2
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClicks(page.search, "toalombo")
    assert model.total == 1 and page.count.text() == "Familias: 1"
    snap(shell, "38-families-list")
    # The persons view follows the same filter when shown again.
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.view.setCurrentIndex(PERSONS)
    assert page.model.total == 1
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.view.setCurrentIndex(HOUSEHOLDS)
    page.household_table.setFocus()
    page.household_table.selectRow(0)
    qtbot.keyClick(page.household_table, Qt.Key.Key_Return)
    opened = shell.stack.currentWidget()
    assert isinstance(opened, HouseholdPage) and opened.household_id == made["Toalombo"].id


def test_family_page_shows_an_estimated_age(qtbot, shell, workspace):
    made = _families(workspace)
    page = shell.open_household(made["Chicaiza"].id)
    ages = [page.members.data(page.members.index(r, 3)) for r in range(page.members.rowCount())]
    assert ages.count("~9 años") == 2 and "41 años" in ages
    shell.search.update_results("hijo0 chicaiza")
    assert "~9 años" in shell.search.popup.item(0).text()
