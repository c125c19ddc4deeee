"""Words for the codes records hold (statuses, outcomes, purposes), in the UI language,
and dates and ages as the screens show them.

The words come from the core's one table (app/core/labels.py) and its translation;
the few strings of this module's own are marked with QT_TRANSLATE_NOOP for lupdate.
"""

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core import labels as words
from app.core.i18n import CONTEXT as CORE_CONTEXT
from app.core.rules.ages import current_age

if TYPE_CHECKING:  # the unlock window imports this module: no SQL toolkit at start-up
    from app.core.services.affected import AffectedPerson

NAMED_PEOPLE = 3  # a case names this many of its people, then "and N more"


def _label(table: dict[str, str], code: str) -> str:
    # The core's table, translated by the core's Qt translator (app/ui/i18n.py installs it).
    source = table.get(code)
    return QCoreApplication.translate(CORE_CONTEXT, source) if source else code


def case_status(code: str) -> str:
    return _label(words.CASE_STATUS, code)


def referral_status(code: str) -> str:
    return _label(words.REFERRAL_STATUS, code)


def urgency(code: str) -> str:
    return _label(words.URGENCY, code)


def outcome(code: str) -> str:
    return _label(words.OUTCOME, code)


def purpose(code: str) -> str:
    return _label(words.PURPOSE, code)


def access_action(code: str) -> str:
    return _label(words.ACCESS_ACTION, code)


def record_kind(record_type: str) -> str:
    """A record type in words ("Caso"), the same words as the sync pages'."""
    return _label(words.RECORD_KIND, record_type)


def request_kind(code: str) -> str:
    return _label(words.REQUEST_KIND, code)


def visit_state(code: str) -> str:
    """A visit named by its state ("Visit done"), as a heading or line shows it."""
    return _label(words.VISIT_TITLE, code)


def timeline_kind(code: str) -> str:
    return _label(words.TIMELINE_KIND, code)


def attendance_group(code: str) -> str:
    return _label(words.AGE_GROUP, code)


def age_category(code: str | None) -> str:
    return _label(words.AGE_CATEGORY, code) if code else ""


AGE = QT_TRANSLATE_NOOP("Labels", "{0} years")
ESTIMATED_AGE = QT_TRANSLATE_NOOP("Labels", "~{0} years")


def age(years: int | None, estimated: bool = False) -> str:
    """An age as people say it; an estimated one (no birth date) as '~9 years'."""
    if years is None:
        return ""
    return QCoreApplication.translate("Labels", str(ESTIMATED_AGE if estimated else AGE)).format(
        years)


def birth_or_age(birth_date: date | None, estimated_age: int | None,
                 estimated_on: date | None, today: date) -> str:
    """The birth date; without one, the estimated age as an age ('~9 years')."""
    if birth_date is not None or estimated_age is None:
        return day(birth_date)
    return age(current_age(None, estimated_age, estimated_on, today), estimated=True)


def day(value: date | datetime | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def moment(value: datetime) -> str:
    """A stored moment (UTC) in the laptop's local time, as people read it."""
    return value.astimezone().strftime("%d/%m/%Y %H:%M")


def short_age(person: "AffectedPerson") -> str:
    """"10", or "~14" for an estimated age; "" when unknown."""
    if person.age is None:
        return ""
    return f"~{person.age}" if person.estimated else str(person.age)


def people(affected: Sequence["AffectedPerson"]) -> str:
    """Whom a case affects, short: "Sisa Chicaiza (10), Kevin Chicaiza (~14)"."""
    names = [f"{p.full_name} ({age})" if (age := short_age(p)) else p.full_name
             for p in affected[:NAMED_PEOPLE]]
    if len(affected) > NAMED_PEOPLE:
        names.append(QCoreApplication.translate("Labels", "and {0} more").format(
            len(affected) - NAMED_PEOPLE))
    return ", ".join(names)


def case_title(code: str, affected: Sequence["AffectedPerson"]) -> str:
    """A case as people recognise it: its code and whom it affects."""
    return f"{code} · {people(affected)}" if affected else code
