"""Words for the codes records hold (statuses, outcomes, purposes), in the UI language.

The tables hold English source strings marked with QT_TRANSLATE_NOOP, so lupdate collects
them; they are translated when shown.
"""

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.rules.ages import current_age

if TYPE_CHECKING:  # the unlock window imports this module: no SQL toolkit at start-up
    from app.core.services.affected import AffectedPerson

NAMED_PEOPLE = 3  # a case names this many of its people, then "and N more"

CASE_STATUS = {
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "referred": QT_TRANSLATE_NOOP("Labels", "Referred"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
}
REFERRAL_STATUS = {
    "drafted": QT_TRANSLATE_NOOP("Labels", "Drafted"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "received": QT_TRANSLATE_NOOP("Labels", "Received"),
    "in_attention": QT_TRANSLATE_NOOP("Labels", "In attention"),
    "answered": QT_TRANSLATE_NOOP("Labels", "Answered"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected or redirected"),
}
URGENCY = {
    "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
    "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
    "immediate": QT_TRANSLATE_NOOP("Labels", "Immediate danger"),
}
OUTCOME = {
    "agreement": QT_TRANSLATE_NOOP("Labels", "Agreement"),
    "partial": QT_TRANSLATE_NOOP("Labels", "Partial agreement"),
    "no_agreement": QT_TRANSLATE_NOOP("Labels", "No agreement"),
}
PURPOSE = {
    "services": QT_TRANSLATE_NOOP("Labels", "Services and follow-up"),
    "sharing": QT_TRANSLATE_NOOP("Labels", "Sharing with institutions"),
    "reporting": QT_TRANSLATE_NOOP("Labels", "Reports and statistics"),
}
VISIT_STATE = {
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned visit"),
    "done": QT_TRANSLATE_NOOP("Labels", "Visit done"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Visit cancelled"),
}
TIMELINE_KIND = {
    "case_note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    "mediation": QT_TRANSLATE_NOOP("Labels", "Mediation"),
    "referral": QT_TRANSLATE_NOOP("Labels", "Referral"),
    "referral_status": QT_TRANSLATE_NOOP("Labels", "Referral step"),
}
ATTENDANCE_GROUP = {
    "ninez": QT_TRANSLATE_NOOP("Labels", "Children (0–11)"),
    "adolescencia": QT_TRANSLATE_NOOP("Labels", "Adolescents (12–17)"),
    "adultos": QT_TRANSLATE_NOOP("Labels", "Adults (18–64)"),
    "adultos_mayores": QT_TRANSLATE_NOOP("Labels", "Older adults (65+)"),
}

# One person's CONA category (rules.ages): niño/niña under 12, adolescente 12 to 17.
AGE_CATEGORY = {
    "ninez": QT_TRANSLATE_NOOP("Labels", "Child (under 12)"),
    "adolescencia": QT_TRANSLATE_NOOP("Labels", "Adolescent (12 to 17)"),
    "adultos": QT_TRANSLATE_NOOP("Labels", "Adult"),
    "adultos_mayores": QT_TRANSLATE_NOOP("Labels", "Older adult"),
}


def _label(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate("Labels", source) if source else code


def case_status(code: str) -> str:
    return _label(CASE_STATUS, code)


def referral_status(code: str) -> str:
    return _label(REFERRAL_STATUS, code)


def urgency(code: str) -> str:
    return _label(URGENCY, code)


def outcome(code: str) -> str:
    return _label(OUTCOME, code)


def purpose(code: str) -> str:
    return _label(PURPOSE, code)


def visit_state(code: str) -> str:
    return _label(VISIT_STATE, code)


def timeline_kind(code: str) -> str:
    return _label(TIMELINE_KIND, code)


def attendance_group(code: str) -> str:
    return _label(ATTENDANCE_GROUP, code)


def age_category(code: str | None) -> str:
    return _label(AGE_CATEGORY, code) if code else ""


AGE = QT_TRANSLATE_NOOP("Labels", "{0} years")
ESTIMATED_AGE = QT_TRANSLATE_NOOP("Labels", "~{0} years")


def age(years: int | None, estimated: bool = False) -> str:
    """An age as people say it; an estimated one (no birth date) as '~9 years'."""
    if years is None:
        return ""
    return QCoreApplication.translate("Labels", ESTIMATED_AGE if estimated else AGE).format(
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
