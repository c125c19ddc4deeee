"""What the promoter reads after a sync, through the real server: the timeline says what
it said before (the server re-stamps every record it stores), and the Junta's answers
are new until the promoter opens the referral."""

from datetime import timedelta

from sqlalchemy import text

from app.core.clock import FixedClock
from app.core.services.agenda import AgendaService
from app.core.services.answers import AnswerService
from tests.helpers.constants import NOW, TODAY
from tests.helpers.server import family_case


def _story(ws):
    case = family_case(ws)
    home = ws.families.create_household(parish="PIL", community="Tamboloma")
    visit = ws.visits.record(household_id=home.id, case_id=case.id,
                             visit_date=TODAY - timedelta(days=2), observations="Visita")
    ws.cases.add_note(case.id, "La familia colabora.")
    referral = ws.referrals.create(case_id=case.id, institution="junta",
                                   reason="Medidas de protección")
    return case, visit, referral


def test_a_sync_never_changes_what_the_timeline_says(any_server, make_device) -> None:
    server = any_server  # SQLite and PostgreSQL store the moment as the device wrote it
    ana = make_device(server, "ana", clock=FixedClock(NOW))
    case, _, referral = _story(ana.ws)
    before = ana.ws.cases.timeline(case.id)
    server.store.clock.advance(timedelta(days=5, hours=3))  # the server stamps a later day
    assert ana.sync().complete
    with ana.ws.db.read() as s:  # every record now carries the server's stamps
        assert s.execute(text("SELECT count(*) FROM case_note WHERE created_at < :t"),
                         {"t": "2026-11-27"}).scalar_one() == 0
    assert ana.ws.cases.timeline(case.id) == before
    # The Junta, on a laptop whose clock says the next day, answers; both sync later.
    juana = make_device(server, "juana", role="junta", parish="",
                        clock=FixedClock(NOW + timedelta(days=1)))
    assert juana.sync().complete
    juana.ws.referrals.add_status(referral.id, "received")
    step = juana.ws.referrals.add_status(referral.id, "answered", answer="Apoyo psicológico")
    server.store.clock.advance(timedelta(days=3))
    assert juana.sync().complete and ana.sync().complete
    after = ana.ws.cases.timeline(case.id)
    assert after[:len(before)] == before
    received, answer = after[len(before):]
    assert received.code == "received"
    assert (answer.record_id, answer.on, answer.at, answer.author, answer.answer) == (
        step.id, TODAY + timedelta(days=1), NOW + timedelta(days=1), "juana",
        "Apoyo psicológico")
    # Another promoter's laptop of the parish, synced from scratch, reads the same.
    beto = make_device(server, "beto")
    assert beto.sync().complete
    assert beto.ws.cases.timeline(case.id) == after


def _answer(device, referral_id: str, status: str, answer: str = "") -> None:
    device.ws.referrals.add_status(referral_id, status, answer=answer)
    assert device.sync().complete


def test_answers_are_new_until_the_promoter_opens_the_referral(server, make_device) -> None:
    ana = make_device(server, "ana")
    juana = make_device(server, "juana", role="junta", parish="")
    case, _, referral = _story(ana.ws)
    answers = AnswerService(ana.ws.db, "ana")
    agenda = AgendaService(ana.ws.db, ana.ws.clock, "ana", ana.ws.catalogs)
    assert ana.sync().complete and juana.sync().complete
    _answer(juana, referral.id, "received")  # a receipt is no answer
    assert ana.sync().complete and answers.unread() == []
    _answer(juana, referral.id, "in_attention", "Apoyo psicológico a la familia")
    assert ana.sync().complete
    [new] = answers.unread()
    assert (new.referral_id, new.case_id, new.case_code, new.institution, new.status,
            new.answer, new.on) == (referral.id, case.id, case.code, "junta", "in_attention",
                                    "Apoyo psicológico a la familia", TODAY)
    [listed] = agenda.load().answers
    assert listed == new
    assert [p.full_name for p in agenda.load().affected[case.id]] == ["Sisa Chicaiza"]
    # Someone else on this laptop reading it changes nothing for ana.
    AnswerService(ana.ws.db, "beto").mark_read([referral.id])
    assert answers.unread() == [new]
    answers.mark_read([referral.id])
    assert answers.unread() == [] and agenda.load().answers == []
    _answer(juana, referral.id, "answered", "Medida: retiro temporal del agresor")
    assert ana.sync().complete
    assert [a.answer for a in answers.unread()] == ["Medida: retiro temporal del agresor"]
    # An answer ana records herself (told by phone) is not news to her.
    answers.mark_read([referral.id])
    ana.ws.referrals.add_status(referral.id, "answered", answer="Confirmado por teléfono")
    assert answers.unread() == []
    assert ana.sync().complete
    _answer(juana, referral.id, "closed")  # closing says nothing new
    assert ana.sync().complete and answers.unread() == []
