"""Field rules per record, with messages a promoter understands."""

from datetime import date

from stdnum.ec import ci
from stdnum.exceptions import ValidationError as StdnumError

from app.core.catalogs import Catalogs
from app.core.errors import Problem
from app.core.i18n import N_
from app.core.records import (
    Attendee,
    Case,
    CommunityActivity,
    Consent,
    Household,
    Mediation,
    Person,
    Referral,
    Visit,
)
from app.core.records.cases import CASE_STATUSES, REFERRAL_STATUSES
from app.core.records.community import AGE_GROUPS, ATTENDANCE_SEX
from app.core.rules.ages import YOUNGEST, age_group, current_age

REQUIRED = N_("This field is required.")
FUTURE = N_("The date cannot be in the future.")
UNKNOWN_CODE = N_("Choose a value from the list.")
# LOPDP Art. 21: from 15 a person consents themself; below, the legal representative does.
SELF_CONSENT_AGE = 15
UNDER_SELF_CONSENT_AGE = N_("Under 15, the legal representative must give consent.")
AGE_RANGE = N_("The age must be between 0 and 120.")


def _required(problems: list[Problem], record: object, *fields: str) -> None:
    for name in fields:
        value = getattr(record, name)
        if value is None or (isinstance(value, str | list) and not value):
            problems.append(Problem(name, REQUIRED))


def _not_future(problems: list[Problem], record: object, today: date, *fields: str) -> None:
    for name in fields:
        value = getattr(record, name)
        if value is not None and value > today:
            problems.append(Problem(name, FUTURE))


def _in_catalog(problems: list[Problem], catalog, record: object, name: str,
                previous: object | None) -> None:
    """Codes must be active, except codes the record already held: a newer catalog
    that retires a code must not block edits of the record's other fields."""
    value = getattr(record, name)
    codes = value if isinstance(value, list) else [value]
    kept = getattr(previous, name) if previous is not None else []
    kept = set(kept if isinstance(kept, list) else [kept])
    if any(code and code not in kept and not catalog.is_valid(code) for code in codes):
        problems.append(Problem(name, UNKNOWN_CODE))


def normalise_document(doc_type: str, number: str, catalogs: Catalogs) -> str:
    """The stored form: a cédula as its 10 digits (without dashes or spaces, with the
    leading zero a spreadsheet may have dropped), other documents trimmed, upper case."""
    kind = catalogs.document_types.get(doc_type)
    if kind is not None and kind.extra.get("validator") == "ec_ci":
        digits = ci.compact(number)
        return digits.zfill(10) if digits.isdigit() and len(digits) == 9 else digits
    return " ".join(number.split()).upper()


def check_document(doc_type: str, number: str, catalogs: Catalogs) -> list[Problem]:
    kind = catalogs.document_types.get(doc_type)
    if kind is None or not kind.active:
        return [Problem("doc_type", UNKNOWN_CODE)]
    if not kind.extra.get("requires_number", True):
        return []
    if not number.strip():
        return [Problem("doc_number", N_("Enter the document number, or choose "
                                         "'Sin documento'."))]
    if kind.extra.get("validator") == "ec_ci":
        try:
            ci.validate(number)
        except StdnumError:
            return [Problem("doc_number", N_("The cédula {number} is not valid: check "
                                             "the 10 digits."), {"number": number})]
    return []


def validate_household(h: Household, catalogs: Catalogs) -> list[Problem]:
    problems: list[Problem] = []
    _required(problems, h, "parish")
    if h.parish and h.parish not in catalogs.territory.parishes:
        problems.append(Problem("parish", UNKNOWN_CODE))
    lat, lon = h.gps_lat, h.gps_lon
    if (lat is None) != (lon is None) or (
            lat is not None and lon is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180)):
        problems.append(Problem("gps_lat", N_("The GPS point is not valid.")))
    return problems


