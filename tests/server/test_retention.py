"""Retention (issue 14 §3): the Consejo's rules anonymise or erase what is due, once;
the canton report's figures stay the same; devices pull the anonymised versions; the
run happens once a day; bad input is refused in Spanish."""

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.core.clock import FixedClock
from app.core.records import Attendee, Case, Household, Person
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


def run_once(store: ServerStore) -> tuple[dict[str, int], dict]:
    """A run YEARS later, as its dry run counted it; then a second run changes nothing.
    The counts and the server's documents after it."""
    old = later(store)
    try:
        counts = retention.run(old, dry_run=True)
        assert counts == retention.run(old)
        after = server_docs(store)
        assert retention.run(old) == {}  # the second run changes nothing
        assert server_docs(store) == after
    finally:
        old.dispose()
    return counts, after


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

    _, before = run_once(store)
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


def test_deleted_records_lose_their_content_when_due(any_server, make_device) -> None:
    """A deletion on a device is a soft delete: the record keeps its content on the
    server and on every device. Retention reaches it like a live record, counted from
    its last change (the deletion)."""
    ana = make_device(any_server, "ana")
    girl, _, done, _, _, training = _work(ana.ws)
    aunt = ana.ws.families.add_person(household_id=girl.household_id, given_names="Rosa",
                                      surnames="Pilla", sex="mujer", estimated_age=40,
                                      relation_to_head="tio_a", confirm_duplicates=True)
    with ana.ws.db.write() as s:  # any device may send a case's deletion
        ana.ws.writer.delete(s, Case, done.id)
    ana.ws.families.delete_person(aunt.id)
    listed = ana.ws.activities.attendees(training.id)
    ana.ws.activities.remove_attendee(listed[0].id)
    assert ana.sync().complete
    store = any_server.store
    for record_type, years in (("case", 10), ("person", 10), ("attendee", 5)):
        retention_policy.set_rule(store, record_type, years, "anonymise", by="consejo")

    _, before = run_once(store)
    case, person = before[done.id][1], before[aunt.id][1]
    assert case["deleted"] and case["facts"] == "" and case["code"] == ""
    assert case["erasure"]["mode"] == "anonymise"
    assert person["deleted"] and (person["given_names"], person["surnames"]) == ("", "")
    attendee = before[listed[0].id][1]
    assert attendee["deleted"] and attendee["given_names"] == ""
    assert ana.sync().complete
    with ana.ws.db.read() as s:
        on_device = s.get(Case, done.id)
        assert on_device.deleted and on_device.facts == ""
        assert s.get(Person, aunt.id).given_names == ""

    # Erasing what was anonymised (and deleted): a tombstone, once.
    retention_policy.set_rule(store, "case", 10, "erase", by="consejo")
    older = later(store, 2 * YEARS)
    try:
        assert retention.run(older)["case"] >= 1
        erased = server_docs(store)
        assert erased[done.id][1]["erasure"]["mode"] == "erase"
        assert erased[done.id][1]["violation_types"] == []
        assert retention.run(older) == {}
        assert server_docs(store) == erased
    finally:
        older.dispose()


def test_a_household_goes_once_nothing_identifiable_points_to_it(
        any_server, make_device) -> None:
    """A household keeps its address, GPS point and notes until, N years after its last
    change, no person, case or case visit that is still identifiable points to it; its
    own visits and follow-ups (no case) go with it. The canton figures stay."""
    ana = make_device(any_server, "ana")
    girl, _, _, _, open_case, _ = _work(ana.ws)
    ana.ws.cases.change_status(open_case.id, "closed", "Caso atendido.")
    moved = ana.ws.families.create_household(
        parish="PIL", community="La Florida", address_reference="Casa azul junto a la escuela",
        gps_lat=-1.2491, gps_lon=-78.6167, notes="El padre bebe los fines de semana")
    mother = ana.ws.families.add_person(household_id=moved.id, given_names="Carmen",
                                        surnames="Toaquiza", sex="mujer", estimated_age=34,
                                        relation_to_head="jefe_hogar",
                                        confirm_duplicates=True)
    theirs = ana.ws.cases.register(parish="PIL", household_id=moved.id,
                                   affected_person_ids=[mother.id],
                                   violation_types=["negligencia"], facts="Descuido",
                                   risk_level="medio", reporter_anonymous=True)
    ana.ws.cases.change_status(theirs.id, "closed", "Caso atendido.")
    visit = ana.ws.visits.record(household_id=moved.id, visit_date=NOW.date(),
                                 observations="Vive con su tío en la casa azul")
    assert ana.sync().complete
    store = any_server.store
    for record_type in ("case", "person", "household"):
        retention_policy.set_rule(store, record_type, 10, "anonymise", by="consejo")
    figures = StatisticsService(ana.ws.db).case_stats(Scope())

    counts, before = run_once(store)
    assert (counts["household"], counts["visit"]) == (1, 1)
    home = before[moved.id][1]
    assert (home["address_reference"], home["gps_lat"], home["gps_lon"], home["notes"]) \
        == ("", None, None, "")
    assert (home["parish"], home["community"]) == ("PIL", "La Florida")
    assert before[visit.id][1]["observations"] == ""
    assert "erasure" not in before[girl.household_id][1]  # the boy's case waits
    assert ana.sync().complete
    with ana.ws.db.read() as s:
        assert s.get(Household, moved.id).address_reference == ""
    assert StatisticsService(ana.ws.db).case_stats(Scope()) == figures


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


def test_a_failed_run_leaves_the_day_to_the_next_check(any_server) -> None:
    """A run that fails, or a process that stops mid-run, does not take the day: a later
    check runs it."""
    store = any_server.store
    retention_policy.set_rule(store, "attendee", 1, "erase", by="consejo")
    with store.write() as conn:  # a real database error for the run
        conn.execute(text("ALTER TABLE docs RENAME TO docs_away"))
    with pytest.raises(DBAPIError):
        retention_schedule.daily(store)
    with store.write() as conn:
        conn.execute(text("ALTER TABLE docs_away RENAME TO docs"))
    assert retention_schedule.daily(store) == {}  # the next check runs today's
    assert retention_schedule.daily(store) is None

    # A power cut after the claim: the claim holds while the run could still be going on
    # in that process, then lapses.
    tomorrow = later(store, years=0, days=1)
    try:
        assert retention_schedule.claim_today(tomorrow)
        assert retention_schedule.daily(tomorrow) is None
    finally:
        tomorrow.dispose()
    lapsed = ServerStore(tomorrow.engine.url.render_as_string(hide_password=False),
                         FixedClock(tomorrow.clock.now() + retention_schedule.CLAIM_FOR))
    try:
        assert retention_schedule.daily(lapsed) == {}
        assert retention_schedule.daily(lapsed) is None
    finally:
        lapsed.dispose()


@pytest.mark.parametrize(("argv", "message"), [
    (["set", "--type", "casos", "--after-years", "10", "--action", "anonymise"],
     "La retención se aplica a estos tipos de registro: case, person, household, attendee."),
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
