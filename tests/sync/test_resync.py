"""A full resync never touches unsent local changes (invariant 10)."""

from sqlalchemy import select

from app.core.records import Household
from app.core.sync import syncstate
from app.core.sync.inbox import apply_page


def test_full_resync_keeps_unsent_local_changes(server, make_device) -> None:
    a, b = make_device(server, "ana"), make_device(server, "beto")
    h = a.ws.families.create_household(parish="PIL", community="Inicial", notes="n0")
    assert a.sync().complete and b.sync().complete
    b.ws.families.update_household(h.id, community="Cambio B")
    a.ws.families.update_household(h.id, notes="n1")
    assert a.sync().complete
    # A full resync pulls every record again: B's unsent edit must survive it, while the
    # field B did not touch takes the server's value.
    with b.ws.db.write() as s:
        syncstate.set_cursor(s, "")
    b.client.push_batch = 1
    from app.core.records import OutboxEntry

    with b.ws.db.read() as s:
        entry = s.execute(select(OutboxEntry).where(OutboxEntry.state == "pending")).scalar_one()
    # Pull only (as if push had failed): apply the whole feed.
    import requests

    from sync.protocol import PROTOCOL_HEADER

    enrollment = b.client.enrollment()
    page = requests.get(f"{server.url}/api/v1/pull", timeout=10, headers={
        "Authorization": f"Bearer {enrollment.token}", PROTOCOL_HEADER: "1"}).json()
    with b.ws.db.write() as s:
        apply_page(s, page["records"], page["cursor"])
    with b.ws.db.read() as s:
        got = s.execute(select(Household)).scalar_one()
    assert (got.community, got.notes) == ("Cambio B", "n1")
    assert entry.fields == {"community": "Cambio B"}
    # Then the edit goes out and merges.
    report = b.client.full_resync()
    assert report.complete and report.sent == 1
    assert a.sync().complete
    with a.ws.db.read() as s:
        got = s.execute(select(Household)).scalar_one()
    assert (got.community, got.notes) == ("Cambio B", "n1")


def test_replayed_old_page_does_not_roll_back(server, make_device) -> None:
    a = make_device(server, "ana")
    h = a.ws.families.create_household(parish="PIL", community="v1")
    assert a.sync().complete
    old = [{"type": "household", "id": h.id, "version": 1, "deleted": False,
            "data": {"id": h.id, "parish": "PIL", "community": "v1"}}]
    a.ws.families.update_household(h.id, community="v2")
    assert a.sync().complete
    with a.ws.db.write() as s:
        apply_page(s, old, "")
    with a.ws.db.read() as s:
        assert s.execute(select(Household.community)).scalar_one() == "v2"
