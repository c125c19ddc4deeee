"""Who a case affects, identified as the referral form identifies them (CONA Art. 237):
name, document, age and its CONA category, sex and where they live. Nothing else: the
Junta's inbox shows this, and its store holds no more than this of them."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session

from app.core.records import Case, Household, Person
from app.core.rules.ages import age_group, current_age
from app.core.store.database import Database

CHUNK = 500


@dataclass(frozen=True)
class AffectedPerson:
    person_id: str
    given_names: str
    surnames: str
    doc_type: str
    doc_number: str
    age: int | None
    estimated: bool  # the age comes from an estimate, not from a birth date
    category: str | None  # ages.CATEGORIES: ninez | adolescencia | adultos | …
    sex: str
    parish: str
    community: str
    address_reference: str

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.surnames}".strip()


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def affected_by_case(s: Session, case_ids: Iterable[str], today: date
                     ) -> dict[str, tuple[AffectedPerson, ...]]:
    """Per case id, its affected persons present in this store, in the case's order."""
    named: dict[str, list[str]] = {}
    for chunk in _chunks(sorted(set(case_ids))):
        for case_id, ids in s.execute(select(Case.id, Case.affected_person_ids)
                                      .where(Case.id.in_(chunk))):
            named[case_id] = [str(i) for i in ids or []]
    persons: dict[str, Person] = {}
    for chunk in _chunks(sorted({i for ids in named.values() for i in ids})):
        for person in s.execute(select(Person).where(
                Person.id.in_(chunk), Person.deleted.is_(False))).scalars():
            persons[person.id] = person
    homes: dict[str, Household] = {}
    for chunk in _chunks(sorted({p.household_id for p in persons.values()
                                 if p.household_id})):
        for home in s.execute(select(Household).where(Household.id.in_(chunk))).scalars():
            homes[home.id] = home
    return {case_id: tuple(_affected(persons[i], homes.get(persons[i].household_id or ""),
                                     today) for i in ids if i in persons)
            for case_id, ids in named.items()}


def _affected(person: Person, home: Household | None, today: date) -> AffectedPerson:
    age = current_age(person.birth_date, person.estimated_age, person.estimated_on, today)
    estimated = person.birth_date is None
    return AffectedPerson(
        person.id, person.given_names, person.surnames, person.doc_type, person.doc_number,
        age, estimated and age is not None, age_group(age, estimated), person.sex,
        home.parish if home else "", home.community if home else "",
        home.address_reference if home else "")


def affected_of(db: Database, case_id: str, today: date) -> tuple[AffectedPerson, ...]:
    """Who one case affects (as far as this store holds them)."""
    with db.read() as s:
        return affected_by_case(s, [case_id], today).get(case_id, ())
