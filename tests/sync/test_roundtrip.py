"""Basic push/pull between two devices of one parish."""

from sqlalchemy import select

from app.core.records import Household
from app.core.sync import outbox


def test_household_travels_between_two_devices(server, make_device) -> None:
    a = make_device(server, "ana")
    b = make_device(server, "beto")
    household = a.ws.families.create_household(parish="PIL", community="Tamboloma")
    report = a.sync()
    assert report.complete and report.sent == 1
    report = b.sync()
    assert report.complete and report.received == 1
    with b.ws.db.read() as s:
        got = s.execute(select(Household)).scalar_one()
    assert got.id == household.id and got.community == "Tamboloma"
    assert got.server_version == 1
    assert outbox.pending_count(b.ws.db) == 0


def test_server_audits_who_sent_and_received_without_content(server, make_device) -> None:
    from sync.server.schema import audit

    a, b = make_device(server, "ana"), make_device(server, "beto")
    a.ws.families.create_household(parish="PIL", community="Tamboloma")
    assert a.sync().complete and b.sync().complete
    with server.store.read() as conn:
        rows = conn.execute(select(audit.c.username, audit.c.action, audit.c.detail)).all()
    assert ("ana", "push") in {(r.username, r.action) for r in rows}
    assert ("beto", "pull") in {(r.username, r.action) for r in rows}
    assert not any("Tamboloma" in r.detail for r in rows)


def test_audit_answers_who_received_a_record(server, make_device, monkeypatch,
                                             capsys) -> None:
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    from sync.server.cli import main as server_main

    a, b = make_device(server, "ana"), make_device(server, "beto")
    make_device(server, "olga", parish="AMB")
    mine = a.ws.families.create_household(parish="PIL", community="Tamboloma")
    other = a.ws.families.create_household(parish="PIL", community="Yatzaputzan")
    assert a.sync().complete and b.sync().complete
    b.ws.families.update_household(other.id, notes="Casa azul")
    assert b.sync().complete
    capsys.readouterr()
    assert server_main(["--db", server.store.url, "audit", "--record", mine.id]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    # Newest first: beto received it; ana sent it and got it back with its version.
    assert [(u, action) for _at, u, _device, action, _n in lines] == [
        ("beto", "pull"), ("ana", "pull"), ("ana", "push")]
    assert all(at.endswith("+00:00") for at, *_ in lines)
    assert "Tamboloma" not in str(lines)
    assert server_main(["--db", server.store.url, "audit", "--record", "x' OR 1=1"]) == 1
    assert capsys.readouterr().err == "No es un identificador de registro: x' OR 1=1.\n"


def test_every_field_type_arrives_as_written(server, make_device) -> None:
    from datetime import date

    from app.core.records import Case, Person, content_fields

    a, b = make_device(server, "ana"), make_device(server, "beto")
    h = a.ws.families.create_household(parish="PIL", community="Ñachiñan",
                                       gps_lat=-1.25, gps_lon=-78.6)
    p = a.ws.families.add_person(household_id=h.id, given_names="Sisa Ñusta",
                                 surnames="Chicaiza", sex="mujer",
                                 birth_date=date(2016, 4, 3), relation_to_head="hijo_a",
                                 priority_groups=["ninez_adolescencia"], confirm_duplicates=True)
    c = a.ws.cases.register(parish="PIL", affected_person_ids=[p.id],
                            violation_types=["negligencia", "maltrato_fisico"],
                            facts="Hechos «entre comillas»", occurred_on=date(2026, 11, 1),
                            risk_level="alto", reporter_anonymous=True)
    assert a.sync().complete and b.sync().complete
    for model, rid in ((Household, h.id), (Person, p.id), (Case, c.id)):
        with a.ws.db.read() as s:
            mine = s.get(model, rid)
        with b.ws.db.read() as s:
            theirs = s.get(model, rid)
        for name in content_fields(model):
            assert getattr(theirs, name) == getattr(mine, name), (model, name)
        assert theirs.created_at.tzinfo is not None


def test_status_for_the_status_bar(server, make_device) -> None:
    from app.core.sync.syncstatus import sync_status

    a = make_device(server, "ana")
    a.ws.families.create_household(parish="PIL", community="Uno")
    a.ws.families.create_household(parish="AMB", community="Ajena")
    before = sync_status(a.ws.db)
    assert before.enrolled and before.pending == 2 and before.last_success == ""
    assert not a.sync().complete
    after = sync_status(a.ws.db)
    assert (after.pending, after.needs_attention, after.open_conflicts) == (0, 1, 0)
    assert after.server_url == server.url
