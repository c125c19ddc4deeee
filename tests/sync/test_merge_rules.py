"""Record rules on merged edits: two valid edits must not meet into an unlawful case."""


import pytest
import requests
from sqlalchemy import select

from app.core.i18n import translator
from app.core.records import Case
from app.core.sync import outbox
from sync.client import device_id
from tests.helpers.constants import TODAY
from tests.helpers.server import family_case, server_docs


@pytest.fixture
def two_promoters(any_server, make_device):
    a, b = make_device(any_server, "ana"), make_device(any_server, "beto")
    case = family_case(a.ws, violation_types=("maltrato_fisico",))
    assert a.sync().complete and b.sync().complete
    return any_server, a, b, case


def _server_case(srv, case_id: str) -> dict:
    return server_docs(srv.store)[case_id][1]


def test_close_meeting_a_sexual_type_is_rejected(two_promoters) -> None:
    srv, a, b, case = two_promoters
    b.ws.cases.update(case.id, violation_types=["maltrato_fisico", "abuso_sexual"])
    a.ws.cases.change_status(case.id, "closed", "Se resolvió")  # valid on A's laptop
    assert b.sync().complete
    report = a.sync()
    assert report.rejected == 1
    [entry] = outbox.needs_attention(a.ws.db)
    assert (entry.record_id, entry.reason) == (case.id, "needs_fiscalia")
    assert translator("es")(outbox.reason_message(entry.reason)) == \
        "Un caso de violencia sexual no se puede cerrar antes de derivarlo a la Fiscalía."
    on_server = _server_case(srv, case.id)
    assert on_server["status"] == "open"
    assert on_server["violation_types"] == ["maltrato_fisico", "abuso_sexual"]


def test_sexual_type_meeting_a_close_is_rejected(two_promoters) -> None:
    srv, a, b, case = two_promoters
    a.ws.cases.change_status(case.id, "closed", "Se resolvió")
    b.ws.cases.update(case.id, violation_types=["maltrato_fisico", "abuso_sexual"])
    assert a.sync().complete
    report = b.sync()
    assert report.rejected == 1
    [entry] = outbox.needs_attention(b.ws.db)
    assert entry.reason == "needs_fiscalia" and "violation_types" in entry.fields
    assert _server_case(srv, case.id)["violation_types"] == ["maltrato_fisico"]
    # B receives the closed case as the server holds it.
    assert b.sync().pulled_all
    with b.ws.db.read() as s:
        assert s.execute(select(Case.status).where(Case.id == case.id)).scalar_one() == \
            "closed"


def test_close_is_applied_once_the_fiscalia_referral_was_sent(two_promoters) -> None:
    srv, a, b, case = two_promoters
    b.ws.cases.update(case.id, violation_types=["maltrato_fisico", "abuso_sexual"])
    assert b.sync().complete and a.sync().complete
    # Referral and close travel in one batch: the batch's own referral counts.
    a.ws.referrals.create(case_id=case.id, institution="fiscalia", reason="Denuncia")
    a.ws.cases.change_status(case.id, "closed", "Derivado a Fiscalía")
    report = a.sync()
    assert report.complete and report.rejected == 0
    assert _server_case(srv, case.id)["status"] == "closed"


def test_a_drafted_fiscalia_referral_does_not_count(two_promoters) -> None:
    srv, a, b, case = two_promoters
    a.ws.referrals.create(case_id=case.id, institution="fiscalia", reason="Borrador",
                          send=False)
    a.ws.cases.change_status(case.id, "closed", "Se resolvió")
    assert a.sync().complete
    b.ws.cases.update(case.id, violation_types=["abuso_sexual"])
    assert b.sync().rejected == 1
    assert _server_case(srv, case.id)["violation_types"] == ["maltrato_fisico"]


def test_an_update_breaking_a_record_rule_is_rejected_as_invalid(two_promoters) -> None:
    """A client that skips its own checks (old, buggy or tampered) cannot store a case
    without facts."""
    srv, a, _b, case = two_promoters
    with a.ws.db.read() as s:
        base = s.execute(select(Case.server_version).where(Case.id == case.id)).scalar_one()
    token = a.client.enrollment().token
    resp = requests.post(f"{srv.url}/api/v1/push", timeout=10, headers={
        "Authorization": f"Bearer {token}"}, json={
        "device_id": device_id(a.ws.db), "changes": [
            {"seq": 900, "record_type": "case", "record_id": case.id, "op": "update",
             "fields": {"facts": ""}, "base_version": base},
            {"seq": 901, "record_type": "case", "record_id": case.id, "op": "update",
             "fields": {"facts": "Hechos aclarados"}, "base_version": base}]})
    assert [(r["status"], r["reason"]) for r in resp.json()["results"]] == [
        ("rejected", "invalid"), ("applied", "")]
    assert _server_case(srv, case.id)["facts"] == "Hechos aclarados"


def test_mediation_meeting_a_sexual_type_is_rejected(any_server, make_device) -> None:
    a, b = make_device(any_server, "ana"), make_device(any_server, "beto")
    case = family_case(a.ws, violation_types=("maltrato_fisico",))
    a.ws.cases.update(case.id, violation_types=["pension_alimenticia"])  # mediable
    assert a.sync().complete and b.sync().complete
    b.ws.cases.update(case.id, violation_types=["pension_alimenticia", "abuso_sexual"])
    assert b.sync().complete
    mediation = a.ws.mediations.record(  # valid on Ana's laptop, which has not synced
        case_id=case.id, held_on=TODAY, subject="Pensión",
        parties=[{"name": "Madre"}, {"name": "Padre"}], agreements="Pago mensual")
    assert a.sync().rejected == 1
    [entry] = outbox.needs_attention(a.ws.db)
    assert (entry.record_id, entry.reason) == (mediation.id, "not_mediable")
    assert translator("es")(outbox.reason_message(entry.reason)).startswith(
        "El caso ya no se puede mediar")
    assert mediation.id not in server_docs(any_server.store)
