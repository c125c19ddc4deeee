"""Rules and validation, table-driven, through the services that every entry point uses."""

from datetime import date

import pytest

from app.core.errors import ValidationFailed
from app.core.rules.ages import age_group, current_age
from app.core.rules.legal import check_can_close, check_mediation_allowed
from app.core.rules.validation import check_document
from tests.helpers.constants import TODAY


@pytest.mark.parametrize(("doc_type", "number", "ok"), [
    ("cedula", "1714307103", True),
    ("cedula", "1804567897", True),       # Tungurahua
    ("cedula", "0926687856", True),
    ("cedula", "3000000004", True),       # registered abroad (province 30)
    ("cedula", "1804567895", False),      # wrong check digit
    ("cedula", "2500000000", False),      # no province 25
    ("cedula", "180456789", False),       # nine digits
    ("cedula", "18045678AB", False),
    ("cedula", "", False),
    ("sin_documento", "", True),          # undocumented children exist
    ("pasaporte", "AB123456", True),
    ("pasaporte", "", False),
    ("carne_marciano", "1", False),
])
def test_documents(catalogs, doc_type, number, ok):
    assert (check_document(doc_type, number, catalogs) == []) is ok


@pytest.mark.parametrize(("birth", "estimated", "age", "group"), [
    (date(2016, 11, 23), None, 9, "ninez"),
    (date(2014, 11, 22), None, 12, "adolescencia"),   # twelfth birthday today
    (date(2014, 11, 23), None, 11, "ninez"),          # one day short of twelve
    (date(2008, 11, 23), None, 17, "adolescencia"),
    (date(2008, 11, 22), None, 18, "adultos"),
    (date(1961, 1, 1), None, 65, "adultos_mayores"),
    (None, 12, 12, "ninez"),                          # in doubt, the younger category
    (None, 18, 18, "adolescencia"),
    (None, 30, 30, "adultos"),
])
def test_age_and_category(birth, estimated, age, group):
    got = current_age(birth, estimated, TODAY if estimated else None, TODAY)
    assert got == age
    assert age_group(got, estimated=birth is None) == group


def test_estimated_age_grows_with_time():
    assert current_age(None, 10, date(2023, 11, 22), TODAY) == 13


def _fields(exc: ValidationFailed) -> set[str]:
    return {p.field for p in exc.problems}


@pytest.mark.parametrize(("changes", "field"), [
    ({"given_names": ""}, "given_names"),
    ({"surnames": ""}, "surnames"),
    ({"sex": "otro"}, "sex"),
    ({"birth_date": date(2027, 1, 1)}, "birth_date"),          # future
    ({"birth_date": None, "estimated_age": None}, "birth_date"),
    ({"estimated_age": 130, "birth_date": None}, "estimated_age"),
    ({"doc_type": "cedula", "doc_number": "1804567895"}, "doc_number"),
    ({"ethnicity": "marciano"}, "ethnicity"),
    ({"priority_groups": ["nope"]}, "priority_groups"),
    ({"phone": "09-abc"}, "phone"),
    ({"disability_percent": 0, "disability_type": "fisica"}, "disability_percent"),
    ({"birth_date": "31/02/2020"}, "birth_date"),               # not a date at all
])
def test_person_rules(workspace, household, changes, field):
    data = {"household_id": household.id, "given_names": "Rosa", "surnames": "Caiza",
            "sex": "mujer", "birth_date": date(2010, 1, 1), **changes}
    with pytest.raises(ValidationFailed) as info:
        workspace.families.add_person(**data)
    assert field in _fields(info.value)
    assert workspace.families.count_persons() == 0


def test_messages_are_spanish(workspace, household):
    from app.core.i18n import translator

    with pytest.raises(ValidationFailed) as info:
        workspace.families.add_person(household_id=household.id, given_names="Rosa",
                                      surnames="Caiza", sex="mujer", doc_type="cedula",
                                      doc_number="1804567895", birth_date=date(2010, 1, 1))
    assert info.value.render(translator("es")) == \
        "La cédula 1804567895 no es válida: revise los 10 dígitos."


def test_household_parish_must_exist(workspace):
    with pytest.raises(ValidationFailed) as info:
        workspace.families.create_household(parish="XXX")
    assert _fields(info.value) == {"parish"}


def test_consent_under_15_needs_representative(workspace, child):
    with pytest.raises(ValidationFailed) as info:
        workspace.families.record_consent(child.id, purpose="services", given_by="self",
                                          given_on=TODAY)
    assert _fields(info.value) == {"given_by"}
    consent = workspace.families.record_consent(
        child.id, purpose="services", given_by="representative",
        representative_name="Rosa Muñoz", representative_relation="madre", given_on=TODAY)
    assert [c.id for c in workspace.families.consents(child.id)] == [consent.id]


