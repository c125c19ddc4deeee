"""Numbers an attacker picks to break the server: 4xx with a reason, never a 500, and
no value a strict JSON parser cannot read ever stored."""

import base64
import json
import math

import pytest
import requests

from app.core.records import Conflict
from app.core.sync.outbox import reason_message
from sync.server.merge import Invalid, validate
from tests.helpers.attack import create, headers, household, push, record_id, token_for
from tests.helpers.server import server_docs

DEVICE = "0190bbbb-0000-7000-8000-000000000001"


def cursor(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


@pytest.mark.parametrize("raw", [
    '{"v":9223372036854775808,"s":"promotor:PIL"}',
    '{"v":99999999999999999999999999,"s":"promotor:PIL"}',
    '{"v":1e400,"s":"promotor:PIL"}',
    '{"v":1.5,"s":"promotor:PIL"}',
    '{"v":true,"s":"promotor:PIL"}',
    '{"v":NaN,"s":"promotor:PIL"}',
])
def test_cursor_out_of_range_is_400(any_server, raw: str) -> None:
    any_server.add_user("ana", "promotor", "PIL")
    token = token_for(any_server.url, "ana", DEVICE)
    resp = requests.get(f"{any_server.url}/api/v1/pull", headers=headers(token),
                        params={"cursor": cursor(raw)}, timeout=30)
    assert (resp.status_code, resp.json()["code"]) == (400, "bad_cursor")


@pytest.mark.parametrize("field", ["seq", "base_version"])
def test_push_numbers_out_of_range_are_422(any_server, field: str) -> None:
    any_server.add_user("ana", "promotor", "PIL")
    token = token_for(any_server.url, "ana", DEVICE)
    change = {**household(1, 1), field: 2 ** 63}
    resp = push(any_server.url, token, DEVICE, [change])
    assert (resp.status_code, resp.json()["code"]) == (422, "invalid_request")
    resp = push(any_server.url, token, DEVICE, [{**household(1, 1), "seq": 2 ** 63 - 1}])
    assert resp.status_code == 200 and resp.json()["results"][0]["status"] == "applied"


def test_pull_limit_out_of_range_is_not_a_500(any_server) -> None:
    any_server.add_user("ana", "promotor", "PIL")
    token = token_for(any_server.url, "ana", DEVICE)
    for limit in (str(2 ** 70), "-5", "0"):
        resp = requests.get(f"{any_server.url}/api/v1/pull", headers=headers(token),
                            params={"limit": limit}, timeout=30)
        assert resp.status_code in (200, 422), resp.text


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_non_finite_numbers_are_refused_and_never_stored(server, literal: str) -> None:
    server.add_user("ana", "promotor", "PIL")
    token = token_for(server.url, "ana", DEVICE)
    change = json.dumps(household(1, 1, gps_lon=-78.6)).replace('"gps_lon": -78.6',
                                                                 f'"gps_lat": {literal}, '
                                                                 f'"gps_lon": -78.6')
    body = f'{{"device_id": "{DEVICE}", "changes": [{change}]}}'
    resp = requests.post(f"{server.url}/api/v1/push", data=body, timeout=30, headers={
        **headers(token), "Content-Type": "application/json"})
    assert resp.status_code in (200, 422), resp.text
    if resp.status_code == 200:
        assert resp.json()["results"][0]["status"] == "rejected"
    assert server_docs(server.store) == {}
    # What is served stays strict JSON.
    resp = requests.get(f"{server.url}/api/v1/pull", headers=headers(token), timeout=30)
    json.loads(resp.text, parse_constant=lambda c: pytest.fail(f"{c} served"))


@pytest.mark.parametrize("value", [math.nan, math.inf, [{"a": -math.inf}]])
def test_a_conflicts_free_form_values_are_finite_too(value) -> None:
    data = {"id": record_id(9), "target_type": "household", "target_id": record_id(1),
            "field": "community", "kept_value": "Centro", "other_value": value}
    with pytest.raises(Invalid):
        validate(Conflict, data)
    assert validate(Conflict, {**data, "other_value": [1.5, {"a": 2}]})["other_value"]


@pytest.mark.parametrize("position", [2 ** 63, -(2 ** 63) - 1, str(2 ** 64)])
def test_an_integer_beyond_64_bits_is_refused_and_pulls_go_on(any_server, make_device,
                                                               position) -> None:
    # A device's store (SQLite) cannot hold it: once stored, every pull serving it failed.
    any_server.add_user("tito", "tecnico")
    token = token_for(any_server.url, "tito", DEVICE)
    action = {"plan_id": record_id(1), "proposed_action": "Taller", "months": [6]}
    resp = push(any_server.url, token, DEVICE, [
        create(1, "plan", 1, year=2026, title="POA 2026"),
        create(2, "plan_action", 2, **action, position=position),
        create(3, "plan_action", 3, **action, position=2 ** 63 - 1),
        {"seq": 4, "record_type": "plan_action", "record_id": record_id(3), "op": "update",
         "fields": {"position": position}, "base_version": 3}])
    assert resp.status_code == 200, resp.text
    assert [(r["status"], r["reason"]) for r in resp.json()["results"]] == [
        ("applied", ""), ("rejected", "out_of_range"), ("applied", ""),
        ("rejected", "out_of_range")]
    stored = server_docs(any_server.store)
    assert set(stored) == {record_id(1), record_id(3)}
    assert stored[record_id(3)][1]["position"] == 2 ** 63 - 1
    ana = make_device(any_server, "ana")
    report = ana.sync()
    assert report.complete and report.received == 2
    [plan] = ana.ws.plans.plans(2026)
    assert [a.id for a in ana.ws.plans.actions(plan.id)] == [record_id(3)]
    assert reason_message("out_of_range") != reason_message("no such code")
