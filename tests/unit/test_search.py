"""Search: accents, ñ, case, prefixes, parish spelling variants, document numbers, codes."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.text import fold


@pytest.fixture
def people(workspace):
    fam = workspace.families
    pil = fam.create_household(parish="PIL", community="Tamboloma")
    pic = fam.create_household(parish="PIC", community="Centro parroquial")
    qui = fam.create_household(parish="QUI", community="Illahua Chico")
    return {
        "nunez": fam.add_person(household_id=pil.id, given_names="José Ñaupa",
                                surnames="Núñez Peñaherrera", sex="hombre",
                                birth_date=date(2012, 1, 5), doc_type="cedula",
                                doc_number="1714307103"),
        "chicaiza": fam.add_person(household_id=pic.id, given_names="Sisa",
                                   surnames="Chicaiza Toalombo", sex="mujer",
                                   birth_date=date(2018, 3, 1)),
        "maria": fam.add_person(household_id=qui.id, given_names="María",
                                surnames="Masaquiza", sex="mujer", estimated_age=40),
    }


def _names(hits) -> set[str]:
    return {h.full_name for h in hits}


@pytest.mark.parametrize(("query", "who"), [
    ("nunez", "nunez"), ("NÚÑEZ", "nunez"), ("Nuñez", "nunez"), ("penaher", "nunez"),
    ("naupa", "nunez"), ("ÑAUPA", "nunez"), ("jose nun", "nunez"),
    ("1714307", "nunez"),                       # document number prefix
    ("maria", "maria"), ("MARÍA masa", "maria"),
    ("illahua", "maria"),                       # community
    ("Pilagüín", "nunez"), ("pilahuin", "nunez"),   # parish spelling variants
    ("picaigua", "chicaiza"), ("Picaihua", "chicaiza"),
    ("quizapincha", "maria"),
])
def test_finds(workspace, people, query, who):
    expected = f"{people[who].given_names} {people[who].surnames}"
    assert expected in _names(workspace.search.persons(query))


@pytest.mark.parametrize("query", ["", "   ", "zzzz", '"', "*", "AND", "nunez OR", "(", "-"])
def test_odd_queries_do_not_fail(workspace, people, query):
    assert workspace.search.persons(query) == []


def test_names_rank_above_places(workspace, people):
    fam = workspace.families
    h = fam.create_household(parish="SRO", community="Masaquiza Alto")
    fam.add_person(household_id=h.id, given_names="Luis", surnames="Pérez", sex="hombre",
                   estimated_age=30)
    hits = workspace.search.persons("masaquiza")
    assert hits[0].full_name == "María Masaquiza"
    assert len(hits) == 2


def test_case_codes(workspace, people):
    case = workspace.cases.register(parish="PIL", affected_person_ids=[people["nunez"].id],
                                    violation_types=["negligencia"], facts="Hechos",
                                    risk_level="bajo", reporter_anonymous=True)
    assert [c.code for c in workspace.search.cases("PIL-2026")] == [case.code]
    assert [c.code for c in workspace.search.cases("pil 2026 0001")] == [case.code]
    assert workspace.search.cases("QUI-2026") == []


def test_index_follows_edits_and_moves(workspace, people):
    fam = workspace.families
    fam.update_person(people["maria"].id, surnames="Pilamunga")
    assert workspace.search.persons("masaquiza") == []
    assert _names(workspace.search.persons("pilamunga")) == {"María Pilamunga"}
    household = fam.get_person(people["maria"].id).household_id
    fam.update_household(household, community="Calhuasig")
    assert _names(workspace.search.persons("calhuasig")) == {"María Pilamunga"}


NAME = st.text(alphabet="abcdefghijklmnñopqrstuvwxyzáéíóúüÁÉÑ", min_size=2, max_size=12)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(given_name=NAME, surname=NAME)
def test_any_name_is_found_by_its_folded_prefix(workspace, given_name, surname):
    household = workspace.families.create_household(parish="TOT")
    person = workspace.families.add_person(household_id=household.id, given_names=given_name,
                                           surnames=surname, sex="mujer", estimated_age=9,
                                           confirm_duplicates=True)
    query = fold(surname)[:3]
    ids = {h.id for h in workspace.search.persons(f"{fold(given_name)} {query}", limit=500)}
    assert person.id in ids


def _pulled(record, version: int) -> dict:
    return {"type": record.record_type, "id": record.id, "version": version,
            "deleted": False, "data": record.model_dump(mode="json")}


def test_pulled_persons_are_found_by_a_family_that_arrives_after_them(workspace):
    """A sync may deliver a person before their family (the family edited later, so of
    a higher version): the family's arrival indexes them by its community and parish."""
    from app.core.records import Household, Person
    from app.core.sync.inbox import apply_page

    family = Household(parish="PIL", community="Yatzaputzán")
    person = Person(household_id=family.id, given_names="Rosa", surnames="Tisalema",
                    sex="mujer", estimated_age=9)
    alone = Household(parish="PIL", community="Cunucyacu")
    with workspace.db.write() as s:
        apply_page(s, [_pulled(person, 1)], "c1")
    assert workspace.search.persons("yatzaputzan") == []
    with workspace.db.write() as s:
        apply_page(s, [_pulled(family, 2), _pulled(alone, 3)], "c2")
    assert _names(workspace.search.persons("yatzaputzan")) == {"Rosa Tisalema"}
    assert _names(workspace.search.persons("rosa pilahuin")) == {"Rosa Tisalema"}
    assert workspace.search.persons("cunucyacu") == []
