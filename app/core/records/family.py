"""Households, persons and the consent they gave."""

from datetime import date
from typing import ClassVar

from sqlalchemy import JSON
from sqlmodel import Field

from app.core.records.base import SyncedRecord


class Household(SyncedRecord, table=True):
    __tablename__ = "household"
    record_type: ClassVar[str] = "household"

    parish: str = Field(index=True, max_length=8)
    community: str = ""
    address_reference: str = ""
    gps_lat: float | None = None
    gps_lon: float | None = None
    notes: str = ""


class Person(SyncedRecord, table=True):
    __tablename__ = "person"
    record_type: ClassVar[str] = "person"

    household_id: str | None = Field(default=None, index=True, foreign_key="household.id")
    relation_to_head: str = ""
    given_names: str
    surnames: str
    doc_type: str = "sin_documento"
    doc_number: str = Field(default="", index=True)
    birth_date: date | None = None
    # When the birth date is unknown: the age given, and the day it was given.
    estimated_age: int | None = None
    estimated_on: date | None = None
    sex: str
    gender_identity: str = ""
    ethnicity: str = ""
    disability_type: str = ""
    disability_percent: int | None = None
    priority_groups: list[str] = Field(default_factory=list, sa_type=JSON)
    phone: str = ""
    # Folded full name, kept for duplicate detection.
    name_key: str = Field(default="", index=True)


class Consent(SyncedRecord, table=True):
    """Who authorised what processing of a person's data (LOPDP Art. 21)."""

    __tablename__ = "consent"
    record_type: ClassVar[str] = "consent"
    append_only: ClassVar[bool] = True

    person_id: str = Field(index=True, foreign_key="person.id")
    purpose: str  # services | sharing | reporting
    granted: bool = True
    # "self" (adolescents from 15, adults) or "representative".
    given_by: str = "self"
    representative_name: str = ""
    representative_relation: str = ""
    given_on: date
