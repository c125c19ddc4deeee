"""Transactional outbox and audit: sync invariant 1, field patches, tombstones."""

import pytest
from sqlalchemy import event, select

from app.core.records import AuditEvent, Household, OutboxEntry, Person, ReferralStatus
from app.core.writer import AppendOnlyViolation


class InjectedFailure(Exception):
    pass


def _outbox(ws) -> list[OutboxEntry]:
    with ws.db.read() as s:
        return list(s.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars())


def _persons(ws) -> list[Person]:
    with ws.db.read() as s:
        return list(s.execute(select(Person)).scalars())


@pytest.fixture
def fail_on(workspace):
    """Make the next statement touching a table raise, between the statements of a save."""
    armed: dict[str, str | None] = {"table": None}

    def before(conn, cursor, statement, params, context, executemany):
        if armed["table"] and f"INSERT INTO {armed['table']}" in statement:
            armed["table"] = None
            raise InjectedFailure(statement)

    event.listen(workspace.db.engine, "before_cursor_execute", before)
    yield lambda table: armed.__setitem__("table", table)
    event.remove(workspace.db.engine, "before_cursor_execute", before)


@pytest.mark.parametrize("table", ["outbox", "audit_event"])
def test_failed_save_leaves_neither_record_nor_change(workspace, household, fail_on, table):
    before = len(_outbox(workspace))
    fail_on(table)
    with pytest.raises(InjectedFailure):
        workspace.families.add_person(household_id=household.id, given_names="Inti",
                                      surnames="Masaquiza", sex="hombre", estimated_age=8)
    assert _persons(workspace) == []
    assert len(_outbox(workspace)) == before
    # ...and the next save gets the very next sequence number: no gap.
    workspace.families.add_person(household_id=household.id, given_names="Inti",
                                  surnames="Masaquiza", sex="hombre", estimated_age=8)
    seqs = [e.seq for e in _outbox(workspace)]
    assert seqs == list(range(1, len(seqs) + 1))
    assert len(_persons(workspace)) == 1


def test_every_write_has_its_entry(workspace, household, child):
    workspace.families.update_person(child.id, phone="0991234567", given_names="Sisa Nina")
    workspace.families.delete_person(child.id)
    entries = _outbox(workspace)
    assert [(e.record_type, e.op) for e in entries] == [
        ("household", "create"), ("person", "create"), ("person", "update"),
        ("person", "delete")]
    update = entries[2]
    # Only the field that changed travels, against the version it was based on.
    assert update.fields == {"phone": "0991234567"}
    assert update.base_version is None
    assert entries[1].fields["given_names"] == "Sisa Nina"
    assert entries[1].fields["birth_date"] == "2016-04-03"


def test_delete_is_a_tombstone(workspace, child):
    workspace.families.delete_person(child.id)
    with workspace.db.read() as s:
        row = s.get(Person, child.id)
    assert row is not None and row.deleted
    assert workspace.search.persons("Sisa") == []


def test_unchanged_update_writes_nothing(workspace, child):
    before = len(_outbox(workspace))
    workspace.families.update_person(child.id, phone="")
    assert len(_outbox(workspace)) == before


def test_log_records_are_append_only(workspace):
    with workspace.db.write() as s, pytest.raises(AppendOnlyViolation):
        workspace.writer.update(s, ReferralStatus, "x", {"status": "closed"})


def test_audit_names_fields_never_values(workspace, child):
    workspace.families.update_person(child.id, phone="0991234567")
    workspace.cases.register(parish="PIL", affected_person_ids=[child.id],
                             violation_types=["negligencia"], facts="Hechos",
                             risk_level="bajo", reporter_anonymous=True)
    with workspace.db.read() as s:
        events = list(s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars())
    update = next(e for e in events if e.action == "update")
    assert update.fields == ["phone"]
    assert update.actor == "ana" and update.device == workspace.actor.device_id
    assert all("0991234567" not in str(e.model_dump()) for e in events)


def test_opening_a_case_is_audited(workspace, child):
    case = workspace.cases.register(parish="PIL", affected_person_ids=[child.id],
                                    violation_types=["negligencia"], facts="Hechos",
                                    risk_level="bajo", reporter_anonymous=True)
    workspace.cases.open(case.id)
    with workspace.db.read() as s:
        views = s.execute(select(AuditEvent).where(AuditEvent.action == "view")).scalars()
        assert [(v.record_type, v.record_id) for v in views] == [("case", case.id)]


def test_records_carry_device_and_user(workspace, household):
    with workspace.db.read() as s:
        row = s.get(Household, household.id)
    assert (row.created_by, row.created_device) == ("ana", workspace.actor.device_id)
    assert row.server_version is None
    assert row.id[14] == "7"   # UUIDv7
