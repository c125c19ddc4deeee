"""Demo work plans: the canton's POA and each parish's PTA for the current year, in the
components of the Loja programme (seed 002), with community activities that carry out
part of what was planned up to today — some months done, some late."""

import random
from collections.abc import Callable
from datetime import date

from app.core.records import CommunityActivity, Plan, PlanAction, SyncedRecord
from app.core.records.community import ATTENDANCE_KEYS
from app.core.records.plans import CANTON

# (line, action, activity type, months)
POA_ACTIONS = (
    ("C1 Capacitación integral", "Capacitación especializada en mediación y derivación "
     "de casos de vulneración de derechos", "capacitacion", (3, 6, 9)),
    ("C1 Capacitación integral", "Foro sobre violencia intrafamiliar y bienestar en la "
     "familia", "foro", (5,)),
    ("C2 Fortalecimiento organizativo", "Asesoramiento técnico en el Plan de Trabajo "
     "Anual (PTA) de las defensorías comunitarias", "reunion_comunitaria", (1, 2)),
    ("C2 Fortalecimiento organizativo", "Encuentro cantonal de socialización de "
     "experiencias de los defensores comunitarios", "reunion_comunitaria", (11,)),
    ("C3 Salud familiar y comunitaria", "Ferias de salud y nutrición", "feria",
     (4, 8, 12)),
    ("C5 Comunicación y difusión", "Difusión de material de promoción de los derechos "
     "de niños, niñas y adolescentes", "campana", tuple(range(1, 13))),
)
PTA_ACTIONS = (
    ("C1 Capacitación integral", "Talleres de buen trato con padres y madres de familia",
     "taller", (2, 5, 8, 11)),
    ("C1 Capacitación integral", "Rescate de juegos tradicionales con niños, niñas y "
     "adolescentes", "capacitacion", (7,)),
    ("C2 Fortalecimiento organizativo", "Asamblea de la defensoría comunitaria",
     "reunion_comunitaria", (1, 6, 12)),
    ("C3 Salud familiar y comunitaria", "Caminata por la salud familiar",
     "caminata_salud", (9,)),
    ("C4 Emprendimientos productivos", "Participación en la feria artesanal del cantón",
     "feria", (10,)),
)
DONE_SHARE = 0.65


def demo_plans(new_id: Callable[[], str], rng: random.Random, today: date,
               parishes: list[str], with_poa: bool) -> list[SyncedRecord]:
    """The year's POA (when the user may write it) and the parishes' PTAs, with their
    activities; created in this order (a plan before its actions)."""
    out: list[SyncedRecord] = []
    owners = ([CANTON] if with_poa else []) + parishes
    for parish in owners:
        plan = Plan(id=new_id(), year=today.year, parish=parish,
                    title=f"{'POA' if parish == CANTON else 'PTA'} {today.year}",
                    strategic_objective="Promover, defender y vigilar los derechos de "
                                        "niños, niñas y adolescentes en la comunidad.")
        out.append(plan)
        for position, (line, text, kind, months) in enumerate(
                POA_ACTIONS if parish == CANTON else PTA_ACTIONS):
            action = PlanAction(id=new_id(), plan_id=plan.id, position=position, line=line,
                                responsible="Consejo Cantonal" if parish == CANTON
                                else "Defensoría comunitaria", proposed_action=text,
                                months=list(months), activity_type=kind,
                                target_events=len(months),
                                target_participants={"adultos_mujeres": 20 * len(months)})
            out.append(action)
            for month in months:
                if month > today.month or rng.random() > DONE_SHARE:
                    continue
                day = rng.randint(1, today.day if month == today.month else 28)
                out.append(CommunityActivity(
                    id=new_id(), activity_type=kind, held_on=date(today.year, month, day),
                    parish=parish or rng.choice(parishes), topic=text[:120],
                    plan_action_id=action.id,
                    attendance={k: rng.randint(0, 8) for k in ATTENDANCE_KEYS}))
    return out
