"""Retention (issue 14 §3): the Consejo's rules anonymise or erase what is due, once;
the canton report's figures stay the same; devices pull the anonymised versions; the
run happens once a day; bad input is refused in Spanish."""

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.core.clock import FixedClock
from app.core.records import Attendee, Case, Person
from app.core.services.statistics import Scope, StatisticsService
from sync.server import retention, retention_policy, retention_schedule
from sync.server.cli import main as server_main
from sync.server.migrate import upgrade
from sync.server.schema import audit
from sync.server.store import ServerStore
from tests.helpers.constants import NOW
from tests.helpers.server import server_docs

YEARS = 11  # the run happens this long after the records were last changed


def later(store: ServerStore, years: int = YEARS, days: int = 0) -> ServerStore:
    """The same database seen by a server whose clock is `years` later."""
    url = store.engine.url.render_as_string(hide_password=False)
    return ServerStore(url, FixedClock(NOW + timedelta(days=365 * years + 3 + days)))


def _work(ws):
    """Two children in three cases (one open, one closed with its referral to the Junta
    closed, one closed with it still open) and a training's attendance list."""
    home = ws.families.create_household(parish="PIL", community="Centro")
    girl = ws.families.add_person(household_id=home.id, given_names="Wayra",
                                  surnames="Quishpe", sex="mujer", doc_type="cedula",
                                  doc_number="1804567897", birth_date=date(2015, 1, 20),
                                  ethnicity="indigena", relation_to_head="hijo_a",
                                  confirm_duplicates=True)
    boy = ws.families.add_person(household_id=home.id, given_names="Inti",
                                 surnames="Masaquiza", sex="hombre", estimated_age=12,
                                 relation_to_head="hijo_a", confirm_duplicates=True)

    def case(persons, types, status):
        c = ws.cases.register(parish="PIL", household_id=home.id,
                              affected_person_ids=[p.id for p in persons],
                              violation_types=types, facts="Golpes de Quishpe",
                              risk_level="alto", reporter_anonymous=True)
        if status == "closed":
            ws.cases.change_status(c.id, "closed", "Caso atendido.")
        return c

    done = case([girl], ["maltrato_fisico", "negligencia"], "closed")
    sent = ws.referrals.create(case_id=done.id, institution="junta", reason="Medidas")
    ws.referrals.add_status(sent.id, "closed")
    waiting = case([boy], ["negligencia"], "closed")
    ws.referrals.create(case_id=waiting.id, institution="fiscalia", reason="Denuncia")
    open_case = case([girl, boy], ["abandono"], "open")
    training = ws.activities.record(activity_type="capacitacion", held_on=date(2026, 11, 20),
                                    parish="PIL", community="Centro", topic="Derechos")
    ws.activities.add_attendees(training.id, [
        {"given_names": "Ana", "surnames": "Chango", "sex": "mujer",
         "age_group": "adultos", "name_consent": "self", "consent_on": date(2026, 11, 20)}])
    return girl, boy, done, waiting, open_case, training


def test_retention_keeps_the_figures_changes_nothing_twice_and_reaches_the_device(
        any_server, make_device) -> None:
    ana = make_device(any_server, "ana")
    girl, boy, done, waiting, open_case, training = _work(ana.ws)
    assert ana.sync().complete
    store = any_server.store
    for record_type, years in (("case", 10), ("person", 10), ("attendee", 5)):
        retention_policy.set_rule(store, record_type, years, "anonymise", by="consejo")
    # The girl's other case is open: she keeps her name until it is closed and due.
    ana.ws.cases.change_status(open_case.id, "closed", "Caso atendido.")
    assert ana.sync().complete
    figures = StatisticsService(ana.ws.db).case_stats(Scope())

    old = later(store)
    try:
        assert retention.run(old, dry_run=True) == retention.run(old, dry_run=False)
        before = server_docs(store)
        assert retention.run(old) == {}  # the second run changes nothing
        assert server_docs(store) == before
    finally:
        old.dispose()
    kept = before[waiting.id][1]
    assert kept["facts"] == "Golpes de Quishpe"  # its referral to the Fiscalía is open
    assert before[done.id][1]["facts"] == "" and before[done.id][1]["erasure"]
    assert before[boy.id][1]["given_names"] == "Inti"  # named by the waiting case

    # An edit made offline before the device heard of it never brings the facts back.
    ana.ws.cases.update(done.id, facts="Golpes de Quishpe, otra vez")
    ana.sync()
    assert server_docs(store)[done.id] == before[done.id]
    ana.ws.cases.update(waiting.id, risk_level="medio")  # what is kept stays editable
    assert ana.sync().complete
    with ana.ws.db.read() as s:
        case = s.get(Case, open_case.id)
        assert not case.deleted and case.facts == "" and case.code == ""
        assert case.violation_types == ["abandono"]
        person = s.get(Person, girl.id)
        assert (person.given_names, person.surnames, person.doc_number) == ("", "", "")
        assert (person.sex, person.ethnicity) == ("mujer", "indigena")
        attendee = s.execute(select(Attendee)).scalars().one()
        assert (attendee.given_names, attendee.sex) == ("", "mujer")
    assert StatisticsService(ana.ws.db).case_stats(Scope()) == figures
    assert ana.ws.activities.get(training.id).total_attendance == 1
    with store.read() as conn:
        logged = [r.detail for r in conn.execute(select(audit).where(
            audit.c.action == "retention"))]
    assert logged and "Quishpe" not in "".join(logged) and girl.id not in "".join(logged)


