"""A restored backup is a fork of the device (issue 13 §2, sync invariant 14): the old
laptop and the restored copy both keep working and both sync; the server and a third
device end with every change once: nothing lost, nothing applied twice."""

from collections import Counter

import pytest
from sqlalchemy import select

from app.core.backups import restore, write_backup
from app.core.clock import FixedClock
from app.core.records import Case, CaseNote, Household, OutboxEntry
from app.core.store.device import device_id
from app.core.sync import outbox
from app.core.workspace import unlock
from sync.client import SyncClient
from sync.server import admin
from sync.server.schema import docs
from sync.usb import export_bundle, import_answer
from tests.helpers.constants import NOW, PASSWORD
from tests.helpers.server import family_case, server_docs


def local_docs(ws) -> dict[str, object]:
    with ws.db.read() as s:
        docs: dict[str, object] = {h.id: (h.community, h.notes)
                                   for h in s.execute(select(Household)).scalars()}
        docs.update({n.id: n.text for n in s.execute(select(CaseNote)).scalars()
                     if n.kind == "note"})
    return docs


def restored(server, old, tmp_path, catalogs):
    """Back up `old`, restore it onto a new folder, enroll the copy: (workspace, client)."""
    backup = tmp_path / "copia.dfbackup"
    write_backup(old.ws.db, old.ws.data_dir, backup, old.ws.clock)
    fork = restore(backup, tmp_path / "laptop-nueva", "ana", PASSWORD, FixedClock(NOW))
    ws = unlock(tmp_path / "laptop-nueva", "ana", PASSWORD, catalogs, FixedClock(NOW))
    assert device_id(ws.db) == fork.new_device != device_id(old.ws.db)
    client = SyncClient(ws.db, ws.clock, sleep=lambda _s: None, timeout=(5.0, 30.0))
    client.enroll(server.url, "ana", PASSWORD)
    return ws, client


def kinds_on_server(server) -> Counter:
    with server.store.read() as conn:
        return Counter(conn.execute(select(docs.c.type)).scalars())


def next_seq(ws) -> int:
    with ws.db.read() as s:
        return max([e.seq for e in s.execute(select(OutboxEntry)).scalars()] or [0]) + 1


def test_restored_copy_and_old_laptop_both_sync_without_loss_or_duplicates(
        any_server, make_device, tmp_path, catalogs) -> None:
    server = any_server  # SQLite and PostgreSQL
    old = make_device(server, "ana")
    case = family_case(old.ws)
    shared = old.ws.families.create_household(parish="PIL", community="Base", notes="")
    assert old.sync().complete
    ws, new = restored(server, old, tmp_path, catalogs)
    try:
        # Both copies work on under the same outbox numbers: a create each, edits of
        # different fields of one record, an append-only note each, then both sync.
        seq = next_seq(ws)
        assert seq == next_seq(old.ws)
        on_old = old.ws.families.create_household(parish="PIL", community="Del viejo")
        on_new = ws.families.create_household(parish="PIL", community="Del nuevo")
        old.ws.families.update_household(shared.id, notes="nota del viejo")
        ws.families.update_household(shared.id, community="Comunidad del nuevo")
        old.ws.cases.add_note(case.id, "Nota del portátil viejo")
        ws.cases.add_note(case.id, "Nota del portátil restaurado")
        with old.ws.db.read() as s:
            assert s.get(OutboxEntry, seq).record_id == on_old.id
        with ws.db.read() as s:
            assert s.get(OutboxEntry, seq).record_id == on_new.id

        assert old.sync().complete
        assert new.sync().complete
        assert old.sync().complete
        assert outbox.needs_attention(ws.db) == outbox.needs_attention(old.ws.db) == []

        on_server = server_docs(server.store)
        assert {on_old.id, on_new.id, shared.id} <= on_server.keys()
        assert kinds_on_server(server)["conflict"] == 0
        notes = [d["text"] for _, d in on_server.values() if d.get("case_id") == case.id
                 and "text" in d and d.get("kind") == "note"]
        assert Counter(notes) == Counter(["Nota del portátil viejo",
                                          "Nota del portátil restaurado"])
        assert (on_server[shared.id][1]["community"], on_server[shared.id][1]["notes"]) \
            == ("Comunidad del nuevo", "nota del viejo")

        # A third device of the parish receives every record once; so do both copies.
        third = make_device(server, "tito", "tecnico", "PIL")
        assert third.sync().complete
        expected = local_docs(third.ws)
        assert {on_old.id, on_new.id, shared.id} <= expected.keys()
        assert Counter(v for v in expected.values() if isinstance(v, str)) == Counter(
            ["Nota del portátil viejo", "Nota del portátil restaurado"])
        assert local_docs(old.ws) == expected == local_docs(ws)
        with third.ws.db.read() as s:
            assert s.execute(select(Case.id)).scalars().all() == [case.id]
    finally:
        ws.close()


