"""The anonymised version of a record (retention, issue 14 §3): ONE definition, written by
the server's retention run and read by every device like any pulled version.

Anonymising keeps what the statistics count — territory, dates, categories (violation
types, sex, ethnicity, status, institution…), the links between records (so an attention
still joins its case) and the staff who did the work — and blanks everything that names
or describes the person: names, document numbers, phones, addresses, free text. Unlike an
erasure tombstone the record stays live (`deleted` false), so statistics keep counting
it; like one it carries the erasure note (mode "anonymise"), so the server refuses any
later edit of it (sync/server/batch.py) and a device drops its unsent changes, drafts and
conflicts (app/core/sync) instead of sending the old values back.
"""

from collections.abc import Iterable
from datetime import date
from typing import Any

from app.core.records import SYNCED_TYPES
from app.core.records.base import SYSTEM_FIELDS
from app.core.records.erasure import ERASURE, blank

# Per type, the content fields an anonymised record keeps; every other one is blanked.
KEEP: dict[str, frozenset[str]] = {
    "case": frozenset({"parish", "household_id", "affected_person_ids", "violation_types",
                       "occurred_on", "reporter_anonymous", "aggressor_relation",
                       "risk_level", "status", "opened_on", "assigned_to"}),
    "case_note": frozenset({"case_id", "kind", "status", "recorded_at"}),
    "visit": frozenset({"household_id", "case_id", "state", "plan_id", "visit_date",
                        "next_visit_on", "assigned_to"}),
    "mediation": frozenset({"case_id", "held_on", "outcome"}),
    "referral": frozenset({"case_id", "institution", "urgency", "assigned_to"}),
    "referral_status": frozenset({"referral_id", "status", "recorded_at"}),
    "follow_up": frozenset({"case_id", "household_id", "due_on", "done", "assigned_to"}),
    "person": frozenset({"household_id", "relation_to_head", "birth_date", "estimated_age",
                         "estimated_on", "sex", "ethnicity", "disability_type",
                         "priority_groups"}),
    "consent": frozenset({"person_id", "purpose", "granted", "given_by", "given_on"}),
    "data_request": frozenset({"person_id", "kind", "requested_by", "received_on",
                               "due_on", "status", "answered_on"}),
    "household": frozenset({"parish", "community"}),
    "attendee": frozenset({"activity_id", "sex", "age_group"}),
    "conflict": frozenset({"target_type", "target_id", "field", "resolved"}),
}
# The stamps stay but the last change's, which becomes the anonymisation's: who created a
# record is staff, not the person (statistics count by promoter).
KEPT_SYSTEM = SYSTEM_FIELDS - {"updated_by", "updated_at", "updated_device"}


def _plan(record_type: str) -> tuple[tuple[str, ...], dict[str, Any]]:
    """The fields a type keeps, and the blank value of every other one."""
    kept = KEEP.get(record_type, frozenset()) | KEPT_SYSTEM
    blanks: dict[str, Any] = {}
    for name, info in SYNCED_TYPES[record_type].model_fields.items():
        if name in kept:
            continue
        if info.default_factory is not None:
            blanks[name] = blank(info.annotation, info.default_factory())  # type: ignore[call-arg]
        else:
            blanks[name] = blank(info.annotation, None if info.is_required() else info.default)
    return tuple(kept), blanks


PLANS = {record_type: _plan(record_type) for record_type in SYNCED_TYPES}


def coarse_birth_date(birth: date, case_days: Iterable[date]) -> date:
    """The birth date with its day hidden: the earliest day of its month that gives the
    same age on every day in `case_days` (the openings of the person's cases), so every
    age group the statistics derive from it stays the same."""
    day = 1 + max((d.day for d in case_days
                   if d.month == birth.month and d.day < birth.day), default=0)
    return birth.replace(day=day)


def anonymised(record_type: str, data: dict[str, Any], reason: str, by: str, at: str,
               case_days: Iterable[date] = ()) -> dict[str, Any]:
    """The stored data of an anonymised record: `data` with what names the person blanked.
    `case_days`: for a person, the days their cases were opened (coarse_birth_date)."""
    kept, blanks = PLANS[record_type]
    result = {name: data[name] for name in kept if name in data}
    result.update({name: type(value)() if isinstance(value, list | dict) else value
                   for name, value in blanks.items()})
    birth = result.get("birth_date")
    if record_type == "person" and birth:
        result["birth_date"] = coarse_birth_date(
            date.fromisoformat(birth), case_days).isoformat()
    result.update(updated_by=by, updated_at=at, updated_device="")
    result.pop("server_version", None)
    result[ERASURE] = {"reason": reason, "by": by, "at": at, "mode": "anonymise"}
    return result