def validate_person(p: Person, catalogs: Catalogs, today: date,
                    previous: Person | None = None) -> list[Problem]:
    problems: list[Problem] = []
    _required(problems, p, "given_names", "surnames", "sex")
    _in_catalog(problems, catalogs.sexes, p, "sex", previous)
    _in_catalog(problems, catalogs.ethnicities, p, "ethnicity", previous)
    _in_catalog(problems, catalogs.disability_types, p, "disability_type", previous)
    _in_catalog(problems, catalogs.priority_groups, p, "priority_groups", previous)
    _in_catalog(problems, catalogs.relations, p, "relation_to_head", previous)
    problems += check_document(p.doc_type, p.doc_number, catalogs)
    _not_future(problems, p, today, "birth_date", "estimated_on")
    if p.birth_date is None and p.estimated_age is None:
        problems.append(Problem("birth_date", N_("Enter the birth date or an estimated age.")))
    if p.estimated_age is not None and not 0 <= p.estimated_age <= 120:
        problems.append(Problem("estimated_age", AGE_RANGE))
    if p.birth_date is not None and (current_age(p.birth_date, None, None, today) or 0) > 120:
        problems.append(Problem("birth_date", N_("The birth date is too far in the past.")))
    if p.disability_percent is not None and not 1 <= p.disability_percent <= 100:
        problems.append(Problem("disability_percent",
                                N_("The percentage must be between 1 and 100.")))
    if p.phone and not p.phone.replace(" ", "").replace("+", "").isdigit():
        problems.append(Problem("phone", N_("The phone number may hold only digits.")))
    return problems


def _self_consent(problems: list[Problem], field: str, given_by: str,
                  age: int | None) -> None:
    """The one age rule of consent (LOPDP Art. 21), for a person's consent and for a
    participant's consent to their name on an attendance list: under 15, the legal
    representative consents. `age`: on the day of consent, None when unknown."""
    if given_by == "self" and age is not None and age < SELF_CONSENT_AGE:
        problems.append(Problem(field, UNDER_SELF_CONSENT_AGE))


def validate_consent(c: Consent, person: Person, today: date) -> list[Problem]:
    problems: list[Problem] = []
    _required(problems, c, "purpose", "given_on")
    _not_future(problems, c, today, "given_on")
    if c.purpose not in ("services", "sharing", "reporting"):
        problems.append(Problem("purpose", UNKNOWN_CODE))
    if c.given_by not in ("self", "representative"):
        problems.append(Problem("given_by", UNKNOWN_CODE))
    # The age that counts is the age on the day of consent; an estimated 15 may be 14.
    age = current_age(person.birth_date, person.estimated_age, person.estimated_on,
                      c.given_on) if c.given_on else None
    if age is not None and person.birth_date is None and age == SELF_CONSENT_AGE:
        age -= 1
    _self_consent(problems, "given_by", c.given_by, age)
    if c.given_by == "representative":
        _required(problems, c, "representative_name", "representative_relation")
    return problems


def validate_case(c: Case, catalogs: Catalogs, today: date,
                  previous: Case | None = None) -> list[Problem]:
    problems: list[Problem] = []
    _required(problems, c, "parish", "affected_person_ids", "violation_types", "facts",
              "risk_level", "opened_on")
    if c.parish and c.parish not in catalogs.territory.parishes:
        problems.append(Problem("parish", UNKNOWN_CODE))
    _in_catalog(problems, catalogs.violation_types, c, "violation_types", previous)
    _in_catalog(problems, catalogs.risk_levels, c, "risk_level", previous)
    if c.status not in CASE_STATUSES:
        problems.append(Problem("status", UNKNOWN_CODE))
    _not_future(problems, c, today, "occurred_on", "opened_on")
    if not c.reporter_anonymous and not c.reporter_name.strip():
        problems.append(Problem("reporter_name", N_("Enter who reported, or mark the "
                                                    "report as anonymous.")))
    return problems


