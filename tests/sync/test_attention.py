"""Refused changes: resend (Reenviar) and dismiss (Descartar) against the real server."""

from datetime import date

import pytest
from sqlalchemy import func, select, update

from app.core.records import AuditEvent, DeviceState, Household, OutboxEntry, Person
from app.core.sync import outbox, syncstate
from app.core.sync.attention import AttentionError, AttentionService
from app.core.sync.inbox import apply_page
from sync.server.schema import users
from tests.helpers.server import server_docs


def service(device) -> AttentionService:
    return AttentionService(device.ws.db, device.ws.writer)


def entries(device) -> list[OutboxEntry]:
    with device.ws.db.read() as s:
        return list(s.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars())


def assert_gap_free(device) -> None:
    seqs = [e.seq for e in entries(device)]
    with device.ws.db.read() as s:
        next_seq = s.execute(select(DeviceState.next_seq)).scalar_one()
    assert seqs == list(range(1, len(seqs) + 1)) and next_seq == len(seqs) + 1


def refused(device) -> dict[str, OutboxEntry]:
    return {e.record_type: e for e in outbox.needs_attention(device.ws.db)}


def family_elsewhere(device) -> tuple[Household, Person]:
    """A family in a parish outside the promoter's territory, with one member."""
    h = device.ws.families.create_household(parish="AMB", community="Ajena")
    p = device.ws.families.add_person(
        household_id=h.id, given_names="Wayra Illari", surnames="Pilamunga",
        sex="mujer", birth_date=date(2015, 2, 1), relation_to_head="hijo_a",
        confirm_duplicates=True)
    return h, p


def local(device, model, record_id):
    with device.ws.db.read() as s:
        return s.execute(select(model).where(model.id == record_id)).scalar_one_or_none()


def test_refused_creates_apply_after_resend_once_the_cause_is_gone(server,
                                                                  make_device) -> None:
    ana = make_device(server, "ana", parish="PIL")
    h, p = family_elsewhere(ana)
    report = ana.sync()
    assert report.rejected == 2
    assert {k: e.reason for k, e in refused(ana).items()} == {
        "household": "out_of_scope", "person": "not_found"}
    # An edit made after the refusal travels inside the resent create.
    ana.ws.families.update_household(h.id, community="Ajena Alta")
    # The Consejo puts Ana in charge of that parish.
    with server.store.write() as conn:
        conn.execute(update(users).where(users.c.username == "ana").values(parish="AMB"))
    first = service(ana).resend(refused(ana)["household"].seq)
    second = service(ana).resend(refused(ana)["person"].seq)
    assert (first, second) == (4, 5)
    assert outbox.needs_attention(ana.ws.db) == []
    assert [(e.op, e.state) for e in entries(ana)] == [
        ("create", "resent"), ("create", "resent"), ("update", "resent"),
        ("create", "pending"), ("create", "pending")]
    assert entries(ana)[3].fields["community"] == "Ajena Alta"
    assert_gap_free(ana)
    report = ana.sync()
    assert (report.sent, report.rejected, report.pending) == (2, 0, 0)
    docs = server_docs(server.store)
    assert docs[h.id][1]["community"] == "Ajena Alta"
    assert docs[p.id][1]["household_id"] == h.id
    with ana.ws.db.read() as s:
        audit = s.execute(select(AuditEvent.action, AuditEvent.fields)
                          .where(AuditEvent.action == "resend")).all()
    assert "community" in audit[0].fields and "Ajena Alta" not in str(audit)


def test_resent_update_carries_current_values_and_base(server, make_device) -> None:
    ana = make_device(server, "ana", parish="PIL")
    h = ana.ws.families.create_household(parish="PIL", community="Centro")
    assert ana.sync().complete
    ana.ws.families.update_household(h.id, parish="AMB", notes="Se mudaron al lado")
    assert ana.sync().rejected == 1
    ana.ws.families.update_household(h.id, parish="PIL")  # the cause, corrected
    seq = service(ana).resend(refused(ana)["household"].seq)
    new = entries(ana)[-1]
    assert (new.seq, new.op, new.fields) == (seq, "update",
                                            {"parish": "PIL", "notes": "Se mudaron al lado"})
    assert new.base_version == local(ana, Household, h.id).server_version == 1
    assert_gap_free(ana)
    assert ana.sync().complete
    assert server_docs(server.store)[h.id][1]["notes"] == "Se mudaron al lado"


def test_resent_update_still_meets_another_devices_edit_as_a_conflict(server,
                                                                      make_device) -> None:
    ana, beto = make_device(server, "ana"), make_device(server, "beto")
    h = ana.ws.families.create_household(parish="PIL", community="Centro")
    assert ana.sync().complete and beto.sync().complete
    ana.ws.families.update_household(h.id, parish="AMB", notes="Casa de Ana")
    assert ana.sync().rejected == 1
    beto.ws.families.update_household(h.id, notes="Casa de Beto")
    assert beto.sync().complete
    assert ana.sync().pulled_all  # the record's version moves on; Ana's fields stay
    ana.ws.families.update_household(h.id, parish="PIL")
    service(ana).resend(refused(ana)["household"].seq)
    report = ana.sync()
    assert report.conflicts == 1 and report.rejected == 0
    docs = server_docs(server.store)
    assert docs[h.id][1]["notes"] == "Casa de Beto"  # kept, not silently overwritten
    [conflict] = [d for _, d in docs.values() if d.get("target_id") == h.id]
    assert (conflict["kept_value"], conflict["other_value"]) == ("Casa de Beto",
                                                                 "Casa de Ana")


