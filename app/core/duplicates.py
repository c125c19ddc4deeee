"""Duplicate prevention: search before create (Primero's lesson)."""

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlmodel import Session, col

from app.core.records import Person

# Birth dates this close, or estimated ages this close, count as "close".
BIRTH_TOLERANCE = timedelta(days=366)
AGE_TOLERANCE = 2


@dataclass(frozen=True)
class Candidate:
    id: str
    full_name: str
    doc_number: str
    birth_date: date | None


def _candidate(p: Person) -> Candidate:
    return Candidate(p.id, f"{p.given_names} {p.surnames}", p.doc_number, p.birth_date)


def same_document(session: Session, doc_type: str, number: str,
                  exclude_id: str | None = None) -> Person | None:
    if not number.strip():
        return None
    stmt = select(Person).where(col(Person.doc_type) == doc_type, col(Person.doc_number) == number,
                                col(Person.deleted).is_(False))
    if exclude_id:
        stmt = stmt.where(col(Person.id) != exclude_id)
    return session.execute(stmt.limit(1)).scalar_one_or_none()


def similar_persons(session: Session, person: Person) -> list[Candidate]:
    """Same folded names with the same or a close birth date (or estimated age)."""
    rows = session.execute(select(Person).where(
        col(Person.name_key) == person.name_key, col(Person.deleted).is_(False),
        col(Person.id) != person.id)).scalars()
    out = []
    for other in rows:
        if person.birth_date and other.birth_date:
            close = abs(person.birth_date - other.birth_date) <= BIRTH_TOLERANCE
        elif person.estimated_age is not None and other.estimated_age is not None:
            close = abs(person.estimated_age - other.estimated_age) <= AGE_TOLERANCE
        else:
            close = True  # not enough to tell them apart: let the promoter decide
        if close:
            out.append(_candidate(other))
    return out
