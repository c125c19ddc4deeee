"""The one check before a record is written, by any service or by a conflict resolution:
the record's rules (`app.core.rules.records`) with the facts they need from the store."""

from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlmodel import Session, col

from app.core.catalogs import Catalogs
from app.core.duplicates import same_document
from app.core.errors import Problem
from app.core.records import Case, Consent, Mediation, Person
from app.core.records.base import SyncedRecord
from app.core.rules.records import Related, record_problems
from app.core.services.referral_steps import referred_to

R = TypeVar("R", bound=SyncedRecord)


def check_record(session: Session, record: SyncedRecord, catalogs: Catalogs, today: date,
                 previous: SyncedRecord | None = None) -> list[Problem]:
    """Everything wrong with `record` as it would be stored; `previous` is the stored
    version it replaces (None for a new record)."""
    return record_problems(record, catalogs, today, related(session, record, previous))


def related(session: Session, record: SyncedRecord,
            previous: SyncedRecord | None = None) -> Related:
    """Only what this record's rules read: most records need no query at all."""
    if isinstance(record, Case) and record.status == "closed":
        return Related(previous, referred_to=frozenset(referred_to(session, record.id)))
    if isinstance(record, Person):
        return Related(previous, same_document=same_document(
            session, record.doc_type, record.doc_number, exclude_id=record.id))
    if isinstance(record, Consent):
        return Related(previous, person=_live(session, Person, record.person_id))
    if isinstance(record, Mediation):
        return Related(previous, case=_live(session, Case, record.case_id))
    return Related(previous)


def _live(session: Session, model: type[R], record_id: str) -> R | None:
    found = session.execute(select(model).where(col(model.id) == record_id)).scalar_one_or_none()
    return None if found is None or found.deleted else found
