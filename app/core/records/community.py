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

    @property
    def total_attendance(self) -> int:
        return sum(self.attendance.values())
