"""A case's risk never stays below the catalog's minimum for its types, also when two
valid edits meet on the server or a client skips its own checks."""

import requests
from sqlalchemy import select

from app.core.records import Case
from app.core.sync import outbox
from sync.client import device_id
from tests.helpers.server import family_case, server_docs


def test_a_lowered_risk_meeting_a_sexual_type_is_rejected(any_server, make_device) -> None:
    a, b = make_device(any_server, "ana"), make_device(any_server, "beto")
    case = family_case(a.ws)  # negligence, risk high
    assert a.sync().complete and b.sync().complete
    a.ws.cases.update(case.id, violation_types=["negligencia", "abuso_sexual"])
    b.ws.cases.update(case.id, risk_level="bajo")  # valid on Beto's laptop: negligence only
    assert a.sync().complete
    assert b.sync().rejected == 1
    [entry] = outbox.needs_attention(b.ws.db)
    assert (entry.record_id, entry.reason) == (case.id, "invalid")
    on_server = server_docs(any_server.store)[case.id][1]
    assert (on_server["violation_types"], on_server["risk_level"]) == (
        ["negligencia", "abuso_sexual"], "alto")


def test_a_client_skipping_its_checks_cannot_lower_the_risk(server, make_device) -> None:
    a = make_device(server, "ana")
    case = family_case(a.ws, violation_types=("abuso_sexual",))
    assert a.sync().complete
    with a.ws.db.read() as s:
        base = s.execute(select(Case.server_version).where(Case.id == case.id)).scalar_one()
    resp = requests.post(f"{server.url}/api/v1/push", timeout=10, headers={
        "Authorization": f"Bearer {a.client.enrollment().token}"}, json={
        "device_id": device_id(a.ws.db), "changes": [
            {"seq": 900, "record_type": "case", "record_id": case.id, "op": "update",
             "fields": {"risk_level": "bajo"}, "base_version": base}]})
    assert [(r["status"], r["reason"]) for r in resp.json()["results"]] == [
        ("rejected", "invalid")]
    assert server_docs(server.store)[case.id][1]["risk_level"] == "alto"
