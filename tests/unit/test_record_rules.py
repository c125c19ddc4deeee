"""The whole-record check on plain data, as a server holding documents would call it."""

from datetime import date

from app.core.records import Case, FollowUp, Person
from app.core.rules.records import Related, normalise, record_problems
from tests.helpers.constants import TODAY
from tests.helpers.samples import CASE


def test_closed_sexual_violence_case_needs_a_referral_sent_to_fiscalia(catalogs):
    case = Case.model_validate(CASE)
    assert [p.field for p in record_problems(case, catalogs, TODAY)] == ["status"]
    assert record_problems(case, catalogs, TODAY, Related(referred_to=frozenset(
        {"junta"}))) != []
    assert record_problems(case, catalogs, TODAY, Related(referred_to=frozenset(
        {"fiscalia_vsi"}))) == []


def test_case_status_must_be_known(catalogs):
    case = Case.model_validate({**CASE, "violation_types": ["negligencia"],
                                "status": "cerrado"})
    assert [p.field for p in record_problems(case, catalogs, TODAY)] == ["status"]


def test_person_document_and_dates(catalogs):
    person = Person(given_names="Sisa", surnames="Chicaiza", sex="mujer",
                    birth_date=date(2030, 1, 1), doc_type="cedula", doc_number="1804567895")
    fields = {p.field for p in record_problems(person, catalogs, TODAY)}
    assert fields == {"doc_number", "birth_date"}
    other = Person(given_names="Ana", surnames="Toalombo", sex="mujer")
    person.birth_date, person.doc_number = date(2016, 4, 3), "1804567897"
    assert record_problems(person, catalogs, TODAY) == []
    duplicate = record_problems(person, catalogs, TODAY, Related(same_document=other))
    assert [p.params for p in duplicate] == [{"name": "Ana Toalombo"}]


def test_normalise_gives_the_stored_form(catalogs):
    person = Person(given_names="Sisa", surnames="Chicaiza", sex="mujer",
                    doc_type="cedula", doc_number="180456789-7")
    normalise(person, catalogs)
    assert person.doc_number == "1804567897" and person.name_key


def test_record_types_without_rules_pass(catalogs):
    assert record_problems(FollowUp(due_on=TODAY, description=""), catalogs, TODAY) == []
