"""A canton's year of work plans for the plan benchmarks: the Consejo's POA and one PTA per
parish, their actions spread over the plans, and community activities linked to them in
planned months up to today (some actions fulfilled, some late). Reusable by every plan
benchmark (the plan page, the compliance report): `build_canton(ws)`."""

import random
import uuid
from dataclasses import dataclass
from datetime import date

from app.core.records import CommunityActivity, Plan, PlanAction, SyncedRecord
from app.core.records.community import ATTENDANCE_KEYS
from app.core.records.plans import CANTON
from app.core.workspace import Workspace

LINES = ("C1 Capacitación integral", "C2 Fortalecimiento organizativo",
         "C3 Salud familiar y comunitaria", "C4 Emprendimientos productivos",
         "C5 Comunicación y difusión")


@dataclass
class Canton:
    year: int
    parishes: list[str]
    plans: int
    actions: int
    activities: int


def build_canton(ws: Workspace, parishes: int = 18, actions: int = 300,
                 activities: int = 5000, seed: int = 1) -> Canton:
    """Write the POA and `parishes` PTAs of today's year, `actions` actions spread over
    them, and `activities` activities linked to those actions, in one transaction."""
    rng = random.Random(seed)
    today = ws.today()
    types = list(ws.catalogs.activity_types.items)
    codes = sorted(ws.catalogs.territory.parishes)[:parishes]
    owners = [CANTON, *codes]
    records: list[SyncedRecord] = []
    plans = [Plan(id=str(uuid.UUID(int=rng.getrandbits(128))), year=today.year,
                  parish=owner, title=f"{'POA' if owner == CANTON else 'PTA'} {today.year}")
             for owner in owners]
    records += plans
    made: list[tuple[PlanAction, str]] = []
    for i in range(actions):
        plan = plans[i % len(plans)]
        months = sorted(rng.sample(range(1, 13), rng.randint(1, 4)))
        action = PlanAction(
            id=str(uuid.UUID(int=rng.getrandbits(128))), plan_id=plan.id,
            position=i // len(plans), line=LINES[i % len(LINES)],
            responsible="Consejo Cantonal" if plan.parish == CANTON else "Defensoría",
            proposed_action=f"Acción {i + 1}: talleres y encuentros sobre los derechos de "
                            "niñas, niños y adolescentes",
            months=months, activity_type=rng.choice(types), target_events=len(months),
            target_participants={"adultos_mujeres": 20 * len(months)})
        made.append((action, plan.parish or rng.choice(codes)))
        records.append(action)
    for _ in range(activities):
        action, parish = rng.choice(made)
        done = [m for m in action.months if m <= today.month] or [rng.randint(1, 12)]
        month = rng.choice(done)
        day = rng.randint(1, min(28, today.day) if (month == today.month) else 28)
        records.append(CommunityActivity(
            id=str(uuid.UUID(int=rng.getrandbits(128))), activity_type=action.activity_type,
            held_on=date(today.year, month, day), parish=parish, topic="Buen trato",
            plan_action_id=action.id,
            attendance={k: rng.randint(0, 6) for k in ATTENDANCE_KEYS}))
    with ws.db.write() as s:
        ws.writer.create_many(s, records)
    return Canton(today.year, codes, len(plans), actions, activities)
