"""Trainings: the attendance list (names only with consent), the counts it derives, and
the certificates of participation (names, topic, date, hours, place — nothing else)."""

from datetime import date

import pytest
from sqlalchemy import select

from app.core.errors import UserError, ValidationFailed
from app.core.i18n import translator
from app.core.records import AuditEvent, CommunityActivity
from app.reports import api
from app.reports.branding import Branding
from tests.helpers.pdf import pdf_text

ANA = {"given_names": "Ana Lucía", "surnames": "Chango Pilla", "sex": "mujer",
       "age_group": "adolescencia", "name_consent": "representative",
       "consent_on": date(2026, 11, 20)}
LUIS = {"given_names": "Luis", "surnames": "Masaquiza", "sex": "hombre",
        "age_group": "adultos", "name_consent": "self", "consent_on": date(2026, 11, 20)}
ANONYMOUS = {"sex": "mujer", "age_group": "adultos"}


@pytest.fixture
def training(workspace):
    return workspace.activities.record(
        activity_type="capacitacion", held_on=date(2026, 11, 20), parish="PIL",
        community="Chibuleo San Francisco", topic="Derechos de la niñez", hours=4.5,
        attendance={"adultos_mujeres": 30})


def test_counts_follow_the_list_once_there_is_one(workspace, training) -> None:
    assert workspace.activities.get(training.id).total_attendance == 30  # counts only
    workspace.activities.add_attendees(training.id, [ANA, LUIS, ANONYMOUS])
    counts = workspace.activities.get(training.id).attendance
    assert counts["adolescencia_mujeres"] == 1 and counts["adultos_hombres"] == 1
    assert counts["adultos_mujeres"] == 1 and sum(counts.values()) == 3
    assert [a.name for a in workspace.activities.attendees(training.id)] == [
        "Ana Lucía Chango Pilla", "Luis Masaquiza", ""]


def test_a_name_without_consent_is_refused(workspace, training) -> None:
    with pytest.raises(ValidationFailed) as err:
        workspace.activities.add_attendees(training.id, [{**LUIS, "name_consent": ""}])
    assert [p.field for p in err.value.problems] == ["given_names"]
    assert workspace.activities.attendees(training.id) == []


def test_certificates_carry_the_names_and_nothing_else_about_the_person(
        workspace, training, tmp_path) -> None:
    workspace.activities.add_attendees(training.id, [ANA, ANONYMOUS, LUIS])
    ctx = api.context(workspace)
    ctx = type(ctx)(**{**ctx.__dict__, "branding": Branding(
        authority="María Toaquiza", authority_role="Secretaria Ejecutiva del CCPD")})
    out = tmp_path / "certificados.pdf"
    run = api.certificates(ctx, training.id, out)
    assert (run.printed, run.without_name) == (2, 1)
    pages = pdf_text(out)
    assert len(pages) == 2  # the participant without a name gets no certificate
    for page, name in zip(pages, ("Ana Lucía Chango Pilla", "Luis Masaquiza"), strict=True):
        assert name in page
        for text in ("Derechos de la niñez", "20/11/2026", "4,5", "Chibuleo San Francisco",
                     "Pilahu", "María Toaquiza", "Secretaria Ejecutiva del CCPD"):
            assert text in page
        # Nothing about the person but the name: no sex, age group or consent.
        for other in ("adolesc", "Adolesc", "mujer", "hombre", "consent", "representa"):
            assert other not in page
    assert "Masaquiza" not in pages[0] and "Chango" not in pages[1]
    with workspace.db.read() as s:  # the names left the app: audited as an export
        events = list(s.execute(select(AuditEvent).where(
            AuditEvent.action == "export", AuditEvent.record_id == training.id)).scalars())
    assert [e.record_type for e in events] == ["activity"]


