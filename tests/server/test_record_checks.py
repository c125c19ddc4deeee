"""The server checks what it is sent like the device that sent it should have (issue 11
§3): catalog codes, parent types, territory of every named record, size limits."""

import pytest

from app.core.records.limits import LONG_TEXT
from tests.helpers.attack import CASE, PERSON, create, household, push, record_id, token_for
from tests.helpers.server import server_docs

DEVICE = "0190bbbb-0000-7000-8000-000000000001"
OTHER = "0190bbbb-0000-7000-8000-000000000002"


def outcomes(answer) -> list[tuple[str, str]]:
    return [(r["status"], r["reason"]) for r in answer.json()["results"]]


def test_codes_parents_and_territory_are_checked_on_the_server(any_server) -> None:
    any_server.add_user("ana", "promotor", "PIL")
    any_server.add_user("tec", "tecnico")
    ana = token_for(any_server.url, "ana", DEVICE)
    base = [household(1, 1), create(2, "person", 2, household_id=record_id(1), **PERSON),
            create(3, "case", 3, affected_person_ids=[record_id(2)], **CASE),
            create(4, "referral", 4, case_id=record_id(3), institution="junta",
                   reason="Derivación")]
    assert outcomes(push(any_server.url, ana, DEVICE, base)) == [("applied", "")] * 4
    bad = [
        # Creates pass the same record check as on the desktop.
        household(5, 5, parish="PIL", gps_lat=95.0, gps_lon=10.0),
        create(6, "person", 6, household_id=record_id(1), **{**PERSON, "sex": "robot"}),
        create(7, "referral_status", 7, referral_id=record_id(4),
               status="<script>alert(1)</script>"),
        # A status step on a household, a case note on a person: wrong parent types.
        create(8, "referral_status", 8, referral_id=record_id(1), status="sent"),
        create(9, "case_note", 9, case_id=record_id(2), text="nota"),
        create(10, "visit", 10, household_id=record_id(1), case_id=record_id(2),
               visit_date="2026-11-20", state="planned"),
        household(11, 11, notes="x" * (LONG_TEXT + 1)),
    ]
    assert outcomes(push(any_server.url, ana, DEVICE, bad)) == [
        ("rejected", "invalid"), ("rejected", "invalid"), ("rejected", "invalid"),
        ("rejected", "invalid"), ("rejected", "invalid"), ("rejected", "invalid"),
        ("rejected", "too_long")]
    # Another parish's records are never named from this one.
    any_server.add_user("rosa", "promotor", "AMB")
    rosa = token_for(any_server.url, "rosa", OTHER)
    theirs = [household(1, 21, parish="AMB"),
              create(2, "person", 22, household_id=record_id(21), **PERSON)]
    assert outcomes(push(any_server.url, rosa, OTHER, theirs)) == [("applied", "")] * 2
    crossing = [
        create(12, "visit", 12, household_id=record_id(21), visit_date="2026-11-20",
               state="planned", case_id=record_id(3)),
        create(13, "case", 13, affected_person_ids=[record_id(22)],
               **{**CASE, "code": "PIL-2"}),
        {"seq": 14, "record_type": "case", "record_id": record_id(3), "op": "update",
         "base_version": 3, "fields": {"affected_person_ids": [record_id(2),
                                                               record_id(22)]}},
    ]
    assert outcomes(push(any_server.url, ana, DEVICE, crossing)) == [
        ("rejected", "out_of_scope")] * 3
    stored = server_docs(any_server.store)
    assert set(stored) == {record_id(n) for n in (1, 2, 3, 4, 21, 22)}
    assert stored[record_id(3)][1]["affected_person_ids"] == [record_id(2)]


@pytest.mark.parametrize("steps", [("drafted",), ("sent",), ("sent", "received", "answered")])
def test_valid_steps_still_pass(server, steps: tuple[str, ...]) -> None:
    server.add_user("ana", "promotor", "PIL")
    ana = token_for(server.url, "ana", DEVICE)
    changes = [household(1, 1), create(2, "person", 2, household_id=record_id(1), **PERSON),
               create(3, "case", 3, affected_person_ids=[record_id(2)], **CASE),
               create(4, "referral", 4, case_id=record_id(3), institution="junta",
                      reason="Derivación")]
    changes += [create(5 + i, "referral_status", 5 + i, referral_id=record_id(4), status=status)
                for i, status in enumerate(steps)]
    assert outcomes(push(server.url, ana, DEVICE, changes)) == [("applied", "")] * len(changes)



def test_a_conflicts_free_form_values_are_bounded_in_size(any_server) -> None:
    # Each level within MAX_ITEMS, yet 15 MB in all: refused by its size as JSON.
    any_server.add_user("ana", "promotor", "PIL")
    first, second = (token_for(any_server.url, "ana", d) for d in (DEVICE, OTHER))
    assert outcomes(push(any_server.url, first, DEVICE, [household(1, 1)])) == \
        [("applied", "")]
    version = server_docs(any_server.store)[record_id(1)][0]

    def notes(seq: int, text: str) -> dict:
        return {"seq": seq, "record_type": "household", "record_id": record_id(1),
                "op": "update", "fields": {"notes": text}, "base_version": version}

    assert outcomes(push(any_server.url, second, OTHER, [notes(1, "una")]))[0][0] == \
        "applied"
    assert outcomes(push(any_server.url, first, DEVICE, [notes(2, "otra")]))[0][0] == \
        "conflict"
    (cid, (cversion, _data)), = [(i, d) for i, d in server_docs(any_server.store).items()
                                 if d[1].get("target_id") == record_id(1)]

    def resolve(seq: int, value: object) -> dict:
        return {"seq": seq, "record_type": "conflict", "record_id": cid, "op": "update",
                "fields": {"resolution": value, "resolved": True},
                "base_version": cversion}

    bomb = [["x" * 50_000] * 100] * 3
    assert outcomes(push(any_server.url, first, DEVICE, [resolve(3, bomb)])) == \
        [("rejected", "too_long")]
    assert outcomes(push(any_server.url, first, DEVICE, [resolve(4, "x" * LONG_TEXT)])) \
        == [("applied", "")]
