"""The compliance report's numbers equal an independent count over the exported records,
for the canton, one parish and a span of months; the PDF and XLSX carry them and no names."""

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.core.catalogs import Catalogs
from app.core.clock import FixedClock
from app.core.ids import new_id
from app.core.records import CommunityActivity, PlanAction
from app.core.records.community import ATTENDANCE_KEYS
from app.core.records.plans import CANTON
from app.core.services.plan_compliance import PlanComplianceService, PlanPeriod
from app.core.store.keyring import LocalUser
from app.core.workspace import Workspace, initialise
from app.reports import api
from tests.helpers.constants import NOW, PASSWORD, TODAY
from tests.helpers.independent_plans import expected_compliance
from tests.helpers.pdf import pdf_text

LINES = ["C1 Capacitación integral", "C2 Fortalecimiento organizativo",
         "C3 Salud familiar y comunitaria", ""]
PARISHES = ["PIL", "QUI", "IZA"]
RESPONSIBLE = "Marcela Tixe Guamán"  # a person named as responsible: never printed
ATTENDEE = ("Wilson Efraín", "Caiza Pandi")


@dataclass
class World:
    ws: Workspace
    deleted_action: PlanAction


@pytest.fixture(scope="module")
def world(tmp_path_factory, catalogs: Catalogs) -> Iterator[World]:
    """The POA and three PTAs of 2026 with seeded random actions and activities: some in
    planned months, some not, some of other years, some deleted."""
    ws = initialise(tmp_path_factory.mktemp("compliance") / "data",
                    LocalUser("tito", "tecnico", ""), PASSWORD, catalogs, FixedClock(NOW))
    rng = random.Random(15)
    actions: list[PlanAction] = []
    for parish in [CANTON, *PARISHES]:
        plan = ws.plans.create_plan(2026, parish, title=f"Plan {parish or 'POA'}")
        actions += ws.plans.add_actions(plan.id, [{
            "line": rng.choice(LINES), "proposed_action": f"Acción {parish} {i}",
            "responsible": RESPONSIBLE, "activity_type": "taller",
            "months": sorted(rng.sample(range(1, 13), rng.randint(1, 5))),
            "target_events": rng.choice([None, 2, 4]),
            "target_participants": rng.choice([{}, {"adultos_mujeres": 30},
                                               {"ninez_hombres": 10, "ninez_mujeres": 10}]),
        } for i in range(rng.randint(4, 7))])
    other = ws.plans.create_plan(2025, CANTON)
    old = ws.plans.add_actions(other.id, [{"proposed_action": "Del año pasado",
                                           "months": [3]}])
    activities = []
    for _ in range(160):
        action = rng.choice(actions)
        month = rng.choice(action.months) if rng.random() < 0.7 else rng.randint(1, 11)
        year = 2026 if rng.random() < 0.9 else 2025
        activities.append(CommunityActivity(
            id=new_id(), activity_type="taller",
            held_on=min(date(year, month, rng.randint(1, 28)), TODAY),
            parish=rng.choice(PARISHES), topic="Taller",
            plan_action_id=rng.choice([action.id, action.id, action.id, old[0].id]),
            attendance={k: rng.randint(0, 6) for k in rng.sample(ATTENDANCE_KEYS, 3)}))
    with ws.db.write() as s:  # one transaction: the writer of the demo and the imports
        ws.writer.create_many(s, activities)
    ws.activities.add_attendees(activities[0].id, [{
        "sex": "hombre", "age_group": "adultos", "given_names": ATTENDEE[0],
        "surnames": ATTENDEE[1], "name_consent": "self", "consent_on": TODAY}])
    with ws.db.write() as s:
        for activity in activities[1:12]:
            ws.writer.delete(s, CommunityActivity, activity.id)
        ws.writer.delete(s, PlanAction, actions[-1].id)
    yield World(ws, actions[-1])
    ws.close()


PERIODS = [PlanPeriod(2026), PlanPeriod(2026, 3, 8), PlanPeriod(2026, 1, 12, "QUI"),
           PlanPeriod(2026, 11, 11, CANTON), PlanPeriod(2025, 1, 12)]


