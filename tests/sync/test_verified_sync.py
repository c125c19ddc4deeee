"""Verified sync (invariant 12): device and server agree on a digest of the device's
scope after every sync and bundle; damage and a shrunk scope are repaired, unsent local
changes never touched."""

from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from app.cli.sync import print_report
from app.core.catalogs import Catalogs
from app.core.i18n import translator
from app.core.ids import new_id
from app.core.records import Household, OutboxEntry
from app.core.records.digest import Digest
from app.core.store.migrate import alembic_config, upgrade
from app.core.sync import outbox, verify
from app.core.sync.inbox import apply_rows
from app.core.sync.syncstatus import sync_status
from sync.client import SyncReport
from sync.server import admin
from sync.usb import export_bundle, import_answer
from tests.helpers.constants import NOW
from tests.helpers.faults import FaultProxy
from tests.helpers.server import restore_older_backup, server_docs


def _held(device) -> dict[str, int]:
    with device.ws.db.read() as s:
        return {i: v for i, (_t, v) in verify.held(s).items()}


def _scope(server, parish: str = "PIL") -> dict[str, int]:
    return {i: v for i, (v, data) in server_docs(server.store).items()
            if data.get("parish") == parish}


def _delete_row(device, h: Household) -> None:
    with device.ws.db.write() as s:
        s.execute(text("DELETE FROM household WHERE id = :id"), {"id": h.id})


def _foreign_row(device, _h: Household) -> None:
    """Another parish's household, as if received by mistake or planted."""
    with device.ws.db.write() as s:
        apply_rows(s, [{"type": "household", "id": new_id(), "version": 2, "deleted": False,
                        "data": {"parish": "AMB", "community": "Ajena"}}])


def _bump_version(device, h: Household) -> None:
    with device.ws.db.write() as s:
        s.execute(text("UPDATE household SET server_version = server_version + 40 "
                       "WHERE id = :id"), {"id": h.id})


DAMAGE: dict[str, tuple[Callable, int, int]] = {
    "deleted_row": (_delete_row, 1, 0),       # fetched, dropped
    "foreign_row": (_foreign_row, 0, 1),
    "changed_version": (_bump_version, 1, 0),
}


def _field_with_data(server, make_device):
    field = make_device(server, "ana")
    h = field.ws.families.create_household(parish="PIL", community="Centro")
    field.ws.families.create_household(parish="PIL", community="Norte")
    other = make_device(server, "olga", parish="AMB")
    other.ws.families.create_household(parish="AMB", community="Otra")
    assert other.sync().complete
    report = field.sync()
    assert report.complete and report.verified and report.repaired == 0
    return field, h


def test_a_sync_ends_verified_and_the_time_is_kept(server, make_device) -> None:
    field, _h = _field_with_data(server, make_device)
    assert _held(field) == _scope(server)
    assert sync_status(field.ws.db).verified_at == NOW.isoformat()
    again = field.sync()  # a no-op sync: verified from the digest alone
    assert again.verified and again.received == 0 and again.repaired == 0
    # The server's cached digest catches up with later writes, of this parish or not.
    h = field.ws.families.create_household(parish="PIL", community="Nueva")
    field.ws.families.update_household(h.id, community="Nueva 2")
    other = make_device(server, "otto", parish="AMB")
    other.ws.families.create_household(parish="AMB", community="Lejos")
    assert other.sync().complete
    report = field.sync()
    assert report.verified and report.repaired == 0
    assert _held(field) == _scope(server)


def test_the_triggers_keep_the_digest_of_every_row(server, make_device) -> None:
    field, h = _field_with_data(server, make_device)
    field.ws.families.update_household(h.id, community="Sur")
    assert field.sync().complete
    for damage, _fetched, _dropped in DAMAGE.values():
        damage(field, h)
        with field.ws.db.read() as s:
            assert verify.held_digest(s) == Digest.of(_held(field).items())


def test_migration_0006_sums_the_rows_a_store_already_holds(server, make_device) -> None:
    field, _h = _field_with_data(server, make_device)
    db = field.ws.db
    cfg = alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
        conn.commit()
    upgrade(db, field.ws.clock)
    with db.read() as s:
        digest = verify.held_digest(s)
    assert digest == Digest.of(_held(field).items()) and digest.count == 2
    assert field.sync().repaired == 0


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damage_is_found_and_repaired_over_http(any_server, make_device, damage) -> None:
    field, h = _field_with_data(any_server, make_device)
    harm, fetched, dropped = DAMAGE[damage]
    harm(field, h)
    assert _held(field) != _scope(any_server)
    report = field.sync()
    assert report.complete and report.verified
    assert (report.fetched, report.dropped) == (fetched, dropped)
    assert _held(field) == _scope(any_server)
    assert field.sync().repaired == 0


