"""Work plans: the Consejo's POA for the canton and each defensoría's PTA for its parish.

Two record types, not one record holding nested lines and actions: a field patch is the
unit of a sync merge (concurrent edits of different fields merge, of one field conflict),
so with the actions nested in one JSON field two people editing two different actions of
one plan would conflict on that field. One record per action makes them independent
records; the plan keeps only what describes the whole plan. A line (component, axis or
line of action, e.g. "C1 Capacitación integral") is a label the actions carry, as in the
spreadsheets the plans come from; its order is the order of its first action.
"""

import uuid
from typing import ClassVar

from sqlalchemy import JSON
from sqlmodel import Field

from app.core.plan_owners import CANTON as CANTON
from app.core.records.base import SyncedRecord

# A plan's id is made from its year and owner: there is one plan a year for each, and
# two people who each start it offline start one record, which merges on the server
# (sync/server/batch.py `KEYED`) instead of two plans of one parish for one year.
_PLAN_IDS = uuid.UUID("6f1c2a52-3f0e-4d8e-9b1a-2c7e5d4b8a10")


def plan_id(year: int, parish: str) -> str:
    return str(uuid.uuid5(_PLAN_IDS, f"{year}/{parish or 'canton'}"))


class Plan(SyncedRecord, table=True):
    __tablename__ = "plan"
    record_type: ClassVar[str] = "plan"

    year: int = Field(index=True)
    parish: str = Field(default=CANTON, index=True, max_length=8)
    title: str = ""
    strategic_objective: str = ""
    specific_objectives: list[str] = Field(default_factory=list, sa_type=JSON)

    @property
    def is_poa(self) -> bool:
        return self.parish == CANTON


class PlanAction(SyncedRecord, table=True):
    __tablename__ = "plan_action"
    record_type: ClassVar[str] = "plan_action"

    plan_id: str = Field(index=True, max_length=36)
    position: int = 0  # order within the plan, as the matrix lists it
    line: str = ""  # component / axis / line of action
    responsible: str = ""  # unit or person
    aspects_to_keep: str = ""
    aspects_to_correct: str = ""
    proposed_action: str
    months: list[int] = Field(default_factory=list, sa_type=JSON)  # 1..12 of the plan's year
    activity_type: str = ""  # the kind of activity that carries it out, or ''
    target_events: int | None = None
    # By sex and age group (community.ATTENDANCE_KEYS) where the target says so.
    target_participants: dict[str, int] = Field(default_factory=dict, sa_type=JSON)
    budget_cents: int | None = None  # US dollars × 100: no float rounding in sums
