"""Resolving a conflict obeys the record's rules, as any edit does: a refused value writes
nothing (no outbox entry) and the conflict stays open."""

from datetime import date

import pytest
from sqlalchemy import select

from app.core.i18n import translator
from app.core.records import Case, Conflict, Person
from app.core.sync import outbox
from app.core.sync.conflicts import ConflictService, ResolutionRefused

SPANISH = translator("es")


def _record(device, model, record_id: str):
    with device.ws.db.read() as s:
        return s.execute(select(model).where(model.id == record_id)).scalar_one()


def _conflict_on(device, field: str) -> Conflict:
    [conflict] = [c for c in ConflictService(device.ws.context()).open() if c.field == field]
    return conflict


def _pending(device) -> list[tuple[str, str, dict]]:
    return [(e.record_type, e.op, e.fields) for e in outbox.pending(device.ws.db)]


def _person(ws, doc_number: str = "1804567897") -> Person:
    h = ws.families.create_household(parish="PIL", community="Centro")
    return ws.families.add_person(
        household_id=h.id, given_names="Sisa", surnames="Chicaiza", sex="mujer",
        birth_date=date(2016, 4, 3), relation_to_head="hijo_a", doc_type="cedula",
        doc_number=doc_number, confirm_duplicates=True)


@pytest.fixture
def status_conflict(server, make_device):
    """A sexual-violence case whose status two promoters changed at once; B resolves."""
    a, b = make_device(server, "ana"), make_device(server, "beto")
    person = _person(a.ws)
    case = a.ws.cases.register(parish="PIL", affected_person_ids=[person.id],
                               violation_types=["abuso_sexual"], facts="Hechos",
                               risk_level="alto", reporter_anonymous=True)
    assert a.sync().complete and b.sync().complete
    a.ws.cases.change_status(case.id, "in_progress", "Visita programada")
    b.ws.cases.change_status(case.id, "referred", "Derivado a la Junta")
    assert a.sync().complete and b.sync().conflicts >= 1
    return a, b, case, _conflict_on(b, "status")


def test_closing_a_sexual_violence_case_without_fiscalia_is_refused(status_conflict):
    _, b, case, conflict = status_conflict
    b.ws.referrals.create(case_id=case.id, institution="fiscalia", reason="Delito",
                          send=False)   # a draft is not a referral sent
    before = _pending(b)
    service = ConflictService(b.ws.context())
    with pytest.raises(ResolutionRefused) as refused:
        service.resolve(conflict.id, "closed")
    assert "antes de derivarlo a la Fiscalía" in refused.value.render(SPANISH)
    assert _pending(b) == before
    assert _record(b, Case, case.id).status == "in_progress"
    assert _conflict_on(b, "status").id == conflict.id


def test_closing_is_accepted_once_the_fiscalia_referral_is_sent(status_conflict):
    a, b, case, conflict = status_conflict
    referral = b.ws.referrals.create(case_id=case.id, institution="fiscalia",
                                     reason="Delito", send=False)
    service = ConflictService(b.ws.context())
    with pytest.raises(ResolutionRefused):
        service.resolve(conflict.id, "closed")
    b.ws.referrals.add_status(referral.id, "sent")
    before = len(_pending(b))
    service.resolve(conflict.id, "closed")
    assert [(t, op) for t, op, _ in _pending(b)[before:]] == \
        [("case", "update"), ("conflict", "update")]
    assert _record(b, Case, case.id).status == "closed"
    assert b.sync().complete and a.sync().complete
    assert _record(a, Case, case.id).status == "closed"
    assert [c.field for c in ConflictService(a.ws.context()).open()] == ["status_reason"]


def test_unknown_status_is_refused(status_conflict):
    _, b, case, conflict = status_conflict
    with pytest.raises(ResolutionRefused):
        ConflictService(b.ws.context()).resolve(conflict.id, "cerrado")
    assert _pending(b) == [] and _record(b, Case, case.id).status == "in_progress"