def validate_visit(v: Visit, today: date) -> list[Problem]:
    problems: list[Problem] = []
    _required(problems, v, "household_id", "visit_date")
    if v.state not in ("planned", "done", "cancelled"):
        problems.append(Problem("state", UNKNOWN_CODE))
    if v.state == "done":
        _not_future(problems, v, today, "visit_date")
        _required(problems, v, "observations")
    if v.next_visit_on is not None and v.visit_date and v.next_visit_on < v.visit_date:
        problems.append(Problem("next_visit_on", N_("The next visit must come after "
                                                    "this one.")))
    return problems


def validate_mediation(m: Mediation, today: date) -> list[Problem]:
    problems: list[Problem] = []
    _required(problems, m, "case_id", "held_on", "subject", "parties")
    _not_future(problems, m, today, "held_on")
    if len(m.parties) < 2:
        problems.append(Problem("parties", N_("A mediation needs at least two parties.")))
    if m.outcome not in ("agreement", "partial", "no_agreement"):
        problems.append(Problem("outcome", UNKNOWN_CODE))
    return problems


def validate_referral(r: Referral, catalogs: Catalogs,
                      previous: Referral | None = None) -> list[Problem]:
    problems: list[Problem] = []
    _required(problems, r, "case_id", "institution", "reason")
    _in_catalog(problems, catalogs.institutions, r, "institution", previous)
    if r.urgency not in ("normal", "urgent", "immediate"):
        problems.append(Problem("urgency", UNKNOWN_CODE))
    return problems


def validate_referral_status(status: str) -> list[Problem]:
    if status not in REFERRAL_STATUSES:
        return [Problem("status", UNKNOWN_CODE)]
    return []


def validate_activity(a: CommunityActivity, catalogs: Catalogs, today: date,
                      previous: CommunityActivity | None = None) -> list[Problem]:
    problems: list[Problem] = []
    _required(problems, a, "activity_type", "held_on", "parish", "topic")
    _in_catalog(problems, catalogs.activity_types, a, "activity_type", previous)
    if a.parish and a.parish not in catalogs.territory.parishes:
        problems.append(Problem("parish", UNKNOWN_CODE))
    _not_future(problems, a, today, "held_on")
    if any(n < 0 for n in a.attendance.values()):
        problems.append(Problem("attendance", N_("Attendance cannot be negative.")))
    return problems


NAME_CONSENTS = ("", "self", "representative")


def validate_attendee(a: Attendee) -> list[Problem]:
    """A participant counted by sex and age group; a name only with consent to keep it,
    given alone from 15 (the age is asked of an adolescent who consents alone)."""
    problems: list[Problem] = []
    _required(problems, a, "activity_id", "sex", "age_group")
    if a.sex and a.sex not in ATTENDANCE_SEX:
        problems.append(Problem("sex", UNKNOWN_CODE))
    if a.age_group and a.age_group not in AGE_GROUPS:
        problems.append(Problem("age_group", UNKNOWN_CODE))
    if a.name_consent not in NAME_CONSENTS:
        problems.append(Problem("name_consent", UNKNOWN_CODE))
    elif (a.given_names.strip() or a.surnames.strip()) and not a.name_consent:
        problems.append(Problem("given_names", N_(
            "A participant's name is kept only with consent: record who gave it, or "
            "leave the name empty (the participant is counted).")))
    if a.age is not None and not 0 <= a.age <= 120:
        problems.append(Problem("age", AGE_RANGE))
    elif a.age is not None and a.age_group in AGE_GROUPS and age_group(a.age) != a.age_group:
        problems.append(Problem("age", N_("The age is not of the age group chosen.")))
    elif a.name_consent == "self" and a.age is None and a.age_group == "adolescencia":
        # 12 to 17: whether they may consent alone depends on the age the group hides.
        problems.append(Problem("age", N_(
            "Write the participant's age: an adolescent consents alone only from 15.")))
    elif a.name_consent in NAME_CONSENTS:
        _self_consent(problems, "name_consent", a.name_consent,
                      a.age if a.age is not None else YOUNGEST.get(a.age_group))
    return problems