def test_adolescent_of_15_consents_herself(workspace, household):
    teen = workspace.families.add_person(household_id=household.id, given_names="Killa",
                                         surnames="Toalombo", sex="mujer",
                                         birth_date=date(2011, 5, 1))
    consent = workspace.families.record_consent(teen.id, purpose="sharing", given_by="self",
                                                given_on=TODAY)
    assert consent.given_by == "self" and not consent.representative_name
    assert [c.id for c in workspace.families.consents(teen.id)] == [consent.id]
    # A day younger than 15, she could not (the representative consents).
    younger = workspace.families.add_person(household_id=household.id, given_names="Nina",
                                            surnames="Toalombo", sex="mujer",
                                            birth_date=date(2011, 11, 23))
    with pytest.raises(ValidationFailed) as info:
        workspace.families.record_consent(younger.id, purpose="sharing", given_by="self",
                                          given_on=TODAY)
    assert _fields(info.value) == {"given_by"}


def _case(workspace, child, types):
    return workspace.cases.register(parish="PIL", affected_person_ids=[child.id],
                                    violation_types=types, facts="Hechos.",
                                    risk_level="alto", reporter_anonymous=True)


@pytest.mark.parametrize(("types", "mediable"), [
    (["negligencia"], True),
    (["pension_alimenticia", "derecho_educacion"], True),
    (["abuso_sexual"], False),
    (["maltrato_fisico"], False),
    (["negligencia", "acoso_sexual"], False),
    (["codigo_inexistente"], False),     # unknown codes never open the door to mediation
])
def test_mediation_rule(catalogs, types, mediable):
    assert (check_mediation_allowed(types, catalogs) == []) is mediable


def test_mediation_refused_names_the_route(workspace, child):
    from app.core.i18n import translator

    case = _case(workspace, child, ["abuso_sexual"])
    with pytest.raises(ValidationFailed) as info:
        workspace.mediations.record(case_id=case.id, held_on=TODAY, subject="Conflicto",
                                    parties=[{"name": "A"}, {"name": "B"}])
    text = info.value.render(translator("es"))
    assert "no se puede mediar" in text
    assert "Fiscalía" in text and "Junta Cantonal" in text


def test_mediation_allowed_for_mediable_case(workspace, child):
    case = _case(workspace, child, ["pension_alimenticia"])
    mediation = workspace.mediations.record(
        case_id=case.id, held_on=TODAY, subject="Pensión",
        parties=[{"name": "Madre"}, {"name": "Padre"}], agreements="Pago mensual")
    assert mediation.case_id == case.id


def test_sexual_violence_case_closes_only_after_fiscalia(workspace, child):
    case = _case(workspace, child, ["abuso_sexual"])
    with pytest.raises(ValidationFailed):
        workspace.cases.change_status(case.id, "closed", "Atendido")
    workspace.referrals.create(case_id=case.id, institution="junta", reason="Medidas")
    with pytest.raises(ValidationFailed):
        workspace.cases.change_status(case.id, "closed", "Atendido")
    workspace.referrals.create(case_id=case.id, institution="fiscalia", reason="Delito")
    assert workspace.cases.change_status(case.id, "closed", "Atendido").status == "closed"


def test_close_rule_direct(catalogs):
    assert check_can_close(["negligencia"], [], catalogs) == []
    assert check_can_close(["acoso_sexual"], ["fiscalia_vsi"], catalogs) == []
    assert check_can_close(["acoso_sexual"], ["junta"], catalogs) != []


@pytest.mark.parametrize(("changes", "field"), [
    ({"violation_types": []}, "violation_types"),
    ({"violation_types": ["nope"]}, "violation_types"),
    ({"facts": ""}, "facts"),
    ({"affected_person_ids": []}, "affected_person_ids"),
    ({"reporter_anonymous": False, "reporter_name": ""}, "reporter_name"),
    ({"occurred_on": date(2030, 1, 1)}, "occurred_on"),
    ({"risk_level": "enorme"}, "risk_level"),
])
def test_case_rules(workspace, child, changes, field):
    data = {"parish": "PIL", "affected_person_ids": [child.id],
            "violation_types": ["negligencia"], "facts": "Hechos", "risk_level": "medio",
            "reporter_anonymous": True, **changes}
    with pytest.raises(ValidationFailed) as info:
        workspace.cases.register(**data)
    assert field in _fields(info.value)


def test_case_codes_per_parish_and_year(workspace, child):
    first = _case(workspace, child, ["negligencia"])
    second = _case(workspace, child, ["negligencia"])
    assert (first.code, second.code) == ("PIL-2026-0001", "PIL-2026-0002")


