"""What the server holds about one person, gathered for the subject access report
(app/reports/access_report.py): their record, household (counted, not named), the
cases naming them and what hangs on those cases, consents, requests, and every device's
openings, prints and exports of their cases (device_audit.py)."""

import json
from typing import Any

from sqlalchemy import Connection, select

from app.reports.access_report import AccessLine, Holdings
from sync.server import device_audit
from sync.server.naming import naming
from sync.server.schema import docs

Wire = dict[str, Any]


def _by_type(conn: Connection, record_type: str, name: str, value: str) -> list[Wire]:
    """Live documents of a type whose field `name` holds `value`, as wire dicts."""
    return [{**d.data, "id": d.id} for d in naming(conn, record_type, name, value, live=True)]


def _doc(conn: Connection, record_id: str, record_type: str) -> Wire | None:
    row = conn.execute(select(docs.c.data, docs.c.type, docs.c.deleted)
                       .where(docs.c.id == record_id)).first()
    if row is None or row.deleted or row.type != record_type:
        return None
    return {**json.loads(row.data), "id": record_id}


def gather(conn: Connection, person_id: str) -> Holdings | None:
    """None when the server holds no such (living) person."""
    person = _doc(conn, person_id, "person")
    if person is None:
        return None
    held = Holdings(person)
    household_id = person.get("household_id") or ""
    if household_id:
        held.household = _doc(conn, household_id, "household")
        held.household_size = max(1, len(_by_type(conn, "person", "household_id",
                                                   household_id)))
    held.cases = sorted(_by_type(conn, "case", "affected_person_ids", person_id),
                        key=lambda c: str(c.get("opened_on", "")))
    case_ids = [c["id"] for c in held.cases]
    in_cases: list[Wire] = []
    if case_ids:
        for row in conn.execute(select(docs.c.id, docs.c.type, docs.c.data).where(
                docs.c.case_id.in_(case_ids), docs.c.deleted.is_(False),
                docs.c.type.in_(("visit", "referral", "referral_status")))):
            in_cases.append({**json.loads(row.data), "id": row.id, "_type": row.type})
    visits = {v["id"]: v for v in in_cases if v["_type"] == "visit"}
    if household_id:  # visits to the whole family; one under another member's case is theirs
        visits.update({v["id"]: v for v in _by_type(conn, "visit", "household_id",
                                                     household_id) if not v.get("case_id")})
    held.visits = sorted(visits.values(), key=lambda v: str(v.get("visit_date", "")))
    steps: dict[str, list[Wire]] = {}
    for step in (d for d in in_cases if d["_type"] == "referral_status"):
        steps.setdefault(str(step.get("referral_id")), []).append(step)
    held.referrals = [
        (r, sorted(steps.get(r["id"], []),
                   key=lambda s: str(s.get("recorded_at") or s.get("created_at", ""))))
        for r in in_cases if r["_type"] == "referral"]
    held.consents = sorted(_by_type(conn, "consent", "person_id", person_id),
                           key=lambda c: str(c.get("given_on", "")))
    held.requests = sorted(_by_type(conn, "data_request", "person_id", person_id),
                           key=lambda r: str(r.get("received_on", "")))
    held.accesses = [AccessLine(a.at, a.username, a.device_name or a.device_id, a.action,
                                a.record_type, a.record_id)
                     for a in device_audit.about(conn, device_audit.related_ids(
                         conn, person_id), limit=100_000)]
    return held