def test_dismissed_create_disappears_locally_and_is_never_sent(server,
                                                               make_device) -> None:
    ana = make_device(server, "ana", parish="PIL")
    h, p = family_elsewhere(ana)
    assert ana.sync().rejected == 2
    assert [hit.id for hit in ana.ws.search.persons("Wayra")] == [p.id]
    # The family cannot go while its member's refused create still names it.
    with pytest.raises(AttentionError, match="refer to this record"):
        service(ana).dismiss(refused(ana)["household"].seq)
    done = service(ana).dismiss(refused(ana)["person"].seq)
    assert done.removed and not done.resync
    assert ana.ws.search.persons("Wayra") == []
    assert service(ana).dismiss(refused(ana)["household"].seq).removed
    assert local(ana, Household, h.id) is None and local(ana, Person, p.id) is None
    assert [e.state for e in entries(ana)] == ["dismissed", "dismissed"]
    with pytest.raises(AttentionError, match="already resent or dismissed"):
        service(ana).dismiss(1)
    report = ana.sync()
    assert (report.sent, report.rejected, report.pending) == (0, 0, 0)
    assert server_docs(server.store) == {}
    assert_gap_free(ana)
    with ana.ws.db.read() as s:
        audit = s.execute(select(AuditEvent.action, AuditEvent.record_id,
                                 AuditEvent.fields).where(
            AuditEvent.action.in_(("dismiss", "remove")))).all()
    assert [(a.action, a.record_id) for a in audit] == [
        ("dismiss", p.id), ("remove", p.id), ("dismiss", h.id), ("remove", h.id)]
    assert "Wayra Illari" not in str(audit) and "given_names" in audit[0].fields


def test_dismissed_update_takes_the_server_copy_and_spares_unsent_changes(
        server, make_device) -> None:
    ana = make_device(server, "ana", parish="PIL")
    h1 = ana.ws.families.create_household(parish="PIL", community="Centro")
    h2 = ana.ws.families.create_household(parish="PIL", community="Norte")
    assert ana.sync().complete
    ana.ws.families.update_household(h1.id, parish="AMB", community="Ajena")
    assert ana.sync().rejected == 1
    done = service(ana).dismiss(refused(ana)["household"].seq)
    assert done.resync and not done.removed
    ana.ws.families.update_household(h2.id, community="Norte Sin Enviar")
    report = ana.client.sync(push=False)  # only the pull: the edit of h2 stays unsent
    assert report.pulled_all and report.received == 2
    got1, got2 = local(ana, Household, h1.id), local(ana, Household, h2.id)
    assert (got1.parish, got1.community) == ("PIL", "Centro")
    assert got2.community == "Norte Sin Enviar"
    assert outbox.pending_count(ana.ws.db) == 1
    assert ana.sync().complete
    assert server_docs(server.store)[h2.id][1]["community"] == "Norte Sin Enviar"
    assert_gap_free(ana)


def test_refused_update_survives_a_full_resync_until_acted_on(server, make_device) -> None:
    ana = make_device(server, "ana", parish="PIL")
    h = ana.ws.families.create_household(parish="PIL", community="Centro")
    assert ana.sync().complete
    ana.ws.families.update_household(h.id, parish="AMB")
    assert ana.sync().rejected == 1
    assert ana.client.full_resync().received == 1
    assert local(ana, Household, h.id).parish == "AMB"
    assert refused(ana)["household"].fields == {"parish": "AMB"}


def test_refused_update_waits_for_its_refused_create(server, make_device) -> None:
    ana = make_device(server, "ana", parish="PIL")
    h, _p = family_elsewhere(ana)
    ana.ws.families.delete_person(_p.id)
    ana.ws.families.update_household(h.id, notes="Nota")
    assert ana.sync().rejected == 4
    update_seq = next(e.seq for e in outbox.needs_attention(ana.ws.db)
                      if e.op == "update")
    for act in (service(ana).resend, service(ana).dismiss):
        with pytest.raises(AttentionError, match="creates it first"):
            act(update_seq)
    person_create = next(e.seq for e in outbox.needs_attention(ana.ws.db)
                         if (e.record_type, e.op) == ("person", "create"))
    with pytest.raises(AttentionError, match="no longer on this device"):
        service(ana).resend(person_create)
    assert len(outbox.needs_attention(ana.ws.db)) == 4


def test_resync_requested_during_a_pull_is_not_lost(workspace) -> None:
    db = workspace.db
    with db.write() as s:
        syncstate.set_cursor(s, "c1")
    assert syncstate.pull_cursor(db) == "c1"  # a pull starts
    with db.write() as s:
        syncstate.request_resync(s)  # a change is dismissed meanwhile
    with db.write() as s:
        apply_page(s, [], "c2")  # the running pull stores its next page
    assert syncstate.pull_cursor(db) == ""
    with db.write() as s:
        apply_page(s, [], "c3")
    assert syncstate.pull_cursor(db) == "c3"
    with workspace.db.read() as s:
        assert s.execute(select(func.count()).select_from(OutboxEntry)).scalar_one() == 0
