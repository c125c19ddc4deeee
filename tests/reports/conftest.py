"""Data for the report tests, made through the real services on a real encrypted store.

`field` is one family's story with names, accents and ñ that the documents must print;
`bulk` adds seeded random cases across parishes, months, types and referral paths, for
the statistics to be checked against an independent count.
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.core.rules.legal import at_least_minimum
from app.core.workspace import Workspace
from app.reports import api
from app.reports.context import ReportContext
from tests.helpers.samples import FACTS, INFORMANT, MOTHER, NEIGHBOUR


@dataclass
class Field:
    case: object
    mediable_case: object
    referral: object
    visit: object
    planned: object
    mediation: object
    mother: object
    child: object


@pytest.fixture
def ctx(workspace: Workspace) -> ReportContext:
    return api.context(workspace)


@pytest.fixture
def field(workspace: Workspace, household, child) -> Field:
    ws = workspace
    mother = ws.families.add_person(
        household_id=household.id, given_names="Rosa Elena", surnames="Muñoz Peñafiel",
        sex="mujer", birth_date=date(1990, 2, 14), doc_type="pasaporte",
        doc_number="EC7734521", phone="0991234567", relation_to_head="jefe_hogar",
        ethnicity="indigena", confirm_duplicates=True)
    ws.families.update_household(household.id, address_reference="Casa de bloque azul, "
                                 "junto a la iglesia")
    case = ws.cases.register(
        parish="PIL", household_id=household.id, affected_person_ids=[child.id],
        violation_types=["maltrato_fisico", "negligencia"], facts=FACTS,
        occurred_on=date(2026, 11, 10), place="Tamboloma, sector La Peña",
        reporter_name=INFORMANT, reporter_relation="vecina", reporter_phone="0987654321",
        aggressor_description="Padrastro, 35 años aproximadamente",
        aggressor_relation="padrastro", risk_level="alto", opened_on=date(2026, 11, 12))
    referral = ws.referrals.create(case_id=case.id, institution="junta", urgency="urgent",
                                   reason="Se solicita medida de protección: orden de "
                                          "cuidado en el hogar.")
    ws.referrals.add_status(referral.id, "received")
    planned = ws.visits.plan(household.id, date(2026, 11, 15), case_id=case.id)
    visit = ws.visits.record(
        household_id=household.id, case_id=case.id, plan_id=planned.id,
        visit_date=date(2026, 11, 15), participants=[MOTHER, "Sisa Nina Chicaiza Muñoz"],
        observations="Se conversó con la madre sobre crianza sin violencia.",
        agreements="La madre acompañará a la niña a la escuela.",
        next_visit_on=date(2026, 12, 15))
    mediable = ws.cases.register(
        parish="PIL", household_id=household.id, affected_person_ids=[child.id],
        violation_types=["negligencia"], facts="La niña queda sola por las tardes.",
        reporter_anonymous=True, risk_level="bajo", opened_on=date(2026, 11, 3))
    mediation = ws.mediations.record(
        case_id=mediable.id, held_on=date(2026, 11, 18),
        parties=[{"name": MOTHER, "role": "madre"}, {"name": NEIGHBOUR, "role": "vecino"}],
        subject="Cuidado de la niña después de la escuela",
        agreements="El vecino avisará a la madre si la niña está sola.", outcome="agreement")
    ws.activities.record(activity_type="taller", held_on=date(2026, 11, 5), parish="PIL",
                         community="Tamboloma", topic="Prevención del maltrato infantil",
                         attendance={"ninez_mujeres": 7, "ninez_hombres": 5,
                                     "adultos_mujeres": 9, "adultos_hombres": 2})
    return Field(case, mediable, referral, visit, planned, mediation, mother, child)


PATHS = [["received"], ["received", "in_attention"], ["received", "answered"],
         ["received", "answered", "closed"], ["rejected"], []]


@pytest.fixture
def bulk(workspace: Workspace, field: Field) -> int:
    """Seeded random cases over 2025–2026 in four parishes; returns how many."""
    ws, rng = workspace, random.Random(5)
    types = list(ws.catalogs.violation_types.items)
    institutions = ["junta", "fiscalia", "mies", "salud"]
    count = 0
    for i in range(36):
        parish = rng.choice(["PIL", "QUI", "IZA", "MAT"])
        home = ws.families.create_household(parish=parish, community="Centro")
        people = []
        for j in range(rng.randint(1, 3)):
            kwargs = {"birth_date": date(2026, 1, 1) - timedelta(days=rng.randint(0, 80 * 365))}
            if j == 2:  # an unknown birth date, with an age given
                kwargs = {"estimated_age": rng.choice([12, 30, 70]),
                          "estimated_on": date(2025, 6, 1)}
            people.append(ws.families.add_person(
                household_id=home.id, given_names=f"Persona{i}x{j}", surnames="Prueba Ñ",
                sex=rng.choice(["mujer", "hombre"]), confirm_duplicates=True,
                ethnicity=rng.choice(["indigena", "mestizo", ""]), **kwargs))
        case = ws.cases.register(
            parish=parish, household_id=home.id,
            affected_person_ids=[p.id for p in rng.sample(people, rng.randint(1, len(people)))],
            violation_types=(chosen := rng.sample(types, rng.choice([1, 1, 2]))),
            facts="Hechos.", reporter_anonymous=True,
            risk_level=at_least_minimum("medio", chosen, ws.catalogs),
            opened_on=date(2025, 1, 1) + timedelta(days=rng.randint(0, 690)))
        count += 1
        for inst in rng.sample(institutions, rng.randint(0, 2)):
            ref = ws.referrals.create(case_id=case.id, institution=inst, reason="Motivo.",
                                      send=rng.random() < 0.8)
            steps = rng.choice(PATHS)
            if steps and ws.referrals.history(ref.id)[-1].status == "drafted":
                steps = ["sent", *steps]  # the life cycle: a draft is sent first
            for step in steps:
                ws.referrals.add_status(ref.id, step)
        if i % 9 == 0:  # deleted cases never count
            from app.core.records import Case

            with ws.db.write() as s:
                ws.writer.delete(s, Case, case.id)
            count -= 1
    return count


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder
