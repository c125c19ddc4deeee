"""How large a record's values may be: one table for the desktop's check before a save,
the server's check of every pushed change, and the forms.

Every text holds at most `SHORT_TEXT` characters except the narratives listed in `LONG`
(`LONG_TEXT`); a list or mapping holds at most `MAX_ITEMS` entries, each within
`SHORT_TEXT`. Generous for any real family or case; small enough that no record makes
a pull page or a report balloon. A conflict's values may be any field's value (or a
deleted record's whole patch): their size as JSON is bounded too, which bounds their depth.
"""

import functools
from typing import Any

from app.core.records.base import SYSTEM_FIELDS, SyncedRecord

SHORT_TEXT = 300
LONG_TEXT = 50_000  # a long account of the facts runs to several pages
MAX_ITEMS = 100

# Free narratives, and a conflict's values (which may be any field's value).
LONG: dict[str, frozenset[str]] = {
    "household": frozenset({"notes", "address_reference"}),
    "case": frozenset({"facts", "place", "aggressor_description", "status_reason"}),
    "case_note": frozenset({"text"}),
    "visit": frozenset({"observations", "agreements"}),
    "mediation": frozenset({"subject", "agreements", "parties"}),
    "referral": frozenset({"reason"}),
    "referral_status": frozenset({"note", "answer"}),
    "follow_up": frozenset({"description"}),
    "activity": frozenset({"topic"}),
    "plan": frozenset({"strategic_objective", "specific_objectives"}),
    "plan_action": frozenset({"aspects_to_keep", "aspects_to_correct", "proposed_action"}),
    "conflict": frozenset({"kept_value", "other_value", "resolution"}),
}

# Room for a patch of several narratives; a nested value can be no larger either.
FREE_FORM: dict[str, frozenset[str]] = {"conflict": LONG["conflict"]}
FREE_FORM_SIZE = 4 * LONG_TEXT


def limit_of(record_type: str, name: str) -> int:
    return LONG_TEXT if name in LONG.get(record_type, ()) else SHORT_TEXT


def fits(value: Any, limit: int) -> bool:
    """Whether a JSON value stays within the limits: texts up to `limit` characters,
    collections up to MAX_ITEMS entries."""
    if isinstance(value, str):
        return len(value) <= limit
    if isinstance(value, list):
        return len(value) <= MAX_ITEMS and all(fits(v, limit) for v in value)
    if isinstance(value, dict):
        return len(value) <= MAX_ITEMS and all(
            len(k) <= SHORT_TEXT and fits(v, limit) for k, v in value.items())
    return True


def json_size(value: Any, budget: int) -> int:
    """About the length of `value` as JSON text (escapes aside); the walk stops once it
    is past `budget`, so an oversized value costs no more than the budget to measure."""
    if isinstance(value, str):
        return len(value) + 2
    if isinstance(value, list | dict):
        pairs = value.items() if isinstance(value, dict) else ((None, v) for v in value)
        total = 2
        for key, item in pairs:
            total += 1 + (len(str(key)) + 3 if key is not None else 0)
            total += json_size(item, budget - total)
            if total > budget:
                break
        return total
    return len(str(value))


@functools.cache
def content_names(model: type[SyncedRecord]) -> tuple[str, ...]:
    return tuple(n for n in model.model_fields if n not in SYSTEM_FIELDS)


@functools.cache
def field_limits(record_type: str, names: tuple[str, ...]) -> tuple[tuple[str, int, bool], ...]:
    """Each name with its limit and whether it is free-form: worked out once per type,
    as every pushed create is checked against it."""
    free = FREE_FORM.get(record_type, frozenset())
    return tuple((n, limit_of(record_type, n), n in free) for n in names)


def too_long(record_type: str, data: dict[str, Any], names: tuple[str, ...]) -> list[str]:
    """The fields of `data` (among `names`) over their limit."""
    return [n for n, limit, free in field_limits(record_type, names)
            if not fits(data.get(n), limit)
            or (free and json_size(data.get(n), FREE_FORM_SIZE) > FREE_FORM_SIZE)]
