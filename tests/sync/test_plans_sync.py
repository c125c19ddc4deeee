"""Work plans through the real server: the técnico's POA reaches every promoter read-only,
a promoter's PTA reaches the técnico and stays in its parish, an activity linked offline
to an action counts as done on every side after sync, and two people editing two actions
of one plan both keep their edit (one record per action). One story, on SQLite and on
PostgreSQL."""

from datetime import date

import pytest
from sqlalchemy import select

from app.core.errors import UserError
from app.core.record_words import RecordWords
from app.core.records import Conflict, PlanAction
from app.core.services.plans import READ_ONLY_POA
from app.core.sync.desk import SyncDesk
from app.core.sync.outbox import reason_message
from tests.helpers.constants import TODAY

YEAR = TODAY.year


def _done(device, action_id: str) -> dict[int, int]:
    return next(r.events for r in device.ws.plans.progress(YEAR) if r.action.id == action_id)


def test_plans_travel_by_scope_and_activities_count_everywhere(any_server,
                                                               make_device) -> None:
    tito = make_device(any_server, "tito", role="tecnico", parish="")
    ana = make_device(any_server, "ana")  # promoter of PIL
    beto = make_device(any_server, "beto", parish="SFE")
    poa = tito.ws.plans.create_plan(YEAR, title=f"POA {YEAR}")
    first, second = tito.ws.plans.add_actions(poa.id, [
        {"line": "C1 Capacitación integral", "proposed_action": "Talleres de buen trato",
         "months": [3, 6, 9]},
        {"line": "C5 Comunicación y difusión", "proposed_action": "Cuñas radiales",
         "months": [1, 2]}])
    assert tito.sync().complete
    assert ana.sync().complete and beto.sync().complete
    for promoter in (ana, beto):  # every promoter reads the POA
        assert [p.id for p in promoter.ws.plans.plans(YEAR)] == [poa.id]
        assert [a.id for a in promoter.ws.plans.actions(poa.id)] == [first.id, second.id]

    # Read-only for promoters: the app says so at once…
    with pytest.raises(UserError) as refused:
        ana.ws.plans.update_action(first.id, months=[3])
    assert refused.value.message == READ_ONLY_POA
    with pytest.raises(UserError):
        ana.ws.plans.add_actions(poa.id, [{"proposed_action": "Otra", "months": [4]}])
    # …and the server refuses an edit that did not ask (an old app): it needs attention.
    with ana.ws.db.write() as s:
        ana.ws.writer.update(s, PlanAction, first.id, {"months": [3]})
    report = ana.sync()
    assert report.rejected == 1
    [row] = SyncDesk(ana.ws.db, ana.ws.clock).needs_attention()
    assert (row.record_id, row.reason) == (first.id, "forbidden")
    words = RecordWords(ana.ws.db, ana.ws.catalogs, "es", str)  # as the list names it
    assert (words.kind(row.record_type), words.owner(row.record_type, row.record_id),
            reason_message(row.reason)) == ("Plan action", f"POA {YEAR}",
                                            "Your role may not make this change.")
    with tito.ws.db.read() as s:
        assert s.execute(select(PlanAction.months).where(
            PlanAction.id == first.id)).scalar_one() == [3, 6, 9]

    # A promoter's PTA reaches the técnico, not the other parish.
    pta = ana.ws.plans.create_plan(YEAR, "PIL", title=f"PTA {YEAR}")
    own, fair = ana.ws.plans.add_actions(pta.id, [
        {"proposed_action": "Asamblea", "months": [5]},
        {"proposed_action": "Feria", "months": [8]}])
    # Offline, ana records activities that carry out a POA action and her own.
    for action_id, day in ((first.id, date(YEAR, 6, 12)), (first.id, date(YEAR, 6, 20)),
                           (own.id, date(YEAR, 5, 2))):
        ana.ws.activities.record(activity_type="taller", held_on=day, parish="PIL",
                                 topic="Buen trato", attendance={"ninez_mujeres": 6},
                                 plan_action_id=action_id)
    assert _done(ana, first.id) == {6: 2}
    ana.sync()
    assert tito.sync().complete and beto.sync().complete
    assert {p.id for p in tito.ws.plans.plans(YEAR)} == {poa.id, pta.id}
    assert [p.id for p in beto.ws.plans.plans(YEAR)] == [poa.id]
    for device in (ana, tito):
        assert _done(device, first.id) == {6: 2}
        assert _done(device, own.id) == {5: 1}
        assert _done(device, second.id) == {}
    # Two people edit two actions of one plan at once: both edits stay, no conflict.
    ana.ws.plans.update_action(own.id, months=[5, 6])
    tito.ws.plans.update_action(fair.id, responsible="Consejo Cantonal")
    assert ana.sync().conflicts == 0 and tito.sync().conflicts == 0
    ana.sync()
    for device in (ana, tito):
        assert [(a.months, a.responsible) for a in device.ws.plans.actions(pta.id)] == [
            ([5, 6], ""), ([8], "Consejo Cantonal")]
    # The other parish's activities are not beto's to receive: his view of the POA
    # counts his parish's work only.
    assert _done(beto, first.id) == {}
    # An activity names an action of the POA or of its own parish's PTA, nothing else.
    for wrong, reason in ((own.id, "out_of_scope"), (poa.id, "invalid")):
        beto.ws.activities.record(activity_type="taller", held_on=TODAY, parish="SFE",
                                  topic="Otro", plan_action_id=wrong)
        assert beto.sync().rejected == 1
        assert SyncDesk(beto.ws.db, beto.ws.clock).needs_attention()[-1].reason == reason


def test_one_plan_a_year_for_each_owner_though_two_wrote_it_offline(any_server,
                                                                   make_device) -> None:
    # The promoter and the técnico, each offline, start the parish's PTA of the year.
    tito = make_device(any_server, "tito", role="tecnico", parish="")
    ana = make_device(any_server, "ana")
    mine = ana.ws.plans.create_plan(YEAR, "PIL", title="PTA de Pilahuín")
    [assembly] = ana.ws.plans.add_actions(mine.id, [
        {"proposed_action": "Asamblea", "months": [5]}])
    theirs = tito.ws.plans.create_plan(YEAR, "PIL", title=f"PTA {YEAR} Pilahuín")
    [fair] = tito.ws.plans.add_actions(theirs.id, [
        {"proposed_action": "Feria", "months": [8]}])
    with pytest.raises(UserError):  # on one computer the app says it exists
        ana.ws.plans.create_plan(YEAR, "PIL", title="Otro")
    assert ana.sync().complete
    report = tito.sync()
    assert report.rejected == 0 and report.pulled_all
    assert ana.sync().complete
    # One plan, both people's actions in it, and the two titles kept for a person to choose.
    for device in (ana, tito):
        [plan] = device.ws.plans.plans(YEAR)
        assert {a.id for a in device.ws.plans.actions(plan.id)} == {assembly.id, fair.id}
    with tito.ws.db.read() as s:
        [conflict] = s.execute(select(Conflict).where(Conflict.target_id == mine.id)).scalars()
    assert {conflict.kept_value, conflict.other_value} == {
        "PTA de Pilahuín", f"PTA {YEAR} Pilahuín"}
