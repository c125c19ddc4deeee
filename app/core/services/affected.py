"""Who a case affects, identified as the referral form identifies them (CONA Art. 237):
name, document, age and its CONA category, sex and where they live. Nothing else: the
Junta's inbox shows this, and its store holds no more than this of them.

The one query for "who a case affects": the Junta's inbox, the case page, the lists,
the search box, Inicio and the referral form all name a case's children through it.
One statement per 500 cases, no ORM objects: the lists name thousands of cases while
they open.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, text
from sqlmodel import Session

from app.core.clock import Clock
from app.core.rules.ages import age_group, current_age
from app.core.store.database import Database

CHUNK = 500

# In the case's order (the json array's index); persons removed or not in this store are
# left out. The household gives where they live.
AFFECTED_SQL = text("""
    SELECT c.id AS case_id, p.id, p.given_names, p.surnames, p.doc_type, p.doc_number,
           p.birth_date, p.estimated_age, p.estimated_on, p.sex,
           h.parish, h.community, h.address_reference
    FROM "case" c
    JOIN json_each(c.affected_person_ids) j
    JOIN person p ON p.id = j.value AND p.deleted = 0
    LEFT JOIN household h ON h.id = p.household_id
    WHERE c.id IN :ids
    ORDER BY c.id, j.key""").bindparams(bindparam("ids", expanding=True))


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
    birth_date: date | None = None  # the referral form prints it beside the age

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.surnames}".strip()


Affected = dict[str, tuple[AffectedPerson, ...]]


def _day(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def affected_by_case(s: Session, case_ids: Iterable[str], today: date) -> Affected:
    """Per case id, its affected persons present in this store, in the case's order.
    Cases that affect nobody known here are absent."""
    found: dict[str, list[AffectedPerson]] = {}
    ids = sorted(set(case_ids))
    run = s.connection().execute
    for start in range(0, len(ids), CHUNK):
        for r in run(AFFECTED_SQL, {"ids": ids[start:start + CHUNK]}):
            birth = _day(r.birth_date)
            age = current_age(birth, r.estimated_age, _day(r.estimated_on), today)
            estimated = birth is None and age is not None
            found.setdefault(r.case_id, []).append(AffectedPerson(
                r.id, r.given_names, r.surnames, r.doc_type, r.doc_number, age, estimated,
                age_group(age, estimated), r.sex, r.parish or "", r.community or "",
                r.address_reference or "", birth))
    return {case_id: tuple(persons) for case_id, persons in found.items()}


class CasePeople:
    """`affected_by_case` for views that hold no session: the lists, the search box."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db, self.clock = db, clock

    def of(self, case_ids: Iterable[str]) -> Affected:
        ids = list(case_ids)
        if not ids:
            return {}
        with self.db.read() as s:
            return affected_by_case(s, ids, self.clock.today())
