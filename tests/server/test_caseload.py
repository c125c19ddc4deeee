"""A promoter leaves: `defensoria-server caseload reassign --from U --to U2` gives U's open
cases, planned visits, follow-ups and referrals to U2 as new versions of the records,
so both devices learn it at their next sync: the new promoter's agenda lists the
caseload, and it leaves the old one's device (its scope: sync/server/scope.py `holder`).
Only between promoters of one parish."""

from datetime import date

import pytest
from sqlalchemy import select

from app.core.command_line import cli_translator
from app.core.errors import UserError
from app.core.records import Case, CaseNote, FollowUp, Referral, Visit
from app.core.sync import outbox, verify
from sync.server import audit
from sync.server.cli import build_parser, run
from sync.server.schema import docs
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
    with beto.ws.db.read() as s:  # the new promoter's device holds the new versions
        for model, record in ((Case, case), (Visit, visit), (FollowUp, follow_up),
                              (Referral, referral)):
            assert s.get(model, record.id).assigned_to == "beto"
    with ana.ws.db.read() as s:  # ... and the old one's no longer holds them
        for model, record in ((Case, case), (Visit, visit), (FollowUp, follow_up),
                              (Referral, referral)):
            assert s.get(model, record.id) is None
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
    report = ana.sync()  # the former assignee's edit is accepted, then the case leaves
    assert report.complete and report.verified and report.dropped >= 1
    assert beto.sync().complete
    assert outbox.pending_count(ana.ws.db) == 0 and not outbox.needs_attention(ana.ws.db)
    with ana.ws.db.read() as s:
        assert s.get(Case, case.id) is None
    with beto.ws.db.read() as s:
        stored = s.get(Case, case.id)
        assert (stored.status, stored.assigned_to) == ("in_progress", "beto")
    assert server_docs(any_server.store)[case.id][1]["status"] == "in_progress"


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



def _scope_ids(server, username: str) -> dict[str, int]:
    """What the server's feed gives this promoter: the (id, version) of their scope."""
    from sqlalchemy import select

    from sync.server.schema import docs
    from sync.server.scope import Principal, read_filter

    who = Principal(username, "promotor", "PIL", "")
    with server.store.read() as conn:
        return {r.id: r.version for r in conn.execute(
            select(docs.c.id, docs.c.version).where(read_filter(who)))}


def _held(device) -> dict[str, int]:
    with device.ws.db.read() as s:
        return {i: v for i, (_t, v) in verify.held(s).items()}


def _exchange(server, device, tmp_path):
    from app.core.catalogs import Catalogs
    from sync.server import admin
    from sync.usb import export_bundle, import_answer

    bundle, answer = tmp_path / "out.bundle", tmp_path / "answer.bundle"
    export_bundle(device.ws.db, bundle)
    admin.import_bundle(server.store, Catalogs.load(), bundle, answer)
    return import_answer(device.ws.db, answer, device.ws.clock)


@pytest.mark.parametrize("way", ["http", "usb"])
def test_a_reassigned_caseload_leaves_the_old_device_with_all_of_the_case(
        any_server, make_device, tmp_path, way) -> None:
    """The case, its planned visit, follow-up, referral and note reach the new promoter
    and leave the old one's device, whose digest then matches; the family stays (the
    parish's); a third promoter of the parish no longer receives the caseload either."""
    ana, beto = make_device(any_server, "ana"), make_device(any_server, "beto")
    any_server.add_user("carla", "promotor", "PIL")
    case, visit, follow_up, referral, closed = _caseload(ana.ws)
    note = ana.ws.cases.add_note(case.id, "Nota del caso")
    assert ana.sync().complete and beto.sync().complete
    assert case.id in _scope_ids(any_server, "carla")

    reassign(any_server.store, "--from", "ana", "--to", "beto")

    report = ana.sync() if way == "http" else _exchange(any_server, ana, tmp_path)
    assert report.complete and report.verified
    assert beto.sync().complete
    moved = {case.id, visit.id, follow_up.id, referral.id, note.id}
    with ana.ws.db.read() as s:
        assert s.get(Case, case.id) is None and s.get(CaseNote, note.id) is None
        assert s.get(Case, closed.id) is not None and s.get(Visit, visit.id) is None
    assert _held(ana) == _scope_ids(any_server, "ana") and not moved & set(_held(ana))
    assert _held(beto) == _scope_ids(any_server, "beto") and moved <= set(_held(beto))
    assert _agenda(beto) == ({visit.id}, {follow_up.id}, {case.id})
    assert not moved & set(_scope_ids(any_server, "carla"))
    again = ana.sync()
    assert again.verified and again.repaired == 0


def test_a_promoter_cannot_give_a_record_to_anyone(any_server, make_device) -> None:
    """Who reads a caseload is the Consejo's decision (a reassignment), never a push."""
    ana = make_device(any_server, "ana")
    any_server.add_user("beto", "promotor", "PIL")
    case = family_case(ana.ws)
    assert ana.sync().complete
    from app.core.sync.outbox import needs_attention
    ana.ws.cases.change_status(case.id, "in_progress", "Visita hecha.")
    with ana.ws.db.write() as s:
        from sqlalchemy import text
        s.execute(text("UPDATE outbox SET fields = json_set(fields, '$.assigned_to', 'beto')"
                       " WHERE state = 'pending' AND record_type = 'case'"))
    ana.sync()
    assert [e.reason for e in needs_attention(ana.ws.db)] == ["forbidden"]
    assert server_docs(any_server.store)[case.id][1]["assigned_to"] == ""


def test_erasing_one_person_keeps_a_shared_case_with_its_holder(server, make_device) -> None:
    """A reassigned case naming two children stays live when one of them is erased: the
    rewritten case keeps its holder, so it does not reach every promoter of the parish."""
    ana, beto = make_device(server, "ana"), make_device(server, "beto")
    home = ana.ws.families.create_household(parish="PIL", community="Centro")
    kids = [ana.ws.families.add_person(household_id=home.id, given_names=name,
                                       surnames="Pilco", sex="mujer",
                                       birth_date=date(2015, 1, 9), relation_to_head="hijo_a",
                                       confirm_duplicates=True) for name in ("Nina", "Sisa")]
    case = ana.ws.cases.register(parish="PIL", household_id=home.id,
                                 affected_person_ids=[k.id for k in kids],
                                 violation_types=["negligencia"], facts="Hechos",
                                 risk_level="bajo", reporter_anonymous=True)
    assert ana.sync().complete
    reassign(server.store, "--from", "ana", "--to", "beto")
    assert ana.sync().complete and beto.sync().complete
    beto.ws.cases.change_status(case.id, "closed", "Caso atendido.")
    assert beto.sync().complete
    tr = cli_translator()
    run(build_parser(tr).parse_args(["person", "erase", "--id", kids[0].id, "--reason",
                                     "Pedido del titular"]), server.store, tr)
    with server.store.read() as conn:
        holder = conn.execute(select(docs.c.holder).where(docs.c.id == case.id)).scalar_one()
    assert holder == "beto"
    assert ana.sync().complete
    with ana.ws.db.read() as s:
        assert s.get(Case, case.id) is None
