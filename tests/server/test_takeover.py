"""Device takeover (issue 11 §1): device ids are not secret (every record names its
device), so neither knowing one nor replaying its seqs may cost its owner a record."""

import json
from datetime import date

from sqlalchemy import select

from app.core.sync import outbox
from app.core.sync.attention import AttentionService
from sync.client import device_id
from sync.server.schema import audit, devices
from tests.helpers.attack import enroll, household, push, record_id, token_for
from tests.helpers.constants import PASSWORD
from tests.helpers.server import server_docs

DEVICE = "0190bbbb-0000-7000-8000-000000000001"


def audit_rows(store, action: str) -> list[dict]:
    with store.read() as conn:
        return [{"user": r.username, "device": r.device_id, **json.loads(r.detail)}
                for r in conn.execute(select(audit).where(audit.c.action == action)
                                      .order_by(audit.c.id))]


def family(ws) -> list[str]:
    h = ws.families.create_household(parish="PIL", community="Tamboloma")
    ids = [h.id]
    for given in ("Sisa", "Nina"):
        ids.append(ws.families.add_person(
            household_id=h.id, given_names=given, surnames="Chicaiza", sex="mujer",
            birth_date=date(2016, 4, 3), relation_to_head="hijo_a",
            confirm_duplicates=True).id)
    return ids


def test_another_user_cannot_take_over_a_device_and_the_owner_loses_nothing(
        any_server, make_device) -> None:
    ana = make_device(any_server, "ana")
    stolen = device_id(ana.ws.db)
    first = family(ana.ws)
    assert ana.sync().complete
    # Mallory learned the device id from a pulled record and enrolls it as herself.
    any_server.add_user("mallory", "promotor", "PIL")
    taken = enroll(any_server.url, "mallory", stolen)
    assert (taken.status_code, taken.json()["code"]) == (403, "device_taken")
    [refusal] = audit_rows(any_server.store, "enroll_refused")
    assert refusal["user"] == "mallory" and refusal["device"] == stolen
    assert refusal["reason"] == "device_taken" and refusal["owner"] == "ana"
    assert refusal["source"] == "127.0.0.1"
    with any_server.store.read() as conn:
        assert conn.execute(select(devices.c.username).where(devices.c.id == stolen)
                            ).scalar_one() == "ana"
    # The owner re-enrolls, records a family and syncs: every record is on the server.
    ana.client.enroll(any_server.url, "ana", PASSWORD)
    second = family(ana.ws)
    report = ana.sync()
    assert report.complete and report.sent == 3
    assert set(first + second) <= set(server_docs(any_server.store))
    assert [e["user"] for e in audit_rows(any_server.store, "enroll")] == ["ana", "ana"]


def test_a_re_enrollment_never_inherits_the_old_push_log(any_server) -> None:
    any_server.add_user("ana", "promotor", "PIL")
    old = token_for(any_server.url, "ana", DEVICE)
    answer = push(any_server.url, old, DEVICE, [household(s, s) for s in (1, 2, 3)])
    assert [r["status"] for r in answer.json()["results"]] == ["applied"] * 3
    # Enrolled again (a reinstalled laptop): its seqs start over with new records.
    new = token_for(any_server.url, "ana", DEVICE)
    fresh = [household(s, 10 + s) for s in (1, 2, 3)]
    answer = push(any_server.url, new, DEVICE, fresh).json()["results"]
    assert [r["status"] for r in answer] == ["applied"] * 3
    versions = [r["version"] for r in answer]
    assert set(server_docs(any_server.store)) == {record_id(n) for n in (1, 2, 3, 11, 12, 13)}
    # A replay of the same batch is answered from the log, applied once.
    again = push(any_server.url, new, DEVICE, fresh).json()["results"]
    assert [(r["status"], r["version"]) for r in again] == [("applied", v) for v in versions]
    # The same seq with yet another content in this enrollment: refused, loudly.
    other = push(any_server.url, new, DEVICE, [household(2, 99)]).json()["results"]
    assert other == [{"seq": 2, "status": "rejected", "reason": "seq_reused",
                      "version": None}]
    assert record_id(99) not in server_docs(any_server.store)


def test_a_seq_applied_with_other_content_is_refused_and_the_device_shows_it(
        server, make_device) -> None:
    ana = make_device(server, "ana")
    mine = ana.ws.families.create_household(parish="PIL", community="Mía")
    # A copy of this device (a restored backup, a copied token) pushed its seq 1 first.
    token, dev = ana.client.enrollment().token, device_id(ana.ws.db)
    assert push(server.url, token, dev, [household(1, 77)]).json()["results"][0][
        "status"] == "applied"
    report = ana.sync()
    assert report.rejected == 1 and not report.complete
    [entry] = outbox.needs_attention(ana.ws.db)
    assert (entry.record_id, entry.reason) == (mine.id, "seq_reused")
    assert mine.id not in server_docs(server.store)
    # Resent, it travels under a new seq and is stored.
    AttentionService(ana.ws.db, ana.ws.writer).resend(entry.seq)
    assert ana.sync().rejected == 0
    assert mine.id in server_docs(server.store)
