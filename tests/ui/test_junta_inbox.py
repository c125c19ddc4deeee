"""The Junta's referral inbox as a section of the main window: where the Junta starts,
and who each referral's case affects (the child, identified as on the referral form),
from a real promoter's referral through the real server on loopback."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from app.ui.shell.session import Session
from app.ui.shell.shell import Shell
from tests.helpers.constants import PASSWORD, TODAY
from tests.helpers.ui import SCREEN, make_window, snap, unlock_as


def refer_family(ana) -> tuple[str, str]:
    """A girl and her brother affected by a case referred to the Junta; their mother, in
    the same household, is not. Returns the referral's and the mother's ids."""
    ws = ana.ws
    home = ws.families.create_household(parish="PIL", community="Centro",
                                        address_reference="Junto a la escuela")
    child = ws.families.add_person(household_id=home.id, given_names="Sisa",
                                   surnames="Chicaiza", sex="mujer",
                                   birth_date=date(2016, 4, 3), relation_to_head="hijo_a",
                                   doc_type="cedula", doc_number="1804567897",
                                   confirm_duplicates=True)
    brother = ws.families.add_person(household_id=home.id, given_names="Kevin",
                                     surnames="Chicaiza", sex="hombre", estimated_age=14,
                                     estimated_on=TODAY, relation_to_head="hijo_a",
                                     confirm_duplicates=True)
    mother = ws.families.add_person(household_id=home.id, given_names="Rosa",
                                    surnames="Toapanta", sex="mujer",
                                    birth_date=date(1990, 1, 8),
                                    relation_to_head="jefe_hogar", confirm_duplicates=True)
    case = ws.cases.register(parish="PIL", household_id=home.id,
                             affected_person_ids=[child.id, brother.id],
                             violation_types=["negligencia"], facts="Hechos del caso",
                             risk_level="alto", reporter_anonymous=True)
    referral = ws.referrals.create(case_id=case.id, institution="junta",
                                   reason="Medida de protección", urgency="urgent")
    assert ana.sync().complete
    return referral.id, mother.id


def test_the_inbox_shows_who_the_referred_children_are(qtbot, ui_ctx, server, make_device,
                                                       spanish, qtmodeltester) -> None:
    ana = make_device(server, "ana", parish="PIL")
    juana = make_device(server, "juana", role="junta", parish="")
    referral_id, mother_id = refer_family(ana)
    assert juana.sync().complete
    shell = Shell(ui_ctx, Session.open(juana.ws))
    qtbot.addWidget(shell)
    shell.resize(*SCREEN)
    shell.show()
    page = shell.inbox
    # The Junta starts on its inbox, a section of the navigation.
    assert shell.stack.currentWidget() is page
    assert shell.nav.currentItem().text() == "Bandeja de derivaciones"
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.persons)
    assert page.model.rowCount() == 1 and page.model.item_at(0).referral_id == referral_id
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Personas afectadas"
    assert page.model.index(0, 1).data() == \
        "Sisa Chicaiza (10 años); Kevin Chicaiza (unos 14 años)"
    # The selected referral's children, as the referral form names them; not the mother.
    columns = range(page.persons.columnCount())
    rows = [[page.persons.index(r, c).data() for c in columns]
            for r in range(page.persons.rowCount())]
    assert rows == [
        ["Sisa Chicaiza", "10 años", "Niña o niño (menor de 12)", "Mujer",
         "Cédula de ciudadanía 1804567897", "Pilahuín, Centro, Junto a la escuela"],
        ["Kevin Chicaiza", "unos 14 años", "Adolescente (12 a 17)", "Hombre",
         "Sin documento", "Pilahuín, Centro, Junto a la escuela"],
    ]
    assert mother_id not in {p.person_id for p in page.model.item_at(0).affected}
    assert page.person_table.accessibleName() == "Personas afectadas de la derivación"
    snap(shell, "47-junta-inbox-affected-persons")
    shell.park_all()


def test_technician_reaches_the_inbox_from_the_navigation_by_keyboard(
        qtbot, qapp, ui_ctx, server, make_device) -> None:
    ana = make_device(server, "ana", parish="PIL")
    tito = make_device(server, "tito", role="tecnico", parish="")
    referral_id, _ = refer_family(ana)
    assert tito.sync().complete
    tito.ws.close()
    window = make_window(qtbot, replace(ui_ctx, data_dir=tito.ws.data_dir), qapp)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        unlock_as(qtbot, window, PASSWORD)
    shell = window.shell
    # A technician starts on the canton overview, with the inbox just above the work
    # plans, the navigation's last section...
    assert shell.stack.currentWidget() is shell.overview and shell.home is None
    last = shell.nav.count() - 1
    assert [shell.nav.item(i).text() for i in (last - 1, last)] == [
        "Bandeja de derivaciones", "Planes de trabajo"]
    shell.nav.setFocus()
    qtbot.keyClick(shell.nav, Qt.Key.Key_End)
    qtbot.keyClick(shell.nav, Qt.Key.Key_Up)
    assert shell.stack.currentWidget() is shell.inbox
    assert shell.inbox.model.item_at(0).referral_id == referral_id
    # ...and in the Go menu, with its shortcut.
    shell.go_to(0)
    [action] = [a for m in window.menuBar().actions() for a in m.menu().actions()
                if a.text() == "&Bandeja de derivaciones"]
    assert action.shortcut() == QKeySequence("Ctrl+7")
    action.trigger()
    assert shell.stack.currentWidget() is shell.inbox


def test_a_promoter_has_no_inbox(shell) -> None:
    assert shell.inbox is None
    texts = [shell.nav.item(i).text() for i in range(shell.nav.count())]
    assert "Bandeja de derivaciones" not in texts and len(texts) == len(shell.pages)
