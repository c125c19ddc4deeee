"""The tombstone an erased record becomes (LOPDP Art. 15): ONE definition, read by the
server that writes it and by every device that pulls it.

An erased record keeps only its id, its type, its parish, its dates, the reason and who
erased it; every other field takes a blank value of its type, so a device stores the
tombstone like any deleted record (its table's columns stay valid) and its text no longer
holds the person. Retention (issue 14 §3) calls the same operation with mode
`anonymise`.
"""

from datetime import date, datetime
from typing import Any

from app.core.records import SYNCED_TYPES

ERASURE = "erasure"  # the key of the tombstone's note: {reason, by, at, mode}
ERASED = "erased"  # the push rejection code of a change to an erased record
MODES = ("erase", "anonymise")
# Kept as they were: they say nothing about the person.
KEPT = frozenset({"id", "parish", "created_at", "server_version"})


def blank(annotation: Any, default: Any) -> Any:
    """A value of the field's type that says nothing: its default, or an empty one."""
    if default is not None and not callable(default) and default is not ...:
        if isinstance(default, str):
            return ""
        if isinstance(default, list | dict):
            return type(default)()
        return default
    text = str(annotation)
    if "None" in text:
        return None
    if annotation is str:
        return ""
    if annotation is bool:
        return False
    if annotation in (int, float):
        return 0
    return None


def tombstone(record_type: str, data: dict[str, Any], reason: str, by: str, at: str,
              mode: str = "erase") -> dict[str, Any]:
    """The stored data of an erased record: `data` with its content blanked."""
    assert mode in MODES
    model = SYNCED_TYPES[record_type]
    result: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        value = data.get(name)
        # A required date (a case's opening, a consent's day) dates the record; an
        # optional one (a birth date) is the person's.
        if name in KEPT or (info.annotation in (date, datetime) and info.is_required()):
            if name in data:
                result[name] = value
            continue
        if info.default_factory is not None:
            result[name] = blank(info.annotation, info.default_factory())  # type: ignore[call-arg]
        elif info.is_required():
            result[name] = blank(info.annotation, None)
        else:
            result[name] = blank(info.annotation, info.default)
    result.update(id=data.get("id"), deleted=True, updated_by=by, updated_at=at,
                  created_by="", created_device="", updated_device="")
    result[ERASURE] = {"reason": reason, "by": by, "at": at, "mode": mode}
    result.pop("server_version", None)
    return result


def is_erased(data: dict[str, Any]) -> bool:
    return ERASURE in data
