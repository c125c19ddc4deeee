"""Basic push/pull between two devices of one parish."""

from sqlalchemy import select

from app.core import outbox
from app.core.records import Household


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