def test_status_change_needs_reason_and_is_in_timeline(workspace, child):
    case = _case(workspace, child, ["negligencia"])
    with pytest.raises(ValidationFailed):
        workspace.cases.change_status(case.id, "in_progress", "  ")
    workspace.cases.change_status(case.id, "in_progress", "Visita programada")
    kinds = [(e.kind, e.code, e.text) for e in workspace.cases.timeline(case.id)]
    assert ("case_note", "in_progress", "Visita programada") in kinds


def test_visit_rules(workspace, household):
    with pytest.raises(ValidationFailed):
        workspace.visits.record(household_id=household.id, visit_date=date(2027, 1, 1),
                                observations="x")
    plan = workspace.visits.plan(household.id, date(2026, 12, 1))
    done = workspace.visits.record(household_id=household.id, visit_date=TODAY,
                                   plan_id=plan.id, observations="Todo bien",
                                   next_visit_on=date(2026, 12, 22))
    assert done.plan_id == plan.id
    assert sorted(v.state for v in workspace.visits.for_household(household.id)) == \
        ["done", "planned"]


def test_activity_rules(workspace):
    with pytest.raises(ValidationFailed):
        workspace.activities.record(activity_type="taller", held_on=TODAY, parish="PIL",
                                    topic="Buen trato", attendance={"ninez_mujeres": -1})
    activity = workspace.activities.record(activity_type="taller", held_on=TODAY,
                                           parish="PIL", topic="Buen trato",
                                           attendance={"ninez_mujeres": 4, "adultos_hombres": 3})
    assert activity.total_attendance == 7


def test_register_always_opens(workspace, child):
    case = workspace.cases.register(parish="PIL", affected_person_ids=[child.id],
                                    violation_types=["abuso_sexual"], facts="Hechos",
                                    risk_level="alto", reporter_anonymous=True,
                                    status="closed")
    assert case.status == "open"


@pytest.mark.parametrize("fiscalia_state", [None, "drafted", "rejected"])
def test_close_needs_a_fiscalia_referral_really_sent(workspace, child, fiscalia_state):
    case = _case(workspace, child, ["abuso_sexual"])
    if fiscalia_state:
        referral = workspace.referrals.create(case_id=case.id, institution="fiscalia",
                                              reason="Delito", send=False)
        if fiscalia_state == "rejected":
            workspace.referrals.add_status(referral.id, "sent")
            workspace.referrals.add_status(referral.id, "rejected", note="No competente")
    with pytest.raises(ValidationFailed):
        workspace.cases.change_status(case.id, "closed", "Atendido")


def test_closed_case_cannot_gain_a_sexual_type_without_fiscalia(workspace, child):
    case = _case(workspace, child, ["negligencia"])
    workspace.cases.change_status(case.id, "closed", "Resuelto")
    with pytest.raises(ValidationFailed):
        workspace.cases.update(case.id, violation_types=["negligencia", "abuso_sexual"])


def test_unknown_type_counts_as_sexual(catalogs):
    assert check_can_close(["codigo_retirado"], [], catalogs) != []


@pytest.mark.parametrize(("birth", "estimated", "given_on", "ok"), [
    (date(2011, 5, 1), None, date(2026, 5, 1), True),     # 15 that day
    (date(2011, 5, 1), None, date(2026, 4, 30), False),   # back-dated: 14 that day
    (None, 15, date(2026, 11, 22), False),                # an estimated 15 may be 14
    (None, 16, date(2026, 11, 22), True),
])
def test_self_consent_age_on_the_day(workspace, household, birth, estimated, given_on, ok):
    person = workspace.families.add_person(
        household_id=household.id, given_names="Killa", surnames="Toalombo", sex="mujer",
        birth_date=birth, estimated_age=estimated,
        estimated_on=TODAY if estimated else None)
    if ok:
        workspace.families.record_consent(person.id, purpose="sharing", given_by="self",
                                          given_on=given_on)
    else:
        with pytest.raises(ValidationFailed):
            workspace.families.record_consent(person.id, purpose="sharing",
                                              given_by="self", given_on=given_on)


def test_consent_giver_must_be_known(workspace, child):
    with pytest.raises(ValidationFailed) as info:
        workspace.families.record_consent(child.id, purpose="services", given_by="vecino",
                                          given_on=TODAY)
    assert "given_by" in _fields(info.value)


def test_age_before_an_estimate_is_younger():
    assert current_age(None, 10, date(2026, 1, 1), date(2024, 1, 1)) == 8


def test_case_numbers_pass_9999(workspace, child):
    from sqlalchemy import update

    from app.core.records import Case

    first = _case(workspace, child, ["negligencia"])
    with workspace.db.write() as s:
        s.execute(update(Case).where(Case.id == first.id).values(code="PIL-2026-9999"))
    assert _case(workspace, child, ["negligencia"]).code == "PIL-2026-10000"
    assert _case(workspace, child, ["negligencia"]).code == "PIL-2026-10001"
