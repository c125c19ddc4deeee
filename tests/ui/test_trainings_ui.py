"""Trainings in the activity form: hours and an attendance list (names only with consent),
the counts following the list, and the certificates printed from the activities page."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.core.records import AuditEvent
from app.ui.fieldwork.activity_dialog import ActivityDialog
from app.ui.fieldwork.participants_dialog import ParticipantsDialog
from app.ui.reports.documents import Documents
from app.ui.widgets import select_code
from tests.helpers.constants import TODAY
from tests.helpers.pdf import pdf_text
from tests.helpers.ui import save, snap


def _choose(qtbot, box, code: str) -> None:
    """As a user does: focus the combo and type until the item is current."""
    box.setFocus()
    select_code(box, code)
    box.activated.emit(box.currentIndex())


def _tab_order(start, count: int) -> list:
    """The widgets Tab reaches from `start`, in order, as the layout shows them."""
    out, widget = [start], start
    while len(out) < count:
        widget = widget.nextInFocusChain()
        # A spin box's own line edit hands its focus to the spin box (its focus proxy).
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget not in out \
                and widget.focusProxy() is None:
            out.append(widget)
    return out


def _add(qtbot, dialog: ActivityDialog | ParticipantsDialog, sex: str, group: str,
         consent: str = "", given: str = "", surnames: str = "") -> bool:
    people = dialog.list if isinstance(dialog, ParticipantsDialog) else dialog.training.list
    _choose(qtbot, people.consent, consent)
    _choose(qtbot, people.sex, sex)
    _choose(qtbot, people.age_group, group)
    people.given.clear()  # what a refused entry left typed
    people.surnames.clear()
    if given:
        qtbot.keyClicks(people.given, given)
    if surnames:
        qtbot.keyClicks(people.surnames, surnames)
    before = people.model.rowCount()
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    return people.model.rowCount() == before + 1


def test_a_training_keeps_hours_and_a_list_that_the_counts_follow(
        qtbot, qtmodeltester, shell, workspace) -> None:
    shell.go_to(4)
    dialog = shell.activities.new_activity()
    assert isinstance(dialog, ActivityDialog)
    _choose(qtbot, dialog.kind, "taller")
    assert not dialog.training.list.isVisibleTo(dialog)  # a workshop: counts only
    _choose(qtbot, dialog.kind, "capacitacion")
    assert dialog.training.list.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.topic, "Derechos de la infancia")
    dialog.training.hours.setValue(4.5)
    people = dialog.training.list
    assert not people.given.isEnabled()  # no consent, no name
    assert _tab_order(people.consent, 7) == [
        people.consent, people.given, people.surnames, people.sex, people.age_group,
        people.age, people.add_button]
    assert _add(qtbot, dialog, "mujer", "adolescencia", "representative", "Ana Maria",
                "Chango Pilla")
    assert _add(qtbot, dialog, "hombre", "adultos", "self", "Luis", "Masaquiza")
    assert _add(qtbot, dialog, "mujer", "adultos")  # counted, no name
    # A child does not consent alone; a consent without a name is no list entry either.
    assert not _add(qtbot, dialog, "hombre", "ninez", "self", "Pedro")
    assert people.error.isVisible() and people.error.text()
    assert not _add(qtbot, dialog, "hombre", "adultos", "self")
    qtmodeltester.check(people.model)
    assert [people.model.index(r, 0).data() for r in range(3)][:2] == [
        "Ana Maria Chango Pilla", "Luis Masaquiza"]
    counts = dialog.counts
    assert not counts["adultos_mujeres"].isEnabled()  # the list decides
    assert (counts["adolescencia_mujeres"].value(), counts["adultos_hombres"].value(),
            counts["adultos_mujeres"].value(), counts["ninez_hombres"].value()) == (1, 1, 1, 0)
    # Removing one: the counts follow.
    people.table.selectRow(2)
    qtbot.mouseClick(people.remove_button, Qt.MouseButton.LeftButton)
    assert people.model.rowCount() == 2 and counts["adultos_mujeres"].value() == 0
    assert _add(qtbot, dialog, "mujer", "adultos")
    snap(dialog, "40-training-form", None)
    _choose(qtbot, dialog.kind, "taller")  # a list typed is kept in sight and saved
    assert dialog.training.list.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    [activity] = shell.session.lists.activities()
    assert activity.hours == 4.5 and activity.total_attendance == 3
    listed = workspace.activities.attendees(activity.id)
    assert [(a.name, a.name_consent, a.consent_on) for a in listed] == [
        ("Ana Maria Chango Pilla", "representative", TODAY),
        ("Luis Masaquiza", "self", TODAY), ("", "", None)]



def test_an_adolescent_consents_alone_to_their_name_only_from_15(qtbot, shell,
                                                                  workspace) -> None:
    """LOPDP Art. 21, as for a person's consent: under 15 the legal representative does."""
    shell.go_to(4)
    dialog = shell.activities.new_activity()
    _choose(qtbot, dialog.kind, "capacitacion")
    qtbot.keyClicks(dialog.topic, "Derechos de la adolescencia")
    people = dialog.training.list
    # The group says 12 to 17: the age is asked.
    assert not _add(qtbot, dialog, "mujer", "adolescencia", "self", "Rosa")
    assert "edad" in people.error.text()

    def age(years: str) -> None:
        people.age.lineEdit().selectAll()
        qtbot.keyClicks(people.age, years)

    _choose(qtbot, people.age_group, "adultos")
    age("13")
    assert people.age_group.currentData() == "adolescencia"  # the age chooses the group
    people.given.setText("Rosa")
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    assert people.model.rowCount() == 0
    assert people.error.text() == \
        "Para menores de 15 años, el consentimiento lo da el representante legal."
    _choose(qtbot, people.consent, "representative")
    people.given.setText("Rosa")
    age("13")
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    _choose(qtbot, people.consent, "self")
    people.given.setText("Inés")
    age("15")
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    assert people.model.rowCount() == 2 and not people.error.isVisible()
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    [activity] = shell.session.lists.activities()
    assert [(a.name, a.name_consent, a.age)
            for a in workspace.activities.attendees(activity.id)] == [
        ("Rosa", "representative", 13), ("Inés", "self", 15)]


