"""A canton's plans for the plan benchmarks: the POA and one PTA per parish, their actions
spread over five components, and community activities carrying out part of them.

`build_canton` writes them into a store in one transaction (the desktop's own writer), so
the page and the compliance report read what a real year of work looks like.
"""

import random
from datetime import date

from app.core.ids import new_id
from app.core.records import CommunityActivity, Plan, PlanAction, SyncedRecord
from app.core.records.community import ATTENDANCE_KEYS
from app.core.records.plans import CANTON
from app.core.workspace import Workspace

LINES = ("C1 Capacitación integral", "C2 Fortalecimiento organizativo",
         "C3 Salud familiar y comunitaria", "C4 Emprendimientos productivos",
         "C5 Comunicación y difusión")
KINDS = ("capacitacion", "taller", "feria", "foro", "reunion_comunitaria", "campana")


def build_canton(ws: Workspace, parishes: int = 18, actions: int = 300,
                 activities: int = 5_000, seed: int = 1) -> dict[str, int]:
    """This year's POA and `parishes` PTAs with `actions` actions in all and `activities`
    activities held up to today (most in planned months); returns what it wrote."""
    rng, today = random.Random(seed), ws.today()
    codes = list(ws.catalogs.territory.parishes)[:parishes]
    records: list[SyncedRecord] = []
    plans = [Plan(id=new_id(), year=today.year, parish=owner,
                  title=f"{'POA' if owner == CANTON else 'PTA'} {today.year}")
             for owner in [CANTON, *codes]]
    records += plans
    made: list[PlanAction] = []
    for i in range(actions):
        plan = plans[i % len(plans)]
        months = sorted(rng.sample(range(1, 13), rng.randint(1, 6)))
        made.append(PlanAction(
            id=new_id(), plan_id=plan.id, position=i // len(plans),
            line=LINES[rng.randrange(len(LINES))], proposed_action=f"Acción {i + 1} del plan",
            months=months, activity_type=rng.choice(KINDS), target_events=len(months),
            target_participants={"adultos_mujeres": 15 * len(months),
                                 "adultos_hombres": 10 * len(months)}))
    records += made
    owners = {p.id: p.parish for p in plans}
    for _ in range(activities):
        action = rng.choice(made)
        month = rng.choice(action.months) if rng.random() < 0.8 else rng.randint(1, 12)
        held = min(date(today.year, month, rng.randint(1, 28)), today)
        records.append(CommunityActivity(
            id=new_id(), activity_type=action.activity_type, held_on=held,
            parish=owners[action.plan_id] or rng.choice(codes), topic="Actividad del plan",
            plan_action_id=action.id,
            attendance={k: rng.randint(0, 6) for k in rng.sample(ATTENDANCE_KEYS, 4)}))
    with ws.db.write() as s:
        ws.writer.create_many(s, records)
    return {"plans": len(plans), "actions": len(made), "activities": activities}
