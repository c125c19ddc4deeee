"""The law at the right moment (required referrals, minimum risk) and the visit agenda:
rules on plain data, and the agenda read from a real store."""

from datetime import timedelta

import pytest

from app.core.errors import ValidationFailed
from app.core.i18n import translator
from app.core.records import Case
from app.core.rules.legal import at_least_minimum, minimum_risk, missing_referrals
from app.core.rules.records import Related, record_problems
from app.core.services.agenda import AgendaService
from tests.helpers.constants import TODAY
from tests.helpers.samples import CASE


@pytest.fixture
def agenda(workspace, clock) -> AgendaService:
    return AgendaService(workspace.db, clock, "ana", workspace.catalogs)


def _case(ws, child, types: list[str], risk: str = "alto"):
    return ws.cases.register(parish="PIL", household_id=child.household_id,
                             affected_person_ids=[child.id], violation_types=types,
                             facts="Hechos", risk_level=risk, reporter_anonymous=True)


def test_every_type_names_a_known_minimum_risk(catalogs):
    for item in catalogs.violation_types.items.values():
        assert item.extra["min_risk"] in catalogs.risk_levels, item.code


@pytest.mark.parametrize(("types", "floor"), [
    (["negligencia"], "bajo"),
    (["maltrato_fisico"], "medio"),
    (["negligencia", "abuso_sexual"], "alto"),
    (["abuso_sexual", "trata_trafico"], "critico"),
    (["codigo_retirado"], None),
])
def test_minimum_risk_is_the_highest_of_the_types(catalogs, types, floor):
    assert minimum_risk(types, catalogs) == floor
    assert at_least_minimum("bajo", types, catalogs) == (floor or "bajo")
    assert at_least_minimum("critico", types, catalogs) == "critico"


def test_risk_below_the_minimum_is_refused_by_the_service(workspace, child):
    with pytest.raises(ValidationFailed) as info:
        _case(workspace, child, ["negligencia", "abuso_sexual"], risk="medio")
    [problem] = info.value.problems
    assert problem.field == "risk_level"
    assert problem.render(translator("es")) == \
        "Para Abuso sexual el nivel de riesgo es al menos Alto."
    case = _case(workspace, child, ["maltrato_fisico"], risk="medio")
    with pytest.raises(ValidationFailed):  # a sexual type added: the risk must rise too
        workspace.cases.update(case.id, violation_types=["maltrato_fisico", "abuso_sexual"])
    updated = workspace.cases.update(case.id, risk_level="alto",
                                     violation_types=["maltrato_fisico", "abuso_sexual"])
    assert updated.risk_level == "alto"


def test_a_case_stored_below_a_newer_minimum_can_still_be_worked_on(catalogs):
    stored = Case.model_validate({**CASE, "status": "open", "risk_level": "medio"})
    closing = Case.model_validate({**CASE, "risk_level": "medio"})
    related = Related(stored, referred_to=frozenset({"fiscalia"}))
    assert record_problems(closing, catalogs, TODAY, related) == []
    lowered = Case.model_validate({**CASE, "status": "open", "risk_level": "bajo"})
    assert [p.field for p in record_problems(lowered, catalogs, TODAY, Related(stored))] \
        == ["risk_level"]
    new = Case.model_validate({**CASE, "status": "open", "risk_level": "medio"})
    assert [p.field for p in record_problems(new, catalogs, TODAY)] == ["risk_level"]


def test_missing_referrals_follow_the_route(catalogs):
    assert missing_referrals(["abuso_sexual"], [], catalogs) == ["fiscalia", "junta"]
    assert missing_referrals(["abuso_sexual"], ["junta"], catalogs) == ["fiscalia"]
    assert missing_referrals(["negligencia"], [], catalogs) == []


def test_agenda_lists_cases_that_must_be_referred_until_really_sent(workspace, child,
                                                                    agenda):
    sexual = _case(workspace, child, ["abuso_sexual"])
    _case(workspace, child, ["negligencia"], risk="bajo")
    closed = _case(workspace, child, ["maltrato_fisico"])
    workspace.referrals.create(case_id=closed.id, institution="junta", reason="Medidas")
    workspace.cases.change_status(closed.id, "closed", "Atendido")
    other = _case(workspace, child, ["maltrato_psicologico"])

    def listed() -> dict[str, tuple[str, ...]]:
        return {i.case_id: i.institutions for i in agenda.must_refer().items}

    assert listed() == {sexual.id: ("fiscalia", "junta"), other.id: ("junta",)}
    workspace.referrals.create(case_id=sexual.id, institution="fiscalia", reason="Borrador",
                               send=False)
    rejected = workspace.referrals.create(case_id=sexual.id, institution="junta",
                                          reason="Medidas")
    workspace.referrals.add_status(rejected.id, "rejected", note="No competente")
    assert listed()[sexual.id] == ("fiscalia", "junta")  # a draft, a rejection: not sent
    assert workspace.cases.missing_referrals(sexual.id) == ["fiscalia", "junta"]
    workspace.referrals.create(case_id=sexual.id, institution="junta", reason="Medidas")
    assert listed()[sexual.id] == ("fiscalia",)
    workspace.referrals.create(case_id=sexual.id, institution="fiscalia", reason="Delito")
    assert sexual.id not in listed()
    assert workspace.cases.missing_referrals(sexual.id) == []


def test_agenda_shows_the_next_fourteen_days(workspace, household, agenda):
    for days in (-3, 0, 1, 14, 15):
        workspace.visits.plan(household.id, TODAY + timedelta(days=days))
    loaded = agenda.load()
    assert [i.due - TODAY for i in loaded.visits] == [timedelta(-3), timedelta(0)]
    assert [i.due - TODAY for i in loaded.upcoming_visits] == [timedelta(1), timedelta(14)]
    assert not any(i.overdue for i in loaded.upcoming_visits)


@pytest.mark.parametrize("cancel", [True, False])
def test_closing_a_case_cancels_or_keeps_its_planned_visits(workspace, child, agenda,
                                                            cancel):
    case = _case(workspace, child, ["negligencia"], risk="bajo")
    late = workspace.visits.plan(child.household_id, TODAY - timedelta(days=2), case.id)
    soon = workspace.visits.plan(child.household_id, TODAY + timedelta(days=3), case.id)
    done = workspace.visits.plan(child.household_id, TODAY - timedelta(days=9), case.id)
    workspace.visits.record(household_id=child.household_id, case_id=case.id,
                            plan_id=done.id, visit_date=TODAY - timedelta(days=8),
                            observations="Hecha.")
    assert [v.id for v in workspace.visits.pending_for_case(case.id)] == [late.id, soon.id]
    workspace.cases.change_status(case.id, "closed", "Resuelto",
                                  cancel_planned_visits=cancel)
    loaded = agenda.load()
    assert loaded.visits == []  # a closed case's plans are never overdue
    visits = workspace.visits.for_household(child.household_id)
    cancelled = {v.plan_id: v for v in visits if v.state == "cancelled"}
    if cancel:
        assert set(cancelled) == {late.id, soon.id}
        assert all(v.visit_date == TODAY and v.observations == "Resuelto"
                   for v in cancelled.values())
        assert loaded.upcoming_visits == []
        assert workspace.visits.pending_for_case(case.id) == []
    else:
        assert cancelled == {}
        assert [i.record_id for i in loaded.upcoming_visits] == [soon.id]