def test_an_anonymised_birth_date_keeps_the_age_at_each_case() -> None:
    from app.core.records.anonymise import coarse_birth_date

    birth = date(2014, 11, 25)
    assert coarse_birth_date(birth, []) == date(2014, 11, 1)
    # A case opened on 20 November 2026, before her 12th birthday: she was 11 then.
    assert coarse_birth_date(birth, [date(2026, 11, 20)]) == date(2014, 11, 21)


def test_the_daily_run_happens_once_a_day(tmp_path) -> None:
    clock = FixedClock(NOW)
    store = ServerStore(f"sqlite:///{tmp_path / 'srv.db'}", clock)
    upgrade(store)
    try:
        assert retention_schedule.daily(store) == {}  # no rules: nothing applies
        assert retention_schedule.daily(store) is None  # done today
        retention_policy.set_rule(store, "attendee", 1, "erase", by="consejo")
        clock.advance(timedelta(hours=8))  # 23:00, the same day
        assert retention_schedule.daily(store) is None
        clock.advance(timedelta(hours=2))
        assert retention_schedule.daily(store) == {}
        with store.read() as conn:
            runs = conn.execute(select(audit.c.detail).where(
                audit.c.action == "retention")).scalars().all()
        assert runs == ['{"types":{},"records":0}']
        # The thread `serve` starts checks at once, then waits for the next check (here:
        # stopped before it starts, so it checks once and ends).
        clock.advance(timedelta(days=1))
        stop = threading.Event()
        stop.set()
        retention_schedule.start(store, stop).join(timeout=30)
        assert retention_schedule.daily(store) is None  # the thread ran today's
    finally:
        store.dispose()


@pytest.mark.parametrize(("argv", "message"), [
    (["set", "--type", "casos", "--after-years", "10", "--action", "anonymise"],
     "La retención se aplica a estos tipos de registro: case, person, attendee."),
    (["set", "--type", "case", "--after-years", "diez", "--action", "anonymise"],
     "Los años deben ser un número entero de 1 a 100."),
    (["set", "--type", "case", "--after-years", "0", "--action", "anonymise"],
     "Los años deben ser un número entero de 1 a 100."),
    (["set", "--type", "case", "--after-years", "10", "--action", "borrar"],
     "La acción debe ser 'anonymise' o 'erase'."),
    (["remove", "--type", "case"], "No hay una regla de retención para case."),
])
def test_bad_input_is_refused_in_spanish(tmp_path, monkeypatch, capsys, argv,
                                         message) -> None:
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    url = f"sqlite:///{tmp_path / 'srv.db'}"
    assert server_main(["--db", url, "init"]) == 0
    capsys.readouterr()
    assert server_main(["--db", url, "retention", *argv]) == 1
    assert capsys.readouterr().err.strip() == message
    assert server_main(["--db", url, "retention", "list"]) == 0
    assert "Ninguna regla de retención" in capsys.readouterr().out


def test_the_commands_set_list_and_run(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    url = f"sqlite:///{tmp_path / 'srv.db'}"
    assert server_main(["--db", url, "init"]) == 0
    capsys.readouterr()
    assert server_main(["--db", url, "retention", "set", "--type", "Case",
                        "--after-years", " 10", "--action", "anonymise"]) == 0
    assert capsys.readouterr().out.strip() == \
        "Retención fijada: los registros case se anonimizan después de 10 años."
    assert server_main(["--db", url, "retention", "list"]) == 0
    assert capsys.readouterr().out.startswith("case\t10\tanonymise\tcli\t")
    assert server_main(["--db", url, "retention", "run", "--dry-run"]) == 0
    assert capsys.readouterr().out.strip() == \
        "Vencidos, sin cambiar nada (simulación): 0 registros."
    assert server_main(["--db", url, "retention", "remove", "--type", "case"]) == 0
    assert "se conservan" in capsys.readouterr().out


def test_the_erase_action_leaves_tombstones(tmp_path) -> None:
    from bench.retention import fill

    store = ServerStore(f"sqlite:///{tmp_path / 'srv.db'}", FixedClock(NOW))
    upgrade(store)
    try:
        fill(store, 3)  # three closed cases of 2014, each with its child, note, referral
        retention_policy.set_rule(store, "case", 10, "erase", by="consejo")
        retention_policy.set_rule(store, "person", 10, "anonymise", by="consejo")
        assert retention.run(store) == {"case": 3, "case_note": 3, "referral": 3,
                                        "referral_status": 3, "person": 3}
        found = server_docs(store).values()
        cases = [data for _, data in found if "facts" in data]
        assert all(c["deleted"] and c["facts"] == "" and c["violation_types"] == []
                   and c["erasure"]["mode"] == "erase" for c in cases)
        persons = [data for _, data in found if "given_names" in data]
        assert all(not p["deleted"] and p["given_names"] == "" and p["sex"]
                   and p["erasure"]["mode"] == "anonymise" for p in persons)
        assert retention.run(store) == {}
    finally:
        store.dispose()