def test_without_a_list_the_counts_stay_typed_and_a_draft_keeps_the_list(
        qtbot, shell, workspace) -> None:
    shell.go_to(4)
    dialog = shell.activities.new_activity()
    _choose(qtbot, dialog.kind, "capacitacion")
    assert dialog.counts["ninez_mujeres"].isEnabled()
    assert _add(qtbot, dialog, "hombre", "adultos", "self", "Luis", "Masaquiza")
    values = dialog.values()
    dialog.dirty = False
    dialog.reject()
    again = shell.activities.new_activity()
    again.restore(values)  # as a draft left by a crash comes back
    assert again.training.list.isVisibleTo(again)
    assert again.training.list.model.rowCount() == 1
    assert not again.counts["adultos_hombres"].isEnabled()
    qtbot.keyClicks(again.topic, "Buen trato")
    with qtbot.waitSignal(again.saved):
        save(qtbot, again)
    [activity] = shell.session.lists.activities()
    assert [a.name for a in workspace.activities.attendees(activity.id)] == ["Luis Masaquiza"]


def test_certificates_from_the_activities_page(qtbot, ui_ctx, session, shell, workspace,
                                               tmp_path: Path) -> None:
    activity = workspace.activities.record(
        activity_type="capacitacion", held_on=date(2026, 11, 20), parish="PIL",
        community="Tamboloma", topic="Derechos de la niñez", hours=3, attendees=[
            {"given_names": "Luis", "surnames": "Masaquiza", "sex": "hombre",
             "age_group": "adultos", "name_consent": "self", "consent_on": TODAY},
            {"sex": "mujer", "age_group": "adultos"}])
    workspace.activities.record(activity_type="taller", held_on=date(2026, 11, 10),
                                parish="PIL", topic="Asamblea", attendance={"adultos_mujeres": 9})
    asked: list[Path] = []

    def ask(parent, title, proposed: Path, filters) -> Path:
        asked.append(proposed)
        return tmp_path / proposed.name

    page = shell.activities
    page.documents = Documents(ui_ctx, session, ask_path=ask, open_file=lambda _: None,
                               confirm_open=False)
    shell.go_to(4)
    assert not page.certificates.isEnabled()  # nothing selected
    page.table.selectRow(1)  # the assembly: no one took a course there
    assert page.model.item_at(1).topic == "Asamblea" and not page.certificates.isEnabled()
    page.table.selectRow(0)
    assert page.certificates.isEnabled()
    with qtbot.waitSignal(page.documents.written, timeout=20_000) as written:
        qtbot.mouseClick(page.certificates, Qt.MouseButton.LeftButton)
    assert asked[0].name == "certificados-2026-11-20.pdf"
    [text] = pdf_text(written.args[0])
    assert "Luis Masaquiza" in text and "Derechos de la niñez" in text
    assert "hombre" not in text.lower() and "adult" not in text.lower()
    with workspace.db.read() as s:
        [event] = s.execute(select(AuditEvent).where(
            AuditEvent.action == "export", AuditEvent.record_id == activity.id)).scalars()
    assert event.record_type == "activity"


