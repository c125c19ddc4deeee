"""A person's requests about their data (LOPDP: access, rectification, deletion,
objection), answered within 15 days."""

from datetime import date
from typing import ClassVar

from sqlmodel import Field

from app.core.records.base import SyncedRecord

REQUEST_KINDS = ("access", "rectification", "deletion", "objection")
# Who asked: the person, or their representative (a parent, a guardian, a lawyer).
REQUESTERS = ("self", "representative")
REQUEST_STATUSES = ("open", "answered")


class DataRequest(SyncedRecord, table=True):
    """Minimum data: for whom (the person's id), who asked (the person, or their
    representative's name and relation), what, when received, when due, and the answer."""

    __tablename__ = "data_request"
    record_type: ClassVar[str] = "data_request"

    person_id: str = Field(index=True, foreign_key="person.id")
    kind: str
    requested_by: str = "self"
    representative_name: str = ""
    representative_relation: str = ""
    received_on: date
    due_on: date = Field(index=True)
    status: str = Field(default="open", index=True)
    answered_on: date | None = None
    note: str = ""
