"""A case's history tells when things happened: each event by its own date, with who
recorded it, in an order that no stamp decides."""

from datetime import timedelta

from sqlalchemy import update

from app.core.records import CaseNote, Visit
from tests.helpers.constants import NOW, TODAY


def test_events_are_dated_by_themselves_and_ordered_by_day(workspace, household, child,
                                                          clock):
    case = workspace.cases.register(
        parish="PIL", household_id=household.id, affected_person_ids=[child.id],
        violation_types=["negligencia"], facts="Hechos", reporter_anonymous=True)
    # Recorded today, done two days ago: the visit's own day counts.
    visit = workspace.visits.record(household_id=household.id, case_id=case.id,
                                    visit_date=TODAY - timedelta(days=2),
                                    observations="La familia recibe la visita.")
    clock.advance(timedelta(days=1, hours=2))
    mediation = workspace.mediations.record(
        case_id=case.id, held_on=TODAY, subject="Asistencia escolar",
        parties=[{"name": "Rosa", "role": "madre"}, {"name": "José", "role": "padre"}])
    note = workspace.cases.add_note(case.id, "La familia colabora.")
    referral = workspace.referrals.create(case_id=case.id, institution="junta",
                                          reason="Medidas de protección")
    workspace.referrals.add_status(referral.id, "received")
    clock.advance(timedelta(hours=1))
    step = workspace.referrals.add_status(referral.id, "answered", note="Por teléfono",
                                          answer="Apoyo psicológico")
    entries = workspace.cases.timeline(case.id)
    assert [(e.kind, e.on) for e in entries] == [
        ("visit", TODAY - timedelta(days=2)),
        ("case_note", TODAY),  # the case registered
        ("mediation", TODAY),  # held today, recorded a day later: after the registration
        ("case_note", TODAY + timedelta(days=1)),
        ("referral", TODAY + timedelta(days=1)),
        ("referral_status", TODAY + timedelta(days=1)),  # received
        ("referral_status", TODAY + timedelta(days=1))]
    by_id = {e.record_id: e for e in entries}
    assert by_id[visit.id].at is None and by_id[visit.id].text == visit.observations
    assert by_id[note.id].at == NOW + timedelta(days=1, hours=2)
    assert (by_id[note.id].code, by_id[note.id].text) == ("", "La familia colabora.")
    assert (by_id[mediation.id].code, by_id[mediation.id].text) == (
        "agreement", "Asistencia escolar")
    assert (by_id[referral.id].code, by_id[referral.id].institution) == ("sent", "junta")
    assert (by_id[step.id].code, by_id[step.id].text, by_id[step.id].answer,
            by_id[step.id].institution, by_id[step.id].at) == (
        "answered", "Por teléfono", "Apoyo psicológico", "junta",
        NOW + timedelta(days=1, hours=3))
    assert {e.author for e in entries} == {"ana"}
    [opening] = [e for e in entries if e.kind == "case_note" and e.on == TODAY]
    assert (opening.code, opening.at) == ("open", NOW)


def test_stamps_never_move_an_entry(workspace, household, child, clock):
    case = workspace.cases.register(
        parish="PIL", household_id=household.id, affected_person_ids=[child.id],
        violation_types=["negligencia"], facts="Hechos", reporter_anonymous=True)
    workspace.visits.record(household_id=household.id, case_id=case.id, visit_date=TODAY,
                            observations="Visita")
    workspace.cases.add_note(case.id, "Nota")
    before = workspace.cases.timeline(case.id)
    # What a pull does to stamps: the server's moment of the push, for every record.
    later = NOW + timedelta(days=5)
    with workspace.db.write() as s:
        for model in (CaseNote, Visit):
            s.execute(update(model).values(created_at=later, updated_at=later,
                                           server_version=7))
    assert workspace.cases.timeline(case.id) == before


def test_entries_from_before_recorded_at_read_their_stamp(workspace, household, child):
    case = workspace.cases.register(
        parish="PIL", household_id=household.id, affected_person_ids=[child.id],
        violation_types=["negligencia"], facts="Hechos", reporter_anonymous=True)
    with workspace.db.write() as s:
        s.execute(update(CaseNote).values(recorded_at=None))
    [entry] = workspace.cases.timeline(case.id)
    assert (entry.on, entry.at) == (TODAY, NOW)