def test_the_list_of_a_recorded_activity_is_written_as_it_is_typed(
        qtbot, qtmodeltester, shell, workspace) -> None:
    activity = workspace.activities.record(
        activity_type="capacitacion", held_on=date(2026, 11, 20), parish="PIL",
        topic="Buen trato", attendance={"ninez_mujeres": 12})
    shell.go_to(4)
    page = shell.activities
    page.table.selectRow(0)
    qtbot.mouseClick(page.participants, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ParticipantsDialog)
    assert dialog is not None and dialog.list.model.rowCount() == 0
    assert _add(qtbot, dialog, "hombre", "adultos", "self", "Luis", "Masaquiza")
    assert _add(qtbot, dialog, "mujer", "ninez")
    qtmodeltester.check(dialog.list.model)
    snap(dialog, "41-participants", None)
    kept = workspace.activities.attendees(activity.id)
    assert [a.name for a in kept] == ["Luis Masaquiza", ""]
    assert workspace.activities.get(activity.id).total_attendance == 2  # the list decides
    dialog.list.table.selectRow(0)
    qtbot.mouseClick(dialog.list.remove_button, Qt.MouseButton.LeftButton)
    assert [a.name for a in workspace.activities.attendees(activity.id)] == [""]
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert page.model.item_at(0).total_attendance == 1  # the page shows the new counts


def test_an_activity_of_a_c1_plan_action_is_a_training(qtbot, shell, workspace) -> None:
    """Any activity that carries out a C1 action (capacitación integral) keeps a list."""
    pta = workspace.plans.create_plan(TODAY.year, parish="PIL")
    [action] = workspace.plans.add_actions(pta.id, [{
        "line": "C1 Capacitación integral", "proposed_action": "Talleres con familias",
        "months": [TODAY.month]}])
    shell.go_to(4)
    dialog = shell.activities.new_activity()
    assert isinstance(dialog, ActivityDialog)
    _choose(qtbot, dialog.kind, "taller")
    assert not dialog.training.list.isVisibleTo(dialog)
    assert dialog.plan_action.findData(action.id) >= 0
    _choose(qtbot, dialog.plan_action, action.id)
    assert dialog.training.list.isVisibleTo(dialog)
    dialog.confirm = lambda parent, title, text, action: True
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