@pytest.mark.parametrize("period", PERIODS, ids=str)
def test_compliance_equals_an_independent_count(world, period):
    ws = world.ws
    got = PlanComplianceService(ws.plans).compliance(period, TODAY)
    want = expected_compliance(ws.db, period.year, period.first, period.last,
                               period.parish, TODAY)
    rows = {a.action.id: a for line in got.lines for a in line.actions}
    assert set(rows) == set(want) and want
    assert world.deleted_action.id not in rows
    for action_id, exp in want.items():
        row = rows[action_id]
        assert (row.plan.parish, row.action.line.strip()) == (exp.parish, exp.line)
        assert set(row.planned) == exp.planned
        assert set(row.done) == exp.done
        assert set(row.late) == exp.late
        assert row.total_events == exp.events
        assert row.total_participants == exp.participants
        assert {k: v for k, v in row.attendance.items() if v} == \
            {k: v for k, v in exp.attendance.items() if v}
    t = got.totals
    assert t.planned == sum(len(e.planned) for e in want.values())
    assert t.done == sum(len(e.done) for e in want.values())
    assert t.late == sum(len(e.late) for e in want.values())
    assert t.events == sum(e.events for e in want.values())
    assert t.participants == sum(e.participants for e in want.values())
    for line in got.lines:
        mine = [e for e in want.values() if e.line == line.line]
        assert line.totals.done == sum(len(e.done) for e in mine)
        for m in period.months:
            assert line.totals.planned_by_month.get(m, 0) == \
                sum(m in e.planned for e in mine)
            assert line.totals.done_by_month.get(m, 0) == sum(m in e.done for e in mine)


def test_the_count_is_not_empty(world):
    """Guards the test above: the data has done, late and unplanned months."""
    got = PlanComplianceService(world.ws.plans).compliance(PlanPeriod(2026), TODAY)
    rows = [a for line in got.lines for a in line.actions]
    assert got.totals.done and got.totals.late and any(a.unplanned for a in rows)
    assert len(got.lines) == 4 and len(got.plans) == 4


@pytest.fixture(scope="module")
def printed(world, tmp_path_factory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("plan-report")
    ctx = api.context(world.ws)
    api.plan_report(ctx, PlanPeriod(2026, 1, 12), out / "plan.pdf")
    api.plan_report(ctx, PlanPeriod(2026, 1, 12), out / "plan.xlsx")
    return out / "plan.pdf", out / "plan.xlsx"


def test_the_pdf_holds_lines_late_months_and_no_names(world, printed):
    text = " ".join(pdf_text(printed[0]))
    for expected in ("Informe de cumplimiento del plan", "Año 2026 · enero a diciembre",
                     "Cantón Ambato: POA y PTA de cada parroquia",
                     "C1 Capacitación integral", "Sin componente",
                     "sin actividad registrada", "Pilahuín"):
        assert expected in text, expected
    got = PlanComplianceService(world.ws.plans).compliance(PlanPeriod(2026), TODAY)
    assert f"{got.totals.done} de {got.totals.planned}" in text
    for name in (RESPONSIBLE, *ATTENDEE):
        assert name not in text


def test_the_xlsx_holds_one_row_per_action_with_the_numbers(world, printed):
    book = load_workbook(printed[1], read_only=True)
    assert book.sheetnames == ["Resumen", "Acciones", "Componentes", "Participantes"]
    rows = list(book["Acciones"].iter_rows(values_only=True))
    header = rows[0]
    want = expected_compliance(world.ws.db, 2026, 1, 12, None, TODAY)
    assert len(rows) - 1 == len(want)
    events = header.index("Actividades realizadas")
    assert sum(r[events] for r in rows[1:]) == sum(e.events for e in want.values())
    flat = " ".join(str(c) for row in book["Acciones"].iter_rows(values_only=True)
                    for c in row if c is not None)
    assert RESPONSIBLE not in flat and ATTENDEE[1] not in flat
    book.close()
