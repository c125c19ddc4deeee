"""A promoter leaves: `defensoria-server caseload reassign --from U --to U2` gives U's open
cases, planned visits, follow-ups and referrals to U2 as new versions of the records,
so both devices learn it at their next sync: the new promoter's agenda lists the
caseload, the old one's no longer does. Only between promoters of one parish."""

from datetime import date

import pytest

from app.core.command_line import cli_translator
from app.core.errors import UserError
from app.core.records import Case, FollowUp, Referral, Visit
from sync.server import audit
from sync.server.cli import build_parser, run
from tests.helpers.constants import TODAY
from tests.helpers.server import family_case, server_docs


def reassign(store, *argv: str) -> None:
    tr = cli_translator()
    run(build_parser(tr).parse_args(["caseload", "reassign", *argv]), store, tr)


def _caseload(ws):
    """An open case the law sends to the Junta, with a planned visit, a follow-up due
    today and a referral to the health centre; and a closed case of the same promoter,
    which stays with them."""
    home = ws.families.create_household(parish="PIL", community="Centro")
    girl = ws.families.add_person(household_id=home.id, given_names="Nina",
                                  surnames="Pilco", sex="mujer", birth_date=date(2015, 1, 9),
                                  relation_to_head="hijo_a", confirm_duplicates=True)
    case = ws.cases.register(parish="PIL", household_id=home.id,  # the law: to the Junta
                             affected_person_ids=[girl.id], violation_types=["maltrato_fisico"],
                             facts="Hechos del caso", risk_level="alto",
                             reporter_anonymous=True)
    visit = ws.visits.plan(home.id, TODAY, case.id)
    follow_up = ws.open_desk().followups.schedule(case.id, TODAY, "Llamar a la escuela")
    referral = ws.referrals.create(case_id=case.id, institution="salud",
                                   reason="Atención psicológica")
    closed = family_case(ws)
    ws.cases.change_status(closed.id, "closed", "Caso atendido.")
    return case, visit, follow_up, referral, closed


def _agenda(device):
    agenda = device.ws.open_desk().agenda
    listed = agenda.load()
    return ({i.record_id for i in listed.visits}, {i.record_id for i in listed.follow_ups},
            {i.record_id for i in agenda.must_refer().items})


def test_reassigned_caseload_moves_to_the_new_promoters_agenda(any_server, make_device,
                                                                capsys) -> None:
    ana, beto = make_device(any_server, "ana"), make_device(any_server, "beto")
    case, visit, follow_up, referral, closed = _caseload(ana.ws)
    assert ana.sync().complete and beto.sync().complete
    mine = ({visit.id}, {follow_up.id}, {case.id})
    assert _agenda(ana) == mine
    before = server_docs(any_server.store)

    reassign(any_server.store, "--from", "Ana", "--to", "beto")
    assert "1 casos, 1 visitas planificadas, 1 seguimientos, 1 derivaciones" in \
        capsys.readouterr().out

    after = server_docs(any_server.store)
    moved = {case.id, visit.id, follow_up.id, referral.id}
    for record_id in moved:  # new versions, through the change feed
        assert after[record_id][0] > before[record_id][0]
        assert after[record_id][1]["assigned_to"] == "beto"
        assert after[record_id][1]["updated_by"] == "cli"
    assert after[closed.id] == before[closed.id]
    assert ana.sync().complete and beto.sync().complete
    assert _agenda(beto) == mine
    assert _agenda(ana) == (set(), set(), set())
    with ana.ws.db.read() as s:  # the old promoter's device holds the new versions
        for model, record in ((Case, case), (Visit, visit), (FollowUp, follow_up),
                              (Referral, referral)):
            assert s.get(model, record.id).assigned_to == "beto"
        assert s.get(Case, closed.id).assigned_to == ""
    with any_server.store.read() as conn:
        [event] = [e for e in audit.events(conn, record_id=case.id)
                   if e.action == "reassign"]
    assert (event.username, event.records) == ("cli", 4)


def test_edits_made_meanwhile_on_the_old_device_are_kept(any_server, make_device) -> None:
    ana, beto = make_device(any_server, "ana"), make_device(any_server, "beto")
    case = family_case(ana.ws)
    assert ana.sync().complete
    ana.ws.cases.change_status(case.id, "in_progress", "Visita hecha.")  # not sent yet
    reassign(any_server.store, "--from", "ana", "--to", "beto")
    assert ana.sync().complete and beto.sync().complete
    for device in (ana, beto):
        with device.ws.db.read() as s:
            stored = s.get(Case, case.id)
            assert (stored.status, stored.assigned_to) == ("in_progress", "beto")


def test_a_second_reassignment_moves_the_caseload_on(any_server, make_device) -> None:
    ana = make_device(any_server, "ana")
    for name in ("beto", "carla"):
        any_server.add_user(name, "promotor", "PIL")
    case = family_case(ana.ws)
    assert ana.sync().complete
    reassign(any_server.store, "--from", "ana", "--to", "beto")
    reassign(any_server.store, "--from", "beto", "--to", "carla")
    assert server_docs(any_server.store)[case.id][1]["assigned_to"] == "carla"
    reassign(any_server.store, "--from", "ana", "--to", "beto")  # nothing left: a no-op
    assert server_docs(any_server.store)[case.id][1]["assigned_to"] == "carla"


@pytest.mark.parametrize(("source", "target", "message"), [
    ("ana", "ana", "Choose two different promoters."),
    ("ana", "nadie", "No user nadie."),
    ("ana", "tere", "tere is not a promoter."),
    ("ana", "lucho", "ana and lucho are promoters of different parishes: a caseload moves "
                     "only within its parish."),
    ("ana", "dora", "dora is disabled: choose an active promoter."),
])
def test_refused_between_anyone_but_two_promoters_of_one_parish(
        any_server, make_device, source, target, message) -> None:
    from sync.server.admin import disable_user

    ana = make_device(any_server, "ana")
    any_server.add_user("tere", "tecnico")
    any_server.add_user("lucho", "promotor", "AMB")
    any_server.add_user("dora", "promotor", "PIL")
    disable_user(any_server.store, "dora")
    family_case(ana.ws)
    assert ana.sync().complete
    before = server_docs(any_server.store)
    with pytest.raises(UserError) as refused:
        reassign(any_server.store, "--from", source, "--to", target)
    assert refused.value.render(lambda text: text) == message
    assert server_docs(any_server.store) == before  # nothing written


def test_the_command_line_speaks_spanish(any_server, make_device, monkeypatch) -> None:
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    any_server.add_user("ana", "promotor", "PIL")
    any_server.add_user("lucho", "promotor", "AMB")
    with pytest.raises(UserError) as refused:
        reassign(any_server.store, "--from", "ana", "--to", "lucho")
    assert "parroquias distintas" in refused.value.render(cli_translator())