def _exchange(server, device, tmp_path: Path) -> SyncReport:
    bundle, answer = tmp_path / "out.bundle", tmp_path / "answer.bundle"
    export_bundle(device.ws.db, bundle)
    admin.import_bundle(server.store, Catalogs.load(), bundle, answer)
    return import_answer(device.ws.db, answer, device.ws.clock)


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damage_is_found_and_repaired_through_bundles(server, make_device, tmp_path,
                                                      damage) -> None:
    field, h = _field_with_data(server, make_device)
    harm, fetched, dropped = DAMAGE[damage]
    harm(field, h)
    report = _exchange(server, field, tmp_path)
    assert report.complete and report.verified
    assert (report.fetched, report.dropped) == (fetched, dropped)
    assert _held(field) == _scope(server)
    again = _exchange(server, field, tmp_path)
    assert again.verified and again.repaired == 0


def test_unsent_changes_survive_a_repair(server, make_device) -> None:
    field, h = _field_with_data(server, make_device)
    lost = next(i for i in _held(field) if i != h.id)
    field.ws.families.update_household(h.id, community="Cambio sin enviar")
    with field.ws.db.write() as s:
        s.execute(text("DELETE FROM household WHERE id = :id"), {"id": lost})
    report = field.client.sync(push=False)  # the repair runs before the edit is sent
    assert report.verified and report.fetched == 1
    assert outbox.pending_count(field.ws.db) == 1
    with field.ws.db.read() as s:
        assert s.get(Household, h.id).community == "Cambio sin enviar"
        assert s.get(Household, lost) is not None
    assert field.sync().complete
    assert server_docs(server.store)[h.id][1]["community"] == "Cambio sin enviar"


def test_a_moved_promoter_no_longer_holds_the_old_parish(any_server, make_device) -> None:
    field, h = _field_with_data(any_server, make_device)
    kept = field.ws.families.create_household(parish="PIL", community="Sin enviar")
    field.ws.families.update_household(h.id, community="Editado sin enviar")
    admin.move_user(any_server.store, "ana", "AMB")
    report = field.client.sync(push=False)
    # Unsent work stays on the device (the edited household, the new one) ...
    held = _held(field)
    with field.ws.db.read() as s:
        assert s.get(Household, h.id).community == "Editado sin enviar"
        assert s.get(Household, kept.id) is not None
        pending = s.execute(select(OutboxEntry.record_id)
                            .where(OutboxEntry.state == "pending")).scalars().all()
    assert set(pending) == {h.id, kept.id}
    # ... everything else of the old parish left; the new parish arrived.
    assert report.dropped == 1
    assert set(held) == set(_scope(any_server, "AMB")) | {h.id}
    assert not report.verified  # the unsent edit's record still differs from the scope


def test_an_older_server_without_a_digest_is_not_verified(server, make_device) -> None:
    proxy = FaultProxy(server.url)
    try:
        field = make_device(server, "ana", url=proxy.url)
        field.ws.families.create_household(parish="PIL", community="Centro")
        proxy.add("/api/v1/pull", "old_server")
        report = field.sync()
        assert report.complete and not report.verified and report.repaired == 0
        assert "/api/v1/inventory" not in proxy.forwarded  # skipped silently
        assert sync_status(field.ws.db).verified_at == ""
        assert field.sync().verified  # the same server, now with its digest
    finally:
        proxy.close()


def test_without_a_digest_nothing_is_verified() -> None:
    assert Digest.from_wire(None) is None
    assert Digest.from_wire({"count": 1}) is None
    assert Digest.from_wire({"count": 1, "sum": 5}) == Digest(1, 5)


def test_a_server_restored_from_an_older_backup_repairs_nothing(server, make_device,
                                                                capsys) -> None:
    """The devices hold the only copies of what the server lost: a digest mismatch must
    not drop or overwrite them; the sync says the server is behind, not verified."""
    field, _h = _field_with_data(server, make_device)
    with server.store.read() as conn:
        from sync.server.schema import counter

        head = conn.execute(select(counter.c.value)).scalar()
    later = field.ws.families.create_household(parish="PIL", community="Después")
    assert field.sync().verified
    restore_older_backup(server, head)
    before = _held(field)
    assert later.id in before
    report = field.sync()
    assert report.server_behind and not report.verified and report.repaired == 0
    assert _held(field) == before
    # The command line says so, in Spanish (the status bar: tests/ui/test_sync_controller).
    print_report(report, translator("es"), field.ws.db)
    assert "El servidor tiene datos más antiguos que este equipo: no se reparó nada; " \
        "avise al Consejo." in capsys.readouterr().err