def test_no_certificate_when_nobody_consented_to_a_name(workspace, training,
                                                        tmp_path) -> None:
    workspace.activities.add_attendees(training.id, [ANONYMOUS])
    with pytest.raises(UserError):
        api.certificates(api.context(workspace), training.id, tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()


def test_no_certificate_for_an_activity_that_is_no_training(workspace, tmp_path) -> None:
    # A community assembly keeps its list too, but its participants took no course.
    meeting = workspace.activities.record(
        activity_type="taller", held_on=date(2026, 11, 20), parish="PIL",
        topic="Asamblea comunitaria", attendees=[LUIS])
    with pytest.raises(UserError) as refused:
        api.certificates(api.context(workspace), meeting.id, tmp_path / "c.pdf")
    assert "capacitaciones" in refused.value.render(api.context(workspace).tr)
    assert not (tmp_path / "c.pdf").exists()


def test_an_activity_recorded_with_its_list_counts_from_it(workspace) -> None:
    activity = workspace.activities.record(
        activity_type="capacitacion", held_on=date(2026, 11, 20), parish="PIL",
        topic="Buen trato", hours=2, attendance={"adultos_mujeres": 9},
        attendees=[ANA, ANONYMOUS])
    assert activity.attendance["adolescencia_mujeres"] == 1
    assert activity.total_attendance == 2  # the typed 9 gave way to the list
    first = workspace.activities.attendees(activity.id)[0]
    workspace.activities.remove_attendee(first.id)
    assert workspace.activities.get(activity.id).total_attendance == 1
    assert [a.name for a in workspace.activities.attendees(activity.id)] == [""]


def test_a_bad_participant_keeps_the_whole_activity_out(workspace) -> None:
    child = {**ANA, "age_group": "ninez", "name_consent": "self"}
    with pytest.raises(ValidationFailed) as err:
        workspace.activities.record(
            activity_type="capacitacion", held_on=date(2026, 11, 20), parish="PIL",
            topic="Buen trato", attendees=[child])
    assert [p.field for p in err.value.problems] == ["name_consent"]
    with workspace.db.read() as s:  # nothing half-written
        assert s.execute(select(CommunityActivity)).first() is None


def test_trainings_by_type_or_by_their_plan_action(workspace) -> None:
    acts = workspace.activities
    assert acts.is_training("capacitacion") and not acts.is_training("taller")
    plan = workspace.plans.create_plan(2026, "PIL")
    c1, other = workspace.plans.add_actions(plan.id, [
        {"line": "C1 Capacitación integral", "proposed_action": "Talleres de buen trato",
         "months": [11]},
        {"line": "C3 Salud familiar", "proposed_action": "Ferias", "months": [11]}])
    assert acts.is_training("taller", c1.id) and not acts.is_training("taller", other.id)



def test_an_adolescent_consents_to_their_name_alone_only_from_15(workspace, training) -> None:
    """LOPDP Art. 21, as for a person's consent: under 15 the legal representative
    consents; an adolescent's own consent needs the age that shows they are 15."""
    add, es = workspace.activities.add_attendees, translator("es")
    with pytest.raises(ValidationFailed) as err:
        add(training.id, [{**ANA, "name_consent": "self", "age": 13}])
    assert [(p.field, p.render(es)) for p in err.value.problems] == [(
        "name_consent",
        "Para menores de 15 años, el consentimiento lo da el representante legal.")]
    # Counted only as an adolescent (12 to 17), the participant may be under 15.
    with pytest.raises(ValidationFailed) as err:
        add(training.id, [{**ANA, "name_consent": "self"}])
    assert [p.field for p in err.value.problems] == ["age"]
    with pytest.raises(ValidationFailed) as err:  # an age of another group
        add(training.id, [{**ANA, "name_consent": "self", "age": 20}])
    assert [p.field for p in err.value.problems] == ["age"]
    assert workspace.activities.attendees(training.id) == []
    add(training.id, [{**ANA, "age": 13}, {**ANA, "given_names": "Rosa", "age": 15,
                                           "name_consent": "self"}])
    assert [(a.name, a.name_consent, a.age)
            for a in workspace.activities.attendees(training.id)] == [
        ("Ana Lucía Chango Pilla", "representative", 13), ("Rosa Chango Pilla", "self", 15)]
