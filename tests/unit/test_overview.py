"""The canton overview's figures (SQL in CantonOverview) against an independent count in
Python over every record of a seeded random canton; the list behind each figure holds
exactly the records counted."""

import random
from collections import Counter
from datetime import date, timedelta

from sqlalchemy import select

from app.core.clock import FixedClock
from app.core.records import Case, FollowUp, Household, Referral, ReferralStatus, Visit
from app.core.services.followups import FollowUpService
from app.core.services.overview import FIGURES, CantonOverview
from app.core.services.referral_steps import latest
from app.core.workspace import Workspace
from tests.helpers.constants import NOW, TODAY

PARISHES = ["PIL", "QUI", "IZA", "MAT"]
RISKS = ["bajo", "medio", "alto", "critico"]
PATHS = [[], ["received"], ["received", "in_attention"], ["received", "answered"],
         ["rejected"], ["received", "answered", "closed"]]


def _canton(ws: Workspace, clock: FixedClock, seed: int = 7) -> None:
    """Random families, cases, referrals, visits and follow-ups over the last 12 days;
    the clock moves on as they are recorded and ends at NOW."""
    rng = random.Random(seed)
    clock.at = NOW - timedelta(days=12)
    followups = FollowUpService(ws.context())
    for i in range(40):
        clock.advance(timedelta(hours=rng.randint(1, 7)))
        parish = rng.choice(PARISHES)
        home = ws.families.create_household(parish=parish, community=f"Comunidad {i}")
        child = ws.families.add_person(household_id=home.id, given_names=f"Niña{i}",
                                       surnames="Prueba", sex="mujer",
                                       birth_date=date(2016, 1, 1), confirm_duplicates=True)
        if rng.random() < 0.2:  # a family visit, of no case
            ws.visits.plan(home.id, TODAY + timedelta(days=rng.randint(-9, 5)))
            continue
        case = ws.cases.register(parish=parish, household_id=home.id,
                                 affected_person_ids=[child.id],
                                 violation_types=["negligencia"], facts="Hechos.",
                                 risk_level=rng.choice(RISKS), reporter_anonymous=True)
        for _ in range(rng.randint(0, 2)):
            referral = ws.referrals.create(case_id=case.id, reason="Motivo.",
                                           institution=rng.choice(["junta", "mies"]))
            for step in rng.choice(PATHS):
                clock.advance(timedelta(hours=rng.randint(1, 30)))
                ws.referrals.add_status(referral.id, step)
        for _ in range(rng.randint(0, 2)):
            plan = ws.visits.plan(home.id, TODAY + timedelta(days=rng.randint(-9, 5)),
                                  case.id)
            if rng.random() < 0.3:
                ws.visits.record(household_id=home.id, case_id=case.id, plan_id=plan.id,
                                 visit_date=clock.today(), observations="Hecha.")
        for _ in range(rng.randint(0, 2)):
            due = TODAY + timedelta(days=rng.randint(-9, 5))
            follow = followups.schedule(case.id, due, "Llamar.")
            if rng.random() < 0.3:
                followups.mark_done(follow.id)
        if rng.random() < 0.2:
            ws.cases.change_status(case.id, "closed", "Atendido.")
        elif rng.random() < 0.1:
            with ws.db.write() as s:  # a deleted case counts nowhere
                ws.writer.delete(s, Case, case.id)
    clock.at = NOW