def test_a_late_usb_answer_never_overwrites_what_a_later_sync_brought(
        server, make_device, tmp_path) -> None:
    field, h = _field_with_data(server, make_device)
    _bump_version(field, h)  # damaged: the USB answer will carry a repair of it
    bundle, answer = tmp_path / "out.bundle", tmp_path / "answer.bundle"
    export_bundle(field.ws.db, bundle)
    admin.import_bundle(server.store, Catalogs.load(), bundle, answer)
    # Meanwhile another promoter edits the family and the device syncs over the network.
    other = make_device(server, "beto")
    assert other.sync().complete
    other.ws.families.update_household(h.id, community="Más reciente")
    assert other.sync().complete and field.sync().verified
    newer = _held(field)[h.id]
    report = import_answer(field.ws.db, answer, field.ws.clock)  # days later
    assert _held(field)[h.id] == newer
    with field.ws.db.read() as s:
        assert s.get(Household, h.id).community == "Más reciente"
    # An old answer cannot vouch for today's store: its server state is behind what the
    # device has since received, so nothing is repaired from it.
    assert report.server_behind and not report.verified


def test_what_is_kept_on_purpose_does_not_make_every_sync_repair(server, make_device
                                                                 ) -> None:
    """A record out of the device's scope that it keeps for an unsent change differs from
    the server's digest at every sync; the inventory is read again only when something
    changed since the repair that could not help."""
    proxy = FaultProxy(server.url)
    try:
        field = make_device(server, "ana", url=proxy.url)
        h = field.ws.families.create_household(parish="PIL", community="Centro")
        assert field.sync().verified
        field.ws.families.update_household(h.id, community="Editado sin enviar")
        admin.move_user(server.store, "ana", "AMB")
        first = field.client.sync(push=False)  # keeps the edited family: not verified
        assert not first.verified and "/api/v1/inventory" in proxy.forwarded
        proxy.forwarded.clear()
        again = field.client.sync(push=False)
        assert not again.verified and "/api/v1/inventory" not in proxy.forwarded
        other = make_device(server, "olga", parish="AMB")
        other.ws.families.create_household(parish="AMB", community="Nueva")
        assert other.sync().complete
        changed = field.client.sync(push=False)  # the scope moved on: compared again
        assert "/api/v1/inventory" in proxy.forwarded and not changed.verified
        assert changed.received == 1
    finally:
        proxy.close()


def test_a_family_an_unsent_member_names_is_not_dropped(server, make_device) -> None:
    from datetime import date

    field = make_device(server, "ana")
    h = field.ws.families.create_household(parish="PIL", community="Centro")
    assert field.sync().verified
    person = field.ws.families.add_person(household_id=h.id, given_names="Rosa",
                                          surnames="Tisalema", sex="mujer",
                                          birth_date=date(2015, 3, 1))
    admin.move_user(server.store, "ana", "AMB")
    field.client.sync(push=False)
    held = _held(field)
    assert h.id in held  # its unsent member still has a family to point at
    with field.ws.db.read() as s:
        assert s.get(Household, h.id) is not None
    assert outbox.pending_count(field.ws.db) == 1 and person.household_id == h.id


def test_a_push_between_the_last_page_and_its_digest_repairs_nothing(
        any_server, make_device) -> None:
    """The page and its digest come from one snapshot (REPEATABLE READ on PostgreSQL):
    a push landing between them is in neither, and comes with the next sync."""
    field, _h = _field_with_data(any_server, make_device)
    other = make_device(any_server, "olga2", parish="PIL")
    late = other.ws.families.create_household(parish="PIL", community="Entre medias")
    landed: list[int] = []

    def push_meanwhile() -> None:
        if not landed:  # once: the other device's own pull passes here too
            landed.append(other.client.sync(pull=False).sent)

    any_server.store.between_page_and_digest = push_meanwhile
    try:
        report = field.sync()
    finally:
        any_server.store.between_page_and_digest = lambda: None
    assert landed == [1] and late.id in _scope(any_server)
    assert report.verified and report.repaired == 0
    assert late.id not in _held(field)
    again = field.sync()
    assert again.received == 1 and again.verified and again.repaired == 0
    assert _held(field) == _scope(any_server)
