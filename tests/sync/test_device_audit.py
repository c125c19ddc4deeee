"""Who saw what (issue 14 §4): a device's own audit events (a case opened, a document
printed) reach the server at sync and in a USB bundle, once, without values, refused
outside the sender's scope; the Consejo reads them per case and per person."""

import requests
from sqlalchemy import select

from app.core.records import AuditEvent
from app.core.sync import syncstate
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server.cli import main as server_main
from sync.server.device_audit import about
from sync.server.schema import device_audit
from sync.usb import export_bundle, import_answer
from tests.helpers.server import family_case


def _rows(store) -> list:
    with store.read() as conn:
        return list(conn.execute(select(device_audit).order_by(device_audit.c.at)))


def _post(device, path: str, body: dict) -> requests.Response:
    with device.ws.db.read() as s:
        enrollment = syncstate.load_enrollment(s)
    assert enrollment is not None
    return requests.post(device.server.url + path, json=body, timeout=10, headers={
        "Authorization": f"Bearer {enrollment.token}",
        PROTOCOL_HEADER: str(PROTOCOL_VERSION)})


def test_device_events_reach_the_server_once_without_values(any_server, make_device
                                                            ) -> None:
    ana = make_device(any_server, "ana")
    case = family_case(ana.ws)
    assert ana.sync().complete
    ana.ws.cases.open(case.id)
    report = ana.sync()
    assert report.complete and report.audit_sent == 1
    [row] = _rows(any_server.store)
    assert (row.username, row.device_id, row.action, row.record_type, row.record_id) == \
        ("ana", ana.ws.actor.device_id, "view", "case", case.id)
    # Sent again (a lost answer): kept once. A sync with nothing new sends nothing.
    with ana.ws.db.read() as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "view")).scalar_one()
    wire = {"id": event.id, "seq": event.seq, "at": event.at.isoformat(), "actor": "ana",
            "action": "view", "record_type": "case", "record_id": case.id}
    again = _post(ana, "/api/v1/audit", {"device_id": ana.ws.actor.device_id,
                                         "events": [wire]})
    assert again.status_code == 200 and again.json() == {"accepted": 1, "refused": 0}
    assert ana.sync().audit_sent == 0
    assert len(_rows(any_server.store)) == 1
    # Another parish's promoter cannot write into this case's access log.
    rosa = make_device(any_server, "rosa", parish="HUA")
    forged = {**wire, "id": "01900000-0000-7000-8000-000000000001", "actor": "rosa"}
    answer = _post(rosa, "/api/v1/audit", {"device_id": rosa.ws.actor.device_id,
                                           "events": [forged]})
    assert answer.json() == {"accepted": 0, "refused": 1}
    # Nothing but ids, names of users and devices, times: no value of the case.
    with any_server.store.read() as conn:
        dumped = " ".join(str(tuple(r)) for r in conn.execute(select(device_audit)))
    assert "Sisa" not in dumped and "Hechos" not in dumped and "Chicaiza" not in dumped


def test_bundle_carries_the_events_and_the_consejo_reads_them(server, make_device,
                                                              tmp_path, capsys) -> None:
    ana = make_device(server, "ana")
    case = family_case(ana.ws)
    person_id = case.affected_person_ids[0]
    assert ana.sync().complete
    # A second laptop of the parish, reaching the office only by USB.
    usb = make_device(server, "luis")
    assert usb.sync().complete
    ana.ws.cases.open(case.id)
    usb.ws.cases.open(case.id)
    usb.ws.cases.open(case.id)
    assert ana.sync().audit_sent == 1
    bundle, answer = tmp_path / "out.bundle", tmp_path / "answer.bundle"
    export_bundle(usb.ws.db, bundle)
    assert server_main(["--db", server.store.url, "import-bundle", str(bundle),
                        "--out", str(answer)]) == 0
    import_answer(usb.ws.db, answer)
    assert {(r.username, r.device_id) for r in _rows(server.store)} == {
        ("ana", ana.ws.actor.device_id), ("luis", usb.ws.actor.device_id)}
    assert len(_rows(server.store)) == 3
    # The answer moved the cursor: the next sync sends nothing again.
    assert usb.sync().audit_sent == 0
    # The server's audit names the person's case openings, from both devices.
    capsys.readouterr()
    assert server_main(["--db", server.store.url, "audit", "--record", person_id]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    views = [line for line in lines if line[3] == "view"]
    assert sorted(line[2] for line in views) == sorted(
        [ana.ws.actor.device_id, usb.ws.actor.device_id, usb.ws.actor.device_id])
    assert all(line[4] == f"case:{case.id}" for line in views)
    # The Consejo reads the access log of the person; a promoter may not.
    tecnico = make_device(server, "tere", role="tecnico", parish="")
    log = _post_get(tecnico, f"/api/v1/access/{person_id}")
    assert log.status_code == 200
    assert sorted(e["device_id"] for e in log.json()["events"]) == sorted(
        [ana.ws.actor.device_id, usb.ws.actor.device_id, usb.ws.actor.device_id])
    assert _post_get(ana, f"/api/v1/access/{person_id}").status_code == 403


def _post_get(device, path: str) -> requests.Response:
    with device.ws.db.read() as s:
        enrollment = syncstate.load_enrollment(s)
    assert enrollment is not None
    return requests.get(device.server.url + path, timeout=10, headers={
        "Authorization": f"Bearer {enrollment.token}",
        PROTOCOL_HEADER: str(PROTOCOL_VERSION)})


def test_an_event_claiming_another_user_is_kept_under_the_devices_user(any_server,
                                                                       make_device,
                                                                       capsys) -> None:
    """A device (or a modified client) cannot blame someone else in the access log: the
    event is kept, named after the user the token speaks for, with the claim beside it."""
    ana = make_device(any_server, "ana")
    case = family_case(ana.ws)
    assert ana.sync().complete
    make_device(any_server, "luis")  # a real user of the parish, not on ana's laptop
    at = "2025-03-01T10:00:00+00:00"
    own = {"id": "01900000-0000-7000-8000-0000000000a1", "seq": 1, "at": at,
           "actor": " Ana ", "action": "view", "record_type": "case", "record_id": case.id}
    forged = {**own, "id": "01900000-0000-7000-8000-0000000000a2", "seq": 2,
              "actor": "luis", "action": "print"}
    answer = _post(ana, "/api/v1/audit", {"device_id": ana.ws.actor.device_id,
                                          "events": [own, forged]})
    assert answer.status_code == 200 and answer.json() == {"accepted": 2, "refused": 0}
    rows = {r.id: r for r in _rows(any_server.store)}
    assert (rows[own["id"]].username, rows[forged["id"]].username) == ("ana", "ana")
    assert (rows[own["id"]].claimed_actor, rows[forged["id"]].claimed_actor) == ("", "luis")
    with any_server.store.read() as conn:
        assert [a.action for a in about(conn, [case.id], username="luis")] == []
    # The administrator's audit shows the claim beside the device's user.
    capsys.readouterr()
    assert server_main(["--db", any_server.store.url, "audit", "--record", case.id]) == 0
    lines = {tuple(line.split("\t")[1:]) for line in capsys.readouterr().out.splitlines()}
    device = ana.ws.actor.device_id
    assert {("ana", device, "view", f"case:{case.id}"),
            ("ana", device, "print", f"case:{case.id} claimed=luis")} <= lines