@pytest.mark.parametrize("way", ["http", "usb"])
def test_changes_unsent_in_both_copies_are_applied_once(
        any_server, make_device, tmp_path, catalogs, way) -> None:
    """Unsent at the moment of the backup, then sent by the old laptop (one of them
    edited there afterwards): the copy sends them again under its own id, naming its
    parent. The server recognises each as the parent's change it already applied and
    answers it so, applying nothing: no "exists" in "needs attention", nothing written
    twice, the old laptop's later edit kept."""
    server = any_server
    old = make_device(server, "ana")
    shared = old.ws.families.create_household(parish="PIL", community="Base")
    assert old.sync().complete
    old.ws.families.update_household(shared.id, community="Antes de la copia")
    twice = old.ws.families.create_household(parish="PIL", community="Sin enviar")
    edited = old.ws.families.create_household(parish="PIL", community="Sin enviar 2")
    ws, new = restored(server, old, tmp_path, catalogs)
    try:
        old.ws.families.update_household(edited.id, community="Editada por el viejo")
        assert old.sync().complete
        before = server_docs(server.store)
        if way == "http":
            report = new.sync()
            assert (report.pending, report.sent, report.rejected) == (0, 3, 0)
        else:
            bundle, answer = tmp_path / "out.bundle", tmp_path / "answer.bundle"
            export_bundle(ws.db, bundle)
            admin.import_bundle(server.store, catalogs, bundle, answer)
            import_answer(ws.db, answer, ws.clock)
            assert outbox.pending_count(ws.db) == 0
        assert outbox.needs_attention(ws.db) == []
        on_server = server_docs(server.store)
        assert on_server == before  # nothing written twice
        assert on_server[twice.id][1]["community"] == "Sin enviar"
        assert on_server[edited.id][1]["community"] == "Editada por el viejo"
        assert on_server[shared.id][1]["community"] == "Antes de la copia"
        assert kinds_on_server(server)["conflict"] == 0
        assert new.sync().complete  # the copy receives the old laptop's later edit
        assert local_docs(ws) == local_docs(old.ws)
        assert local_docs(ws)[edited.id] == ("Editada por el viejo", "")
    finally:
        ws.close()


def test_a_parent_of_another_user_is_not_believed(any_server, make_device, tmp_path,
                                                  catalogs) -> None:
    """Naming another user's device as parent answers nothing from its log."""
    from sync.protocol import Change, Origin
    from sync.server.push import apply_push
    from sync.server.scope import Principal

    server = any_server
    old = make_device(server, "ana")
    made = old.ws.families.create_household(parish="PIL", community="Base")
    assert old.sync().complete
    old.ws.families.update_household(made.id, community="Editada")
    assert old.sync().complete
    with old.ws.db.read() as s:
        first = s.get(OutboxEntry, 1)
    change = Change(seq=1, record_type=first.record_type, record_id=first.record_id,
                    op=first.op, fields=first.fields, base_version=first.base_version)
    beto = make_device(server, "beto")
    who = Principal("beto", "promotor", "PIL", device_id(beto.ws.db))
    [result] = apply_push(server.store, who, [change], catalogs,
                          Origin(device_id=device_id(old.ws.db), through=5))
    assert (result["status"], result["reason"]) == ("rejected", "exists")
