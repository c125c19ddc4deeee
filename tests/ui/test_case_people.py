"""A case is recognisable by its people: the case page, *Casos*, the family's cases, the
search box, Inicio and *Mis derivaciones* name the children it affects with its code;
and an answer recorded by someone else is marked new in *Mis derivaciones* until read."""

from datetime import date

from PySide6.QtCore import Qt

from app.core.actor import Actor
from app.core.records import ReferralStatus
from app.core.services.affected import AffectedPerson
from app.core.writer import RecordWriter
from app.ui import labels
from tests.helpers.constants import TODAY
from tests.helpers.ui import snap

PEOPLE = "Sisa Nina Chicaiza Muñoz (10), Kevin Chicaiza (~14)"


def the_case(workspace, household, child):
    # No birth date: an age estimated a year ago, so "about 14" today.
    kevin = workspace.families.add_person(
        household_id=household.id, given_names="Kevin", surnames="Chicaiza", sex="hombre",
        estimated_age=13, estimated_on=date(2025, 11, 1), relation_to_head="hijo_a")
    return workspace.cases.register(
        parish="PIL", household_id=household.id, affected_person_ids=[child.id, kevin.id],
        violation_types=["negligencia"], facts="Hechos", reporter_anonymous=True)


def test_every_list_names_the_cases_children(qtbot, qtmodeltester, shell, workspace,
                                             household, child):
    case = the_case(workspace, household, child)
    title = f"{case.code} · {PEOPLE}"
    assert shell.open_case(case.id).title.text() == f"Caso {title}"
    shell.go_to(2)
    model = shell.cases.model
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in (0, 1)] == [case.code, PEOPLE]
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == PEOPLE
    snap(shell, "53-cases-with-people")
    family = shell.open_household(household.id)
    assert [family.cases.item(i).text() for i in range(family.cases.count())] == [
        f"{title} · Abierto"]
    shell.focus_search()
    with qtbot.waitSignal(shell.search.results_shown):
        qtbot.keyClicks(shell.search, case.code)
    assert shell.search.popup.item(0).text() == f"Caso {title} · Pilahuín · Abierto"
    shell.search.popup.hide()
    workspace.referrals.create(case_id=case.id, institution="junta", reason="Hechos")
    shell.session.followups.schedule(case.id, TODAY, "Llamar.")
    shell.go_to(0)
    assert shell.home.follow_ups.item(0).text() == f"22/11/2026 · {title} · Llamar."
    shell.go_to(3)
    assert shell.referrals.model.index(0, 0).data() == title


def test_many_people_are_cut_short(spanish):
    kids = [AffectedPerson(str(i), name, "Quispe", "", "", age, False, None, "", "", "", "")
            for i, (name, age) in enumerate((("Ana", 3), ("Luis", None), ("Rosa", 7),
                                             ("Juan", 9), ("Inti", 11)))]
    assert labels.people(kids) == "Ana Quispe (3), Luis Quispe, Rosa Quispe (7), y 2 más"
    assert labels.case_title("PIL-2026-0001", []) == "PIL-2026-0001"


def test_an_answer_is_new_in_my_referrals_until_its_steps_are_shown(
        qtbot, shell, workspace, household, child):
    case = the_case(workspace, household, child)
    referral = workspace.referrals.create(case_id=case.id, institution="junta",
                                          reason="Hechos")
    # The Junta's step, as a pull stores it: recorded by someone else.
    junta = RecordWriter(Actor("juana", "junta", "junta-laptop"), workspace.clock)
    with workspace.db.write() as s:
        junta.create(s, ReferralStatus(referral_id=referral.id, status="answered",
                                       answer="Medida de protección emitida."))
    shell.go_to(0)
    assert shell.home.answers.count() == 1 and shell.home.answers.item(0).font().bold()
    shell.go_to(3)
    page = shell.referrals
    assert page.model.index(0, 2).data() == "Respondida · respuesta nueva"
    assert page.model.index(0, 4).data() == "Medida de protección emitida."
    assert page.steps.count() == 0 and not page.open_button.isEnabled()
    page.table.selectRow(0)
    assert page.model.index(0, 2).data() == "Respondida"
    head, answer = page.steps.item(0).text().split("\n")
    assert head.startswith("22/11/2026 ") and head.endswith(" · Respondida · juana")
    assert answer == "Medida o respuesta: Medida de protección emitida."
    assert page.steps.item(0).font().bold()
    snap(shell, "54-my-referrals-new-answer")
    shell.go_to(0)
    assert shell.home.answers.item(0).text() == "Nada pendiente."
    shell.go_to(3)
    page.table.selectRow(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    opened = shell.stack.currentWidget()
    assert opened.case_id == case.id and opened.steps.referral_id == referral.id
