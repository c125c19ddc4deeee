"""The records a record names: of the declared type, and in its own parish.

A referral status must hang on a referral, not a household; a visit on another parish's
household, or a case naming another parish's person, would carry one territory's record
into another's scope. Ids not found are left to the scope rules (an unknown parent is
`not_found` there); a reference to a record of another type is `invalid`, one to a record
of another parish `out_of_scope`, one to an erased record `erased` (a consent or a case
made offline about a person erased meanwhile would bring them back). The canton's plan
(the POA) belongs to no parish: an activity of any parish may carry out one of its
actions.
"""

from typing import Any

from app.core.records import PARENTS
from app.core.records.erasure import ERASED, is_erased
from app.core.records.plans import CANTON
from sync.server.merge import Doc

# Besides the parents (app.core.records.PARENTS): other fields naming records.
NAMED: dict[str, tuple[tuple[str, str], ...]] = {
    "case": (("household_id", "household"), ("affected_person_ids", "person")),
    "activity": (("plan_action_id", "plan_action"),),
}
CANTON_WIDE = frozenset({"plan", "plan_action"})


def fields_of(record_type: str) -> tuple[tuple[str, str], ...]:
    return PARENTS.get(record_type, ()) + NAMED.get(record_type, ())


def named_ids(record_type: str, data: dict[str, Any]) -> set[str]:
    ids: set[str] = set()
    for name, _kind in fields_of(record_type):
        value = data.get(name)
        values = value if isinstance(value, list) else [value]
        ids.update(str(v) for v in values if v)
    return ids


def problem(docs: dict[str, Doc | None], record_type: str, data: dict[str, Any],
            parish: str, names: set[str] | None = None) -> str:
    """'' when every named record that exists is of its field's type and in `parish`;
    `names` limits the check to those fields (an update's changed ones)."""
    for name, kind in fields_of(record_type):
        if names is not None and name not in names:
            continue
        value = data.get(name)
        for ref in value if isinstance(value, list) else [value]:
            found = docs.get(str(ref)) if ref else None
            if found is None:
                continue
            if is_erased(found.data):  # a new record about an erased person: refused
                return ERASED
            if found.type != kind:
                return "invalid"
            if found.scope.parish != parish and not (
                    found.scope.parish == CANTON and kind in CANTON_WIDE):
                return "out_of_scope"
    return ""