def _independent(ws: Workspace) -> dict[tuple[str, str, str], set[str]]:
    """(figure, parish, risk) → the ids counted, by reading every record in Python."""
    out: dict[tuple[str, str, str], set[str]] = {}
    with ws.db.read() as s:
        cases = {c.id: c for c in s.execute(select(Case)).scalars()}
        homes = {h.id: h for h in s.execute(select(Household)).scalars()}
        visits = list(s.execute(select(Visit)).scalars())
        steps: dict[str, list[ReferralStatus]] = {}
        for step in s.execute(select(ReferralStatus).order_by(
                ReferralStatus.server_version, ReferralStatus.created_at)).scalars():
            steps.setdefault(step.referral_id, []).append(step)
        referrals = list(s.execute(select(Referral)).scalars())
        follows = list(s.execute(select(FollowUp)).scalars())

    def live(case_id: str | None) -> bool:
        return case_id is None or (not cases[case_id].deleted and
                                   cases[case_id].status != "closed")

    for c in cases.values():
        if live(c.id):
            out.setdefault(("open_cases", c.parish, c.risk_level), set()).add(c.id)
    cutoff = NOW - timedelta(hours=48)
    for r in referrals:
        current = latest(steps[r.id])
        if not r.deleted and not cases[r.case_id].deleted and \
                current.status in ("sent", "received") and current.created_at <= cutoff:
            out.setdefault(("waiting_referrals", cases[r.case_id].parish, ""),
                           set()).add(r.id)
    fulfilled = {v.plan_id for v in visits if v.plan_id}
    for v in visits:
        if v.state == "planned" and v.visit_date < TODAY and v.id not in fulfilled \
                and live(v.case_id):
            out.setdefault(("overdue_visits", homes[v.household_id].parish, ""),
                           set()).add(v.id)
    for f in follows:
        if not f.done and f.due_on < TODAY and live(f.case_id):
            parish = cases[f.case_id].parish if f.case_id else homes[f.household_id].parish
            out.setdefault(("overdue_follow_ups", parish, ""), set()).add(f.id)
    return out


def test_figures_match_an_independent_count(workspace, clock):
    _canton(workspace, clock)
    expected = _independent(workspace)
    assert {figure for figure, _, _ in expected} == set(FIGURES)  # every figure is tried
    overview = CantonOverview(workspace.db, clock)
    counted: Counter = Counter()
    for parish, figures in overview.figures().items():
        for risk, n in figures.open_by_risk.items():
            counted["open_cases", parish, risk] = n
        for figure in FIGURES[1:]:
            if getattr(figures, figure):
                counted[figure, parish, ""] = getattr(figures, figure)
    assert counted == Counter({key: len(ids) for key, ids in expected.items()})
    # The list behind each figure: exactly what was counted, per parish and per risk.
    for (figure, parish, risk), ids in expected.items():
        items = overview.items(figure, parish, risk)
        assert {i.record_id for i in items} == ids, (figure, parish, risk)
        assert [i.day for i in items] == sorted(i.day for i in items)
    whole = overview.items("overdue_visits")
    assert len(whole) == sum(len(ids) for (f, _, _), ids in expected.items()
                             if f == "overdue_visits")


def test_list_items_name_who_the_case_affects(workspace, clock, child):
    case = workspace.cases.register(parish="PIL", household_id=child.household_id,
                                    affected_person_ids=[child.id],
                                    violation_types=["negligencia"], facts="Hechos.",
                                    risk_level="alto", reporter_anonymous=True)
    [item] = CantonOverview(workspace.db, clock).items("open_cases", "PIL", "alto")
    assert (item.case_code, item.detail, item.day) == (case.code, "alto", TODAY)
    assert [p.full_name for p in item.affected] == ["Sisa Nina Chicaiza Muñoz"]


def test_the_48_hours_run_on_the_injected_clock(workspace, clock, child):
    case = workspace.cases.register(parish="PIL", affected_person_ids=[child.id],
                                    violation_types=["negligencia"], facts="Hechos.",
                                    risk_level="alto", reporter_anonymous=True)
    workspace.referrals.create(case_id=case.id, institution="junta", reason="Motivo.")
    overview = CantonOverview(workspace.db, clock)
    clock.advance(timedelta(hours=47))
    assert overview.figures()["PIL"].waiting_referrals == 0
    clock.advance(timedelta(hours=2))
    assert overview.figures()["PIL"].waiting_referrals == 1
