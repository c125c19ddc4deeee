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
