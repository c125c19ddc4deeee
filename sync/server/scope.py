"""Roles and territory: what each user may receive and write (sync invariant 9).

promotor — records of their parish, except a caseload the Consejo assigned to another
promoter of it (see `holder`); tecnico (Consejo) — reads every parish, may add
referral status steps and case notes, records and answers people's data requests;
junta — referrals addressed to the Junta, their status steps, their cases and who those
cases affect (the persons named in the case's `affected_person_ids` and their
households), may add status steps (receipt, measures, answers); admin — users and
devices only, no case content. Work plans: the canton's POA (a plan with no parish, and
its actions) is read by every promoter and written by the técnico only; a parish's PTA
is its promoters' like any record of the parish, and the técnico writes it too
(app/core/rules/plans.py says the same on the device).
A record's scope (parish, case, Junta visibility) is derived from the record or its parent;
a referral to the Junta opens its case and affected persons (opening.py), and that opening
outlives later edits of them.
"""

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, false, true

from app.core.records import PARENTS
from app.core.records.base import SYSTEM_FIELDS
from app.core.records.cases import ASSIGNED_TO
from app.core.records.plans import CANTON
from sync.server.schema import docs
from sync.server.store import to_text

# The fields naming the parent whose scope a record inherits, in order of preference; a
# conflict inherits its target's.
PARENT_FIELDS: dict[str, tuple[str, ...]] = {
    **{kind: tuple(name for name, _ in fields) for kind, fields in PARENTS.items()},
    "conflict": ("target_id",),
}
SCOPE_FIELDS = {"parish", *(f for fields in PARENT_FIELDS.values() for f in fields),
                "institution"}
JUNTA_INSTITUTION = "junta"
JUNTA_TYPES = {"case", "referral", "referral_status", "conflict", "person", "household"}
# Records the Junta sees because a referral opened them, not by their own content: their
# Junta visibility is kept when their scope is derived again.
OPENED_TYPES = {"case", "person", "household"}
# What the Junta receives of an affected person and their household: the referral form's
# identification of the affected NNA (CONA Art. 237: name, document, birth date or age,
# sex, address) and nothing more (LOPDP: no ethnicity, disability, priority groups, phone,
# relation to the head, GPS or family notes).
JUNTA_FIELDS: dict[str, frozenset[str]] = {
    "person": SYSTEM_FIELDS | {"household_id", "given_names", "surnames", "name_key",
                               "doc_type", "doc_number", "birth_date", "estimated_age",
                               "estimated_on", "sex"},
    "household": SYSTEM_FIELDS | {"parish", "community", "address_reference"},
}
TECNICO_CREATES = {"referral_status", "case_note"}
PLAN_TYPES = ("plan", "plan_action")
# The Consejo records and answers people's requests about their data (LOPDP).
TECNICO_EDITS = {"data_request"}


@dataclass(frozen=True)
class Principal:
    username: str
    role: str
    parish: str
    device_id: str
    epoch: int = 0  # the device's enrollment (auth.py)


@dataclass(frozen=True)
class Scope:
    parish: str
    case_id: str | None = None
    junta: bool = False
    # The one promoter of the parish who reads the record, "" for all of them: a case's
    # `assigned_to`, which everything of the case inherits (its notes, visits, referrals,
    # steps, conflicts), or a household visit's or follow-up's own. `assigned_to` is
    # written only by a reassignment (caseload.py): a case a promoter registers stays the
    # parish's, shared with the other promoters of it, as before; once the Consejo gives a
    # caseload to a promoter, it leaves every other promoter's device (docs/SCOPE.md).
    holder: str = ""


def parent_id(record_type: str, data: dict[str, Any]) -> str | None:
    for name in PARENT_FIELDS.get(record_type, ()):
        if data.get(name):
            return str(data[name])
    return None


def derive(record_type: str, record_id: str, data: dict[str, Any],
           parent: Scope | None, current: Scope | None = None,
           parent_type: str = "") -> Scope | None:
    """The scope of a record; None when its parent is unknown."""
    opened = current is not None and current.junta and record_type in OPENED_TYPES
    if record_type in ("household", "activity", "plan"):
        return Scope(str(data.get("parish", "")), None, opened)
    if record_type == "case":
        return Scope(str(data.get("parish", "")), record_id, opened, own_holder(data))
    if parent is None:
        return None
    holder = parent.holder if parent.case_id else own_holder(data)
    junta = opened
    if record_type == "referral":
        junta = data.get("institution") == JUNTA_INSTITUTION
    elif record_type == "referral_status":
        junta = parent.junta
    elif record_type == "conflict":
        junta = conflict_junta(parent_type, parent)
    return Scope(parent.parish, parent.case_id, junta, holder)


def own_holder(data: dict[str, Any]) -> str:
    return str(data.get(ASSIGNED_TO) or "")


def conflict_junta(target_type: str, target: Scope) -> bool:
    """A conflict reaches the Junta with its record, unless the Junta receives only part
    of that record: both values of any field could be one it must not see."""
    return target.junta and target_type not in JUNTA_FIELDS


def may_read(who: Principal, scope: Scope, record_type: str) -> bool:
    if who.role == "tecnico":
        return True
    if who.role == "promotor":
        return bool(who.parish) and (
            (scope.parish == who.parish and scope.holder in ("", who.username))
            or (scope.parish == CANTON and record_type in PLAN_TYPES))
    if who.role == "junta":
        return scope.junta and record_type in JUNTA_TYPES
    return False


def may_write(who: Principal, op: str, record_type: str, scope: Scope) -> str:
    """'' when allowed, else the rejection code. A promoter writes in the whole parish,
    a caseload assigned to another promoter included: the former assignee's work done
    before they learned of the reassignment reaches the server and the new assignee,
    never lost (docs/SCOPE.md); they no longer read it."""
    if who.role == "promotor":
        if record_type in PLAN_TYPES and scope.parish == CANTON:
            return "forbidden"  # the POA: the Consejo's to write, the promoters' to read
        return "" if who.parish and scope.parish == who.parish else "out_of_scope"
    if who.role == "tecnico":
        if (record_type in TECNICO_CREATES and op == "create") or record_type in PLAN_TYPES:
            return ""
        if record_type in TECNICO_EDITS and op in ("create", "update"):
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
        return ((docs.c.parish == who.parish) & docs.c.holder.in_(("", who.username))) | (
            (docs.c.parish == CANTON) & docs.c.type.in_(PLAN_TYPES))
    if who.role == "junta":
        return docs.c.junta.is_(True) & docs.c.type.in_(sorted(JUNTA_TYPES))
    return false()


def shown_data(who: Principal, record_type: str, text: str) -> str:
    """A stored document's JSON as this user receives it: the Junta's part of a person or
    household, anything else whole."""
    fields = JUNTA_FIELDS.get(record_type) if who.role == "junta" else None
    if fields is None:
        return text
    return to_text({k: v for k, v in json.loads(text).items() if k in fields})


def scope_key(who: Principal) -> str:
    """Changes when what a user may read changes: their cursor then starts over. (A
    caseload reaching a promoter comes as new versions, so it needs no new key.)"""
    return f"{who.role}:{who.parish}"


def digest_key(who: Principal) -> str:
    """What a scope's cached digest is kept under: promoters of one parish read different
    caseloads."""
    user = who.username if who.role == "promotor" else ""
    return f"{scope_key(who)}:{user}"
