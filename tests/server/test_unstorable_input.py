"""Text an attacker picks so that PostgreSQL cannot store it (NUL, a name that grows
when lower-cased, control characters): 4xx with a reason, never a 500 with a traceback;
and a database error's message (what the log shows) holds no values."""

import pytest
import requests
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from sync.server.schema import users
from tests.helpers.attack import (
    CASE,
    PERSON,
    create,
    enroll,
    headers,
    household,
    push,
    record_id,
    token_for,
)
from tests.helpers.server import server_docs

DEVICE = "0190bbbb-0000-7000-8000-000000000001"


@pytest.mark.parametrize("name", ["İ" * 80, "ana\u0000", "an\u0007a", "ana\ud800", "   ",
                                  "a" * 81])
def test_a_user_name_that_cannot_be_stored_is_422(any_server, name: str) -> None:
    any_server.add_user("ana", "promotor", "PIL")
    resp = enroll(any_server.url, name, DEVICE)
    assert (resp.status_code, resp.json()["code"]) == (422, "invalid_request"), resp.text


@pytest.mark.parametrize("extra", [{"device_id": "0190bbbb-0000-7000-8000-00000000000\u0000"},
                                   {"device_name": "portátil\u0000"},
                                   {"device_name": "portátil\ud800"},
                                   {"sign_key": "\u0000"}, {"box_key": "\u0000"},
                                   {"password": "x\ud800"}])
def test_other_enrollment_text_that_cannot_be_stored_is_4xx(any_server, extra) -> None:
    any_server.add_user("ana", "promotor", "PIL")
    resp = enroll(any_server.url, "ana", **{"device_id": DEVICE, **extra})
    assert resp.status_code in (401, 422), resp.text


def test_a_value_the_database_refuses_is_a_422_not_a_500(any_server) -> None:
    # No check guards this query's text: the database refuses it (PostgreSQL: NUL).
    any_server.add_user("ana", "promotor", "PIL")
    token = token_for(any_server.url, "ana", DEVICE)
    resp = requests.get(f"{any_server.url}/api/v1/releases/latest", headers=headers(token),
                        params={"platform": "windows\u0000"}, timeout=30)
    assert resp.status_code in (204, 422), resp.text


def test_a_name_is_stored_in_its_normal_form(any_server) -> None:
    any_server.add_user("josé", "promotor", "PIL")
    resp = enroll(any_server.url, "  JOSÉ ", DEVICE)
    assert resp.status_code == 200, resp.text
    assert resp.json()["username"] == "josé"


def test_a_nul_in_any_pushed_id_rejects_that_change_only(any_server) -> None:
    # Record ids, parent ids and named ids are looked up before the change is checked:
    # on PostgreSQL a NUL in one of them must not fail the whole batch (retried forever).
    any_server.add_user("ana", "promotor", "PIL")
    token = token_for(any_server.url, "ana", DEVICE)
    nul = record_id(2)[:-1] + "\u0000"
    changes = [household(1, 1),
               {**household(2, 2), "record_id": nul},
               create(3, "person", 3, household_id=nul, **PERSON),
               create(4, "case", 4, affected_person_ids=[nul], **CASE),
               {**household(5, 5), "record_id": "x\u0000", "op": "update"}]
    resp = push(any_server.url, token, DEVICE, changes)
    assert resp.status_code == 200, resp.text
    results = [(r["status"], r["reason"]) for r in resp.json()["results"]]
    # A named id that matches no record is let through, as any unknown one is.
    assert results == [("applied", ""), ("rejected", "invalid"), ("rejected", "not_found"),
                       ("applied", ""), ("rejected", "invalid")]
    assert sorted(server_docs(any_server.store)) == [record_id(1), record_id(4)]


def test_a_database_error_shows_no_values(any_server) -> None:
    # Its message is what a traceback in the server's log shows: no record's data.
    any_server.add_user("ana", "promotor", "PIL")
    with pytest.raises(IntegrityError) as caught, any_server.store.write() as conn:
        conn.execute(insert(users).values(
            username="ana", password_hash="SECRET-CASE-DATA", role="promotor",
            parish="PIL", disabled=False, created_at=any_server.store.clock.now()))
    assert "SECRET-CASE-DATA" not in str(caught.value)
    assert "parameters hidden" in str(caught.value)
