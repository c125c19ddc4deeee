"""The rules of a whole record, by record type: one check for every way a record is written.

`record_problems` is pure: the record, the catalogs, today's date and the few facts from
outside the record that its rules need (`Related`). The desktop gathers those facts from
its store (`app.core.services.record_rules.check_record`); a server can gather them from
its own documents and call this directly. Record types without rules pass.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from app.core.catalogs import Catalogs
from app.core.errors import Problem
from app.core.i18n import N_
from app.core.records import (
    Attendee,
    Case,
    CommunityActivity,
    Consent,
    DataRequest,
    Household,
    Mediation,
    Person,
    Plan,
    PlanAction,
    Referral,
    ReferralStatus,
    SyncedRecord,
    Visit,
)
from app.core.records.limits import content_names, field_limits, fits
from app.core.rules.legal import (
    check_can_close,
    check_mediation_allowed,
    check_minimum_risk,
)
from app.core.rules.plans import validate_plan, validate_plan_action
from app.core.rules.rights import validate_request
from app.core.rules.validation import (
    REQUIRED,
    normalise_document,
    validate_activity,
    validate_attendee,
    validate_case,
    validate_consent,
    validate_household,
    validate_mediation,
    validate_person,
    validate_referral,
    validate_referral_status,
    validate_visit,
)
from app.core.text import name_key

DUPLICATE_DOCUMENT = N_("This document number is already registered for {name}.")
TOO_LONG = N_("Too long: at most {limit} characters.")


@dataclass(frozen=True)
class Related:
    """What a record's rules need from outside the record itself."""

    # The stored version being changed (None for a new record): codes it already holds
    # stay valid after a newer catalog retires them. Always of the checked record's type
    # (the rules are keyed by type), hence the casts below.
    previous: SyncedRecord | None = None
    # A case: the institutions it was really sent to (not drafted, not rejected).
    referred_to: frozenset[str] = frozenset()
    # A consent: whose consent it is.
    person: Person | None = None
    # A mediation: the case mediated.
    case: Case | None = None
    # A person: another living person holding the same document, if any.
    same_document: Person | None = None


Rule = Callable[[Any, Catalogs, date, Related], list[Problem]]


def _household(h: Household, catalogs: Catalogs, today: date, rel: Related) -> list[Problem]:
    return validate_household(h, catalogs)


def _person(p: Person, catalogs: Catalogs, today: date, rel: Related) -> list[Problem]:
    problems = validate_person(p, catalogs, today, cast(Person | None, rel.previous))
    if rel.same_document is not None:
        other = rel.same_document
        problems.append(Problem("doc_number", DUPLICATE_DOCUMENT,
                                {"name": f"{other.given_names} {other.surnames}"}))
    return problems


def _case(c: Case, catalogs: Catalogs, today: date, rel: Related) -> list[Problem]:
    problems = validate_case(c, catalogs, today, cast(Case | None, rel.previous))
    before = rel.previous
    problems += check_minimum_risk(
        c.violation_types, c.risk_level, catalogs,
        (before.violation_types, before.risk_level) if isinstance(before, Case) else None)
    if c.status == "closed":
        problems += check_can_close(c.violation_types, rel.referred_to, catalogs)
    return problems


def _consent(c: Consent, catalogs: Catalogs, today: date, rel: Related) -> list[Problem]:
    if rel.person is None:
        return [Problem("person_id", REQUIRED)]
    return validate_consent(c, rel.person, today)


def _mediation(m: Mediation, catalogs: Catalogs, today: date, rel: Related) -> list[Problem]:
    if rel.case is None:
        return [Problem("case_id", REQUIRED)]
    return validate_mediation(m, today) + check_mediation_allowed(rel.case.violation_types,
                                                                  catalogs)


def _referral(r: Referral, catalogs: Catalogs, today: date, rel: Related) -> list[Problem]:
    return validate_referral(r, catalogs, cast(Referral | None, rel.previous))


def _visit(v: Visit, catalogs: Catalogs, today: date, rel: Related) -> list[Problem]:
    return validate_visit(v, today)


def _referral_status(r: ReferralStatus, catalogs: Catalogs, today: date,
                     rel: Related) -> list[Problem]:
    return validate_referral_status(r.status)


def _activity(a: CommunityActivity, catalogs: Catalogs, today: date,
              rel: Related) -> list[Problem]:
    return validate_activity(a, catalogs, today,
                             cast(CommunityActivity | None, rel.previous))


def _plan(p: Plan, catalogs: Catalogs, today: date, rel: Related) -> list[Problem]:
    return validate_plan(p, catalogs)


def _plan_action(a: PlanAction, catalogs: Catalogs, today: date,
                 rel: Related) -> list[Problem]:
    return validate_plan_action(a, catalogs, cast(PlanAction | None, rel.previous))


def _request(r: DataRequest, catalogs: Catalogs, today: date, rel: Related) -> list[Problem]:
    return validate_request(r, today)


def _attendee(a: Attendee, catalogs: Catalogs, today: date,
              rel: Related) -> list[Problem]:
    return validate_attendee(a)


RULES: dict[str, Rule] = {
    DataRequest.record_type: _request,
    Household.record_type: _household,
    Person.record_type: _person,
    Case.record_type: _case,
    Consent.record_type: _consent,
    Mediation.record_type: _mediation,
    Referral.record_type: _referral,
    Visit.record_type: _visit,
    ReferralStatus.record_type: _referral_status,
    CommunityActivity.record_type: _activity,
    Attendee.record_type: _attendee,
    Plan.record_type: _plan,
    PlanAction.record_type: _plan_action,
}


def record_problems(record: SyncedRecord, catalogs: Catalogs, today: date,
                    related: Related | None = None) -> list[Problem]:
    """Everything wrong with `record` as it would be stored; [] when it may be saved."""
    rule = RULES.get(record.record_type)
    problems = rule(record, catalogs, today, related or Related()) if rule else []
    return problems + length_problems(record)


def length_problems(record: SyncedRecord) -> list[Problem]:
    """Texts and lists over the limits every device and the server share."""
    limits = field_limits(record.record_type, content_names(type(record)))
    return [Problem(name, TOO_LONG, {"limit": limit}) for name, limit, _free in limits
            if not fits(getattr(record, name), limit)]


def normalise(record: SyncedRecord, catalogs: Catalogs) -> None:
    """The stored form of a record's derived fields, set in place before it is checked:
    a person's document number (a cédula as its 10 digits) and the key its name is
    found by."""
    if isinstance(record, Person):
        record.doc_number = normalise_document(record.doc_type, record.doc_number, catalogs)
        record.name_key = name_key(record.given_names, record.surnames)
