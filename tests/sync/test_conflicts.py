"""Concurrent edits (invariant 5), device clocks (6), deletes against edits (7)."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app.core.records import Household
from app.core.sync.conflicts import ConflictService
from tests.helpers.constants import NOW
from tests.helpers.server import server_docs


def _get(device, household_id: str) -> Household:
    with device.ws.db.read() as s:
        return s.execute(select(Household).where(Household.id == household_id)).scalar_one()


@pytest.fixture
def pair(server, make_device):
    a, b = make_device(server, "ana"), make_device(server, "beto")
    h = a.ws.families.create_household(parish="PIL", community="Inicial", notes="")
    assert a.sync().complete and b.sync().complete
    return a, b, h


def test_edits_of_different_fields_merge(pair) -> None:
    a, b, h = pair
    a.ws.families.update_household(h.id, community="Norte")
    b.ws.families.update_household(h.id, notes="Casa azul")
    assert a.sync().complete
    report = b.sync()
    assert report.complete and report.conflicts == 0
    assert a.sync().complete
    for device in (a, b):
        got = _get(device, h.id)
        assert (got.community, got.notes) == ("Norte", "Casa azul")
        assert ConflictService(device.ws.context()).open() == []


def test_same_field_keeps_both_values_and_resolution_syncs(pair) -> None:
    a, b, h = pair
    a.ws.families.update_household(h.id, community="Norte")
    b.ws.families.update_household(h.id, community="Sur")
    assert a.sync().complete
    report = b.sync()
    assert report.conflicts == 1 and report.complete
    assert a.sync().complete
    for device in (a, b):
        assert _get(device, h.id).community == "Norte"
        [conflict] = ConflictService(device.ws.context()).open()
        assert (conflict.field, conflict.kept_value, conflict.other_value) == \
            ("community", "Norte", "Sur")
    # B keeps its own value: the resolution is itself a synced change.
    service = ConflictService(b.ws.context())
    service.resolve(service.open()[0].id, "Sur")
    assert b.sync().complete and a.sync().complete
    for device in (a, b):
        assert _get(device, h.id).community == "Sur"
        assert ConflictService(device.ws.context()).open() == []


def test_device_clock_years_off_does_not_decide(pair) -> None:
    a, b, h = pair
    # A's clock is twenty years ahead; it edits first. B edits later, after seeing A's edit.
    a.ws.clock.at = datetime(2046, 1, 1, tzinfo=UTC)
    a.ws.families.update_household(h.id, community="Futuro")
    a.ws.clock.at = NOW
    assert a.sync().complete and b.sync().complete
    b.ws.families.update_household(h.id, community="Presente")
    assert b.sync().complete and a.sync().complete
    assert _get(a, h.id).community == "Presente"
    # Stamps on the server come from the server's clock, never the device's.
    _, data = server_docs(a.server.store)[h.id]
    assert data["updated_at"] == a.server.store.clock.now().isoformat().replace("+00:00", "Z")


def test_edit_against_delete_is_a_conflict_not_a_resurrection(pair) -> None:
    a, b, h = pair
    with a.ws.db.write() as s:
        a.ws.writer.delete(s, Household, h.id)
    b.ws.families.update_household(h.id, community="Editada")
    assert a.sync().complete
    report = b.sync()
    assert report.conflicts == 1
    assert a.sync().complete
    for device in (a, b):
        assert _get(device, h.id).deleted is True
        [conflict] = ConflictService(device.ws.context()).open()
        assert conflict.field == "" and conflict.other_value == {"community": "Editada"}


def test_conflict_on_a_person_deleted_since_resolves_without_a_value(server, make_device
                                                                     ) -> None:
    from datetime import date

    from app.core.records import Person
    from app.core.sync import outbox

    a, b = make_device(server, "ana"), make_device(server, "beto")
    h = a.ws.families.create_household(parish="PIL", community="Centro")
    p = a.ws.families.add_person(household_id=h.id, given_names="Sisa", surnames="Chicaiza",
                                 sex="mujer", birth_date=date(2016, 4, 3),
                                 relation_to_head="hijo_a", confirm_duplicates=True)
    assert a.sync().complete and b.sync().complete
    a.ws.families.update_person(p.id, phone="0991111111")
    b.ws.families.update_person(p.id, phone="0992222222")
    assert a.sync().complete and b.sync().conflicts == 1
    b.ws.families.delete_person(p.id)
    service = ConflictService(b.ws.context())
    [conflict] = service.open()
    service.resolve(conflict.id, "0992222222")  # no error for a record deleted since
    assert service.open() == []
    assert [(e.record_type, e.op) for e in outbox.pending(b.ws.db)][-1] == ("conflict",
                                                                            "update")
    assert b.sync().complete and a.sync().complete
    with a.ws.db.read() as s:
        assert s.execute(select(Person.deleted).where(Person.id == p.id)).scalar_one()