def test_closed_case_cannot_gain_a_sexual_type_by_resolution(server, make_device):
    a, b = make_device(server, "ana"), make_device(server, "beto")
    person = _person(a.ws)
    case = a.ws.cases.register(parish="PIL", affected_person_ids=[person.id],
                               violation_types=["negligencia"], facts="Hechos",
                               risk_level="medio", reporter_anonymous=True)
    a.ws.cases.change_status(case.id, "closed", "Resuelto")
    assert a.sync().complete and b.sync().complete
    a.ws.cases.update(case.id, violation_types=["negligencia", "abandono"])
    b.ws.cases.update(case.id, violation_types=["negligencia", "maltrato_psicologico"])
    assert a.sync().complete and b.sync().conflicts == 1
    conflict = _conflict_on(b, "violation_types")
    with pytest.raises(ResolutionRefused):
        ConflictService(b.ws.context()).resolve(conflict.id, ["negligencia", "abuso_sexual"])
    assert _pending(b) == []
    assert _record(b, Case, case.id).violation_types == ["negligencia", "abandono"]


@pytest.fixture
def document_conflict(server, make_device):
    """Two promoters corrected one child's cédula at once; B resolves."""
    a, b = make_device(server, "ana"), make_device(server, "beto")
    person = _person(a.ws)
    assert a.sync().complete and b.sync().complete
    a.ws.families.update_person(person.id, doc_number="1714307103")
    b.ws.families.update_person(person.id, doc_number="0926687856")
    assert a.sync().complete and b.sync().conflicts == 1
    return a, b, person, _conflict_on(b, "doc_number")


@pytest.mark.parametrize(("value", "message"), [
    ("1804567895", "La cédula 1804567895 no es válida"),   # wrong check digit
    ("", "Ingrese el número de documento"),
])
def test_invalid_cedula_is_refused(document_conflict, value, message):
    _, b, person, conflict = document_conflict
    with pytest.raises(ResolutionRefused) as refused:
        ConflictService(b.ws.context()).resolve(conflict.id, value)
    assert message in refused.value.render(SPANISH)
    assert _pending(b) == []
    assert _record(b, Person, person.id).doc_number == "1714307103"
    assert _conflict_on(b, "doc_number").resolved is False


def test_cedula_held_by_another_person_is_refused(document_conflict):
    _, b, _, conflict = document_conflict
    other = _person(b.ws, doc_number="3000000004")
    before = _pending(b)
    with pytest.raises(ResolutionRefused) as refused:
        ConflictService(b.ws.context()).resolve(conflict.id, other.doc_number)
    assert "ya está registrado" in refused.value.render(SPANISH)
    assert _pending(b) == before


def test_valid_cedula_is_kept_in_its_stored_form_and_synced(document_conflict):
    a, b, person, conflict = document_conflict
    ConflictService(b.ws.context()).resolve(conflict.id, "092668785-6")
    assert _pending(b) == [("person", "update", {"doc_number": "0926687856"}),
                           ("conflict", "update",
                            {"resolved": True, "resolution": "0926687856"})]
    assert b.sync().complete and a.sync().complete
    for device in (a, b):
        assert _record(device, Person, person.id).doc_number == "0926687856"
        assert ConflictService(device.ws.context()).open() == []


def test_future_birth_date_is_refused(server, make_device):
    a, b = make_device(server, "ana"), make_device(server, "beto")
    person = _person(a.ws)
    assert a.sync().complete and b.sync().complete
    a.ws.families.update_person(person.id, birth_date=date(2016, 5, 3))
    b.ws.families.update_person(person.id, birth_date=date(2016, 6, 3))
    assert a.sync().complete and b.sync().conflicts == 1
    conflict = _conflict_on(b, "birth_date")
    with pytest.raises(ResolutionRefused) as refused:
        ConflictService(b.ws.context()).resolve(conflict.id, "2030-01-01")
    assert "no puede estar en el futuro" in refused.value.render(SPANISH)
    assert _pending(b) == []
