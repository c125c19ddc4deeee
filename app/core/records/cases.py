"""Cases of rights violations and the work done on them."""

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import JSON
from sqlmodel import Field

from app.core.records.base import SyncedRecord

CASE_STATUSES = ("open", "in_progress", "referred", "closed")
REFERRAL_STATUSES = (
    "drafted", "sent", "received", "in_attention", "answered", "closed", "rejected",
)


# When the author wrote a log entry, by their device's clock. It is content, so it travels
# unchanged: the server re-stamps created_at with the moment of the push, which would
# re-date every entry at each sync. Entries from before this field read created_at.
RECORDED_AT = "recorded_at"
# The promoter responsible for a case, a planned visit, a follow-up or a referral when it
# is not its author: set when an administrator reassigns a caseload (sync/server/
# caseload.py); empty means its author.
ASSIGNED_TO = "assigned_to"
# Added to stored tables by ALTER TABLE (migration 0009), which needs a default.
ASSIGNED = {"server_default": ""}


class Case(SyncedRecord, table=True):
    __tablename__ = "case"
    record_type: ClassVar[str] = "case"

    code: str = Field(index=True, max_length=24)
    parish: str = Field(index=True, max_length=8)
    household_id: str | None = Field(default=None, index=True)
    affected_person_ids: list[str] = Field(default_factory=list, sa_type=JSON)
    violation_types: list[str] = Field(default_factory=list, sa_type=JSON)
    facts: str = ""
    occurred_on: date | None = None
    place: str = ""
    reporter_anonymous: bool = False
    reporter_name: str = ""
    reporter_relation: str = ""
    reporter_phone: str = ""
    aggressor_description: str = ""
    aggressor_relation: str = ""
    risk_level: str = "medio"
    status: str = Field(default="open", index=True)
    status_reason: str = ""
    opened_on: date
    assigned_to: str = Field(default="", max_length=80, sa_column_kwargs=ASSIGNED)


class CaseNote(SyncedRecord, table=True):
    """A line in a case's timeline: a note, or a status change with its reason."""

    __tablename__ = "case_note"
    record_type: ClassVar[str] = "case_note"
    append_only: ClassVar[bool] = True

    case_id: str = Field(index=True, foreign_key="case.id")
    kind: str = "note"  # note | status
    status: str = ""
    text: str = ""
    recorded_at: datetime | None = None  # see RECORDED_AT

    @property
    def moment(self) -> datetime:
        return self.recorded_at or self.created_at


class Visit(SyncedRecord, table=True):
    """A family visit. A plan and its fulfilment are two entries (append-only log)."""

    __tablename__ = "visit"
    record_type: ClassVar[str] = "visit"
    append_only: ClassVar[bool] = True

    household_id: str = Field(index=True, foreign_key="household.id")
    case_id: str | None = Field(default=None, index=True)
    state: str = "planned"  # planned | done | cancelled
    plan_id: str | None = Field(default=None, index=True)  # the planned visit this fulfils
    visit_date: date = Field(index=True)
    participants: list[str] = Field(default_factory=list, sa_type=JSON)
    observations: str = ""
    agreements: str = ""
    next_visit_on: date | None = None
    assigned_to: str = Field(default="", max_length=80, sa_column_kwargs=ASSIGNED)


class Mediation(SyncedRecord, table=True):
    __tablename__ = "mediation"
    record_type: ClassVar[str] = "mediation"

    case_id: str = Field(index=True, foreign_key="case.id")
    held_on: date
    parties: list[dict[str, str]] = Field(default_factory=list, sa_type=JSON)
    subject: str
    agreements: str = ""
    outcome: str = "agreement"  # agreement | partial | no_agreement


class Referral(SyncedRecord, table=True):
    __tablename__ = "referral"
    record_type: ClassVar[str] = "referral"

    case_id: str = Field(index=True, foreign_key="case.id")
    institution: str = Field(index=True)
    reason: str
    urgency: str = "normal"  # normal | urgent | immediate
    assigned_to: str = Field(default="", max_length=80, sa_column_kwargs=ASSIGNED)


class ReferralStatus(SyncedRecord, table=True):
    """One step in a referral's life; the referral's status is its latest step."""

    __tablename__ = "referral_status"
    record_type: ClassVar[str] = "referral_status"
    append_only: ClassVar[bool] = True

    referral_id: str = Field(index=True, foreign_key="referral.id")
    status: str
    note: str = ""
    # The institution's answer (contra-referencia) or the measure it issued.
    answer: str = ""
    recorded_at: datetime | None = None  # see RECORDED_AT

    @property
    def moment(self) -> datetime:
        return self.recorded_at or self.created_at


class FollowUp(SyncedRecord, table=True):
    """An agenda item: something due on a date."""

    __tablename__ = "follow_up"
    record_type: ClassVar[str] = "follow_up"

    case_id: str | None = Field(default=None, index=True)
    household_id: str | None = Field(default=None, index=True)
    due_on: date = Field(index=True)
    description: str
    done: bool = False
    assigned_to: str = Field(default="", max_length=80, sa_column_kwargs=ASSIGNED)
