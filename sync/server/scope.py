"""Roles and territory: what each user may receive and write (sync invariant 9).

promotor — records of their parish; tecnico (Consejo) — reads every parish, may add
referral status steps and case notes; junta — referrals addressed to the Junta, their
status steps and their cases, may add status steps (receipt, measures, answers);
admin — users and devices only, no case content.
A record's scope (parish, case, Junta visibility) is derived from the record or its parent.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, false, true

from sync.server.schema import docs

# The field naming the parent whose scope a record inherits, in order of preference.
PARENT_FIELDS: dict[str, tuple[str, ...]] = {
    "person": ("household_id",),
    "consent": ("person_id",),
    "case_note": ("case_id",),
    "mediation": ("case_id",),
    "referral": ("case_id",),
    "visit": ("case_id", "household_id"),
    "follow_up": ("case_id", "household_id"),
    "referral_status": ("referral_id",),
    "conflict": ("target_id",),
}
SCOPE_FIELDS = {"parish", *(f for fields in PARENT_FIELDS.values() for f in fields),
                "institution"}
JUNTA_INSTITUTION = "junta"
JUNTA_TYPES = {"case", "referral", "referral_status", "conflict"}
TECNICO_CREATES = {"referral_status", "case_note"}


@dataclass(frozen=True)
class Principal:
    username: str
    role: str
    parish: str
    device_id: str


@dataclass(frozen=True)
class Scope:
    parish: str
    case_id: str | None = None
    junta: bool = False


def parent_id(record_type: str, data: dict[str, Any]) -> str | None:
    for name in PARENT_FIELDS.get(record_type, ()):
        if data.get(name):
            return str(data[name])
    return None


def derive(record_type: str, record_id: str, data: dict[str, Any],
           parent: Scope | None, current: Scope | None = None) -> Scope | None:
    """The scope of a record; None when its parent is unknown."""
    if record_type in ("household", "activity"):
        return Scope(str(data.get("parish", "")))
    if record_type == "case":
        return Scope(str(data.get("parish", "")), record_id,
                     current.junta if current else False)
    if parent is None:
        return None
    junta = False
    if record_type == "referral":
        junta = data.get("institution") == JUNTA_INSTITUTION
    elif record_type in ("referral_status", "conflict"):
        junta = parent.junta
    return Scope(parent.parish, parent.case_id, junta)


def may_read(who: Principal, scope: Scope, record_type: str) -> bool:
    if who.role == "tecnico":
        return True
    if who.role == "promotor":
        return bool(who.parish) and scope.parish == who.parish
    if who.role == "junta":
        return scope.junta and record_type in JUNTA_TYPES
    return False


def may_write(who: Principal, op: str, record_type: str, scope: Scope) -> str:
    """'' when allowed, else the rejection code."""
    if who.role == "promotor":
        return "" if who.parish and scope.parish == who.parish else "out_of_scope"
    if who.role == "tecnico":
        if record_type in TECNICO_CREATES and op == "create":
            return ""
        return "forbidden"
    if who.role == "junta":
        if record_type != "referral_status" or op != "create":
            return "forbidden"
        return "" if scope.junta else "out_of_scope"
    return "forbidden"


def read_filter(who: Principal) -> ColumnElement[bool]:
    """The SQL condition on `docs` matching `may_read`."""
    if who.role == "tecnico":
        return true()
    if who.role == "promotor" and who.parish:
        return docs.c.parish == who.parish
    if who.role == "junta":
        return docs.c.junta.is_(True) & docs.c.type.in_(sorted(JUNTA_TYPES))
    return false()


def scope_key(who: Principal) -> str:
    """Changes when what a user may read changes: their cursor then starts over."""
    return f"{who.role}:{who.parish}"
