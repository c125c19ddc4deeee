"""Community work that is not about one family: trainings, fairs, workshops."""

from datetime import date
from typing import ClassVar

from sqlalchemy import JSON
from sqlmodel import Field

from app.core.records.base import SyncedRecord

# Attendance is counted by sex and age group, as the Consejo reports it.
ATTENDANCE_KEYS = tuple(
    f"{group}_{sex}"
    for group in ("ninez", "adolescencia", "adultos", "adultos_mayores")
    for sex in ("mujeres", "hombres")
)


class CommunityActivity(SyncedRecord, table=True):
    __tablename__ = "activity"
    record_type: ClassVar[str] = "activity"

    activity_type: str
    held_on: date = Field(index=True)
    parish: str = Field(index=True, max_length=8)
    community: str = ""
    topic: str
    attendance: dict[str, int] = Field(default_factory=dict, sa_type=JSON)
    # The plan action this activity carries out, if any: its month counts as done.
    plan_action_id: str | None = Field(default=None, index=True, max_length=36)
    hours: float | None = None  # a training's length, printed on its certificates

    @property
    def total_attendance(self) -> int:
        return sum(self.attendance.values())


# The sexes the Consejo's attendance sheets count (ATTENDANCE_KEYS), by the sexes
# catalog's codes.
ATTENDANCE_SEX = {"mujer": "mujeres", "hombre": "hombres"}
AGE_GROUPS = ("ninez", "adolescencia", "adultos", "adultos_mayores")


class Attendee(SyncedRecord, table=True):
    """One participant on an activity's attendance list.

    A record of its own, not an item of a list field of the activity: two promoters adding
    participants offline create two records, which never conflict; a list field would be
    one value edited twice (a conflict to resolve by hand). The name is optional: without
    consent to keep it (`name_consent`) the participant is only counted. When an activity
    has a list, its `attendance` counts are derived from it on every device (triggers of
    migration 0016): never typed twice, never a second value to conflict on.
    """

    __tablename__ = "attendee"
    record_type: ClassVar[str] = "attendee"

    activity_id: str = Field(index=True, max_length=36)
    sex: str  # ATTENDANCE_SEX's keys
    age_group: str  # AGE_GROUPS
    given_names: str = ""
    surnames: str = ""
    # Consent to record the name and print it on a certificate (LOPDP Art. 21): "self"
    # (adults, adolescents from 15) or "representative"; "" — no consent, no name.
    name_consent: str = ""
    consent_on: date | None = None
    # The age in years, as said at sign-in: only needed to show that an adolescent who
    # consents alone is 15 or older (the group says 12 to 17); else left empty.
    age: int | None = None

    @property
    def name(self) -> str:
        return f"{self.given_names} {self.surnames}".strip()
