"""The table of what each role may do (app/core/permissions.py) against the real server:
every action, performed by every role on its own synced store and pushed, is applied when
the table offers it and rejected when it does not. The UI offers only what the table
allows (tests/ui/test_roles.py), so no role is offered what the server would refuse."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select

from app.core import permissions
from app.core.errors import UserError
from app.core.records import DataRequest, FollowUp, OutboxEntry
from app.core.services.followups import FollowUpService
from app.core.services.requests import RequestService
from app.core.sync.conflicts import ConflictService
from app.core.workspace import Workspace
from app.core.writer import RecordNotFound
from tests.helpers.constants import TODAY


@dataclass
class Ids:
    household: str
    child: str
    mother: str
    case: str
    referral: str


def _who(ws: Workspace) -> str:
    """Each device writes values of its own: an edit is never a no-op."""
    return ws.user.username.capitalize()


def _follow_up(ws: Workspace) -> str:
    with ws.db.read() as s:
        found = s.execute(select(FollowUp.id).where(FollowUp.done.is_(False))
                          .order_by(FollowUp.due_on)).scalar()
    if found is None:
        raise RecordNotFound("follow_up")
    return found


def _request(ws: Workspace) -> str:
    with ws.db.read() as s:
        found = s.execute(select(DataRequest.id).where(DataRequest.status == "open")).scalar()
    if found is None:
        raise RecordNotFound("data_request")
    return found


def _conflict(ws: Workspace) -> str:
    open_ = ConflictService(ws.context()).open()
    if not open_:
        raise RecordNotFound("conflict")
    return open_[0].id


ACTS: dict[str, Callable[[Workspace, Ids], object]] = {
    "family.create": lambda ws, i: ws.families.create_household(parish="PIL",
                                                                community="Tamboloma"),
    "family.edit": lambda ws, i: ws.families.update_household(
        i.household, address_reference=f"Frente a la cancha ({_who(ws)})"),
    "person.add": lambda ws, i: ws.families.add_person(
        household_id=i.household, given_names="Nina", surnames="Chicaiza", sex="mujer",
        birth_date=date(2019, 2, 1), relation_to_head="hijo_a", confirm_duplicates=True),
    "person.edit": lambda ws, i: ws.families.update_person(
        i.child, given_names=f"Sisa {_who(ws)}"),
    "consent.record": lambda ws, i: ws.families.record_consent(
        i.mother, purpose="services", given_by="self", given_on=TODAY),
    "visit.plan": lambda ws, i: ws.visits.plan(i.household, date(2026, 11, 30), i.case),
    "visit.record": lambda ws, i: ws.visits.record(
        household_id=i.household, case_id=i.case, visit_date=TODAY,
        observations="Visita realizada"),
    "case.register": lambda ws, i: ws.cases.register(
        parish="PIL", household_id=i.household, affected_person_ids=[i.child],
        violation_types=["negligencia"], facts="Otro hecho", risk_level="medio",
        reporter_anonymous=True),
    "case.note": lambda ws, i: ws.cases.add_note(i.case, "Llamada a la familia"),
    "case.status": lambda ws, i: ws.cases.change_status(
        i.case, "in_progress", f"Atendido por {_who(ws)}"),
    "mediation.record": lambda ws, i: ws.mediations.record(
        case_id=i.case, held_on=TODAY, subject="Cuidado de la niña",
        parties=[{"name": "Rosa Toapanta", "role": "madre"},
                 {"name": "Ángel Quishpe", "role": "vecino"}], outcome="agreement"),
    "referral.create": lambda ws, i: ws.referrals.create(
        case_id=i.case, institution="mies", reason="Apoyo familiar"),
    "referral.step": lambda ws, i: ws.referrals.add_status(
        i.referral, ws.referrals.next_steps(i.referral)[0], note="Paso"),
    "follow_up.schedule": lambda ws, i: FollowUpService(ws.context()).schedule(
        i.case, date(2026, 12, 1), "Llamar a la escuela"),
    "follow_up.done": lambda ws, i: FollowUpService(ws.context()).mark_done(
        _follow_up(ws)),
    "activity.record": lambda ws, i: ws.activities.record(
        activity_type="taller", held_on=TODAY, parish="PIL", topic="Buen trato",
        attendance={"adultos_mujeres": 5}),
    "conflict.resolve": lambda ws, i: ConflictService(ws.context()).resolve(
        _conflict(ws), "Hechos según Ana"),
    "request.record": lambda ws, i: RequestService(ws.context()).record(
        i.child, "access", TODAY, "representative", "Rosa Toapanta", "madre"),
    "request.answer": lambda ws, i: RequestService(ws.context()).answer(
        _request(ws), TODAY, "Informe entregado"),
    # Last: the mother's consent and visit came first.
    "person.remove": lambda ws, i: ws.families.delete_person(i.mother),
}


def test_every_action_of_the_table_is_performed_here() -> None:
    assert set(ACTS) == set(permissions.ACTIONS)


def _last_seq(ws: Workspace) -> int:
    with ws.db.read() as s:
        return s.execute(select(func.max(OutboxEntry.seq))).scalar() or 0


def _states(ws: Workspace, after: int, upto: int) -> set[str]:
    with ws.db.read() as s:
        return set(s.execute(select(OutboxEntry.state).where(
            OutboxEntry.seq > after, OutboxEntry.seq <= upto)).scalars())


@pytest.fixture
def canton(any_server, make_device):
    """A promoter's family, case (referred to the Junta, with a follow-up, a planned visit
    and a conflict on its facts) on the server, and a device for each role."""
    ana = make_device(any_server, "ana")
    beto = make_device(any_server, "beto")
    ws = ana.ws
    home = ws.families.create_household(parish="PIL", community="Centro")
    child = ws.families.add_person(household_id=home.id, given_names="Sisa",
                                   surnames="Chicaiza", sex="mujer", birth_date=date(2016, 4, 3),
                                   relation_to_head="hijo_a", confirm_duplicates=True)
    mother = ws.families.add_person(household_id=home.id, given_names="Rosa",
                                    surnames="Toapanta", sex="mujer", birth_date=date(1990, 1, 8),
                                    relation_to_head="jefe_hogar", confirm_duplicates=True)
    case = ws.cases.register(parish="PIL", household_id=home.id, affected_person_ids=[child.id],
                             violation_types=["negligencia"], facts="Hechos del caso",
                             risk_level="alto", reporter_anonymous=True)
    referral = ws.referrals.create(case_id=case.id, institution="junta",
                                   reason="Medidas de protección")
    FollowUpService(ws.context()).schedule(case.id, date(2026, 11, 25), "Llamar")
    ws.visits.plan(home.id, date(2026, 11, 24), case.id)
    assert ana.sync().complete and beto.sync().complete
    beto.ws.cases.update(case.id, facts="Hechos según Beto")
    ws.cases.update(case.id, facts="Hechos según Ana")
    assert beto.sync().complete and ana.sync().complete
    ids = Ids(home.id, child.id, mother.id, case.id, referral.id)
    devices = {"promotor": ana,
               "tecnico": make_device(any_server, "tito", role="tecnico", parish=""),
               "junta": make_device(any_server, "juana", role="junta", parish=""),
               "admin": make_device(any_server, "root", role="admin", parish="")}
    return ids, devices


def test_the_server_accepts_what_the_table_offers_and_nothing_else(canton) -> None:
    ids, devices = canton
    for role, device in devices.items():
        assert device.sync().pulled_all
        performed: dict[str, tuple[int, int]] = {}
        for action, act in ACTS.items():
            before = _last_seq(device.ws)
            try:
                act(device.ws, ids)
            except (RecordNotFound, UserError):
                # This device does not hold the record (or not whole): nothing to offer.
                assert not permissions.may(role, action), (role, action)
                continue
            performed[action] = (before, _last_seq(device.ws))
        device.sync()
        for action, (before, upto) in performed.items():
            assert upto > before, (role, action)
            states = _states(device.ws, before, upto)
            # Refused in part is refused: the action did not happen as the user meant.
            verdict = "applied" if states == {"acked"} else \
                "rejected" if "rejected" in states else states
            expected = "applied" if permissions.may(role, action) else "rejected"
            assert verdict == expected, (role, action, states)
    # Every action is offered to some role, and each role is offered what it needs.
    assert permissions.actions("promotor") == set(permissions.ACTIONS)
    assert permissions.actions("tecnico") == {"case.note", "referral.step", "request.record",
                                              "request.answer"}
    assert permissions.actions("junta") == {"referral.step"}
    assert permissions.actions("admin") == set()


def test_unknown_roles_and_actions_are_offered_nothing() -> None:
    assert not permissions.may("visitante", "case.note")
    assert not permissions.may("promotor", "case.delete")
    assert permissions.sections("visitante") == permissions.sections("admin")
    assert not permissions.sees_sync_status("promotor")
    assert permissions.sees_sync_status("tecnico")

