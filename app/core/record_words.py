"""Records in words, outside their forms: the kind of record, whose it is (the person,
family or case it belongs to) and its data with field labels from one table, values as a
person reads them (catalog names, dd/mm/aaaa, sí/no) — never ids.

"Necesitan atención" and "Cambios en conflicto" in the desktop and `defensoria attention`
speak through it. Qt-free; English sources in N_(), translated by the caller's `tr`.
"""

import re
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from app.core import labels
from app.core.catalogs import Catalogs
from app.core.i18n import N_, Translate
from app.core.records import PARENTS, SYNCED_TYPES, Case, Household, Person
from app.core.store.database import Database

KINDS = labels.RECORD_KIND  # the words of the record types

# Every field a person edits, by its name in any record type.
FIELDS = {
    "parish": N_("Parish"), "community": N_("Community"),
    "address_reference": N_("Address reference"), "gps_lat": N_("Latitude"),
    "gps_lon": N_("Longitude"), "notes": N_("Notes"),
    "relation_to_head": N_("Relation to the head of household"),
    "given_names": N_("Given names"), "surnames": N_("Surnames"),
    "doc_type": N_("Document type"), "doc_number": N_("Document number"),
    "birth_date": N_("Birth date"), "estimated_age": N_("Estimated age"),
    "estimated_on": N_("Age given on"), "sex": N_("Sex"),
    "gender_identity": N_("Gender identity"), "ethnicity": N_("Ethnicity"),
    "disability_type": N_("Disability"), "disability_percent": N_("Disability percentage"),
    "priority_groups": N_("Priority groups"), "phone": N_("Phone"),
    "purpose": N_("Purpose"), "granted": N_("Granted"), "given_by": N_("Given by"),
    "representative_name": N_("Representative's name"),
    "representative_relation": N_("Representative's relation"), "given_on": N_("Date"),
    "code": N_("Code"), "affected_person_ids": N_("Affected persons"),
    "violation_types": N_("Violation types"), "facts": N_("Facts"),
    "occurred_on": N_("Date of the facts"), "place": N_("Place"),
    "reporter_anonymous": N_("Anonymous report"), "reporter_name": N_("Reporter's name"),
    "reporter_relation": N_("Reporter's relation"), "reporter_phone": N_("Reporter's phone"),
    "aggressor_description": N_("Alleged aggressor"),
    "aggressor_relation": N_("Aggressor's relation"), "risk_level": N_("Risk level"),
    "status": N_("Status"), "status_reason": N_("Reason for the status"),
    "opened_on": N_("Opened on"), "kind": N_("Kind"), "text": N_("Text"),
    "state": N_("Visit state"), "visit_date": N_("Visit date"),
    "participants": N_("Participants"), "observations": N_("Observations"),
    "agreements": N_("Agreements"), "next_visit_on": N_("Next visit"),
    "held_on": N_("Date"), "parties": N_("Parties"), "subject": N_("Subject"),
    "outcome": N_("Outcome"), "institution": N_("Institution"), "reason": N_("Reason"),
    "urgency": N_("Urgency"), "note": N_("Note"), "answer": N_("Answer or measure"),
    "due_on": N_("Due on"), "description": N_("What to do"), "done": N_("Done"),
    "activity_type": N_("Activity type"), "topic": N_("Topic"),
    "attendance": N_("Attendance"), "field": N_("Field"),
    "resolution": N_("Value chosen"), "resolved": N_("Resolved"),
    "assigned_to": N_("Responsible promoter"),
    "year": N_("Year"), "title": N_("Title"), "strategic_objective": N_("Strategic objective"),
    "specific_objectives": N_("Specific objectives"), "position": N_("Order"),
    "line": N_("Line of action"), "responsible": N_("Responsible"),
    "aspects_to_keep": N_("Aspects to keep"), "aspects_to_correct": N_("Aspects to correct"),
    "proposed_action": N_("Proposed action"), "months": N_("Months"),
    "target_events": N_("Target events"), "target_participants": N_("Target participants"),
    "budget_cents": N_("Budget"),
    "hours": N_("Hours"), "age_group": N_("Age group"), "age": N_("Age"),
    "name_consent": N_("Consent for the name"), "consent_on": N_("Consent given on"),
}
# Links between records and derived keys: the owner column says what they point at.
HIDDEN = frozenset({"household_id", "case_id", "person_id", "referral_id", "plan_id",
                    "plan_action_id", "activity_id",
                    "target_id", "target_type", "name_key", "kept_value", "other_value",
                    "other_by", "other_device"})
CATALOG_OF = {"relation_to_head": "relations", "doc_type": "document_types",
              "sex": "sexes", "ethnicity": "ethnicities", "disability_type":
              "disability_types", "priority_groups": "priority_groups",
              "violation_types": "violation_types", "risk_level": "risk_levels",
              "institution": "institutions", "activity_type": "activity_types"}
# The words of coded values, from the core's one table of them.
CODES = {**labels.CASE_STATUS, **labels.REFERRAL_STATUS, **labels.VISIT_STATE,
         **labels.OUTCOME, **labels.URGENCY, **labels.PURPOSE, **labels.GIVEN_BY,
         **labels.NOTE_KIND}
CODED = frozenset({"status", "state", "outcome", "urgency", "purpose", "given_by", "kind"})
ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class RecordWords:
    def __init__(self, db: Database, catalogs: Catalogs, language: str,
                 tr: Translate) -> None:
        self.db, self.catalogs, self.language, self.tr = db, catalogs, language, tr

    def kind(self, record_type: str) -> str:
        return self.tr(KINDS[record_type]) if record_type in KINDS else record_type

    def field(self, name: str) -> str:
        return self.tr(FIELDS[name]) if name in FIELDS else name.replace("_", " ")

    def details(self, fields: dict[str, Any]) -> str:
        """'Label: value, …' of the fields a person reads (empty ones left out)."""
        return ", ".join(f"{self.field(name)}: {self.value(name, value)}"
                         for name, value in fields.items()
                         if name not in HIDDEN and value not in (None, "", [], {}))

    def value(self, name: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return self.tr(N_("yes") if value else N_("no"))
        if isinstance(value, list):
            return ", ".join(self.value(name, v) for v in value) or "—"
        if isinstance(value, dict):
            if name == "attendance":
                return str(sum(v for v in value.values() if isinstance(v, int)))
            return str(value.get("name") or ", ".join(str(v) for v in value.values()))
        text = str(value)
        if name == "affected_person_ids":
            return self._person_name(text)
        if name == "parish":
            parish = self.catalogs.territory.parishes.get(text)
            return parish.name if parish else text
        if name in CATALOG_OF:
            return self.catalogs.lists[CATALOG_OF[name]].label(text, self.language)
        if name in CODED and text in CODES:
            return self.tr(CODES[text])
        day = ISO_DAY.match(text)
        return f"{day[3]}/{day[2]}/{day[1]}" if day else text

    def owner(self, record_type: str, record_id: str) -> str:
        """The person, family or case a record belongs to, in words; '—' if unknown."""
        with self.db.read() as s:
            for _ in range(4):
                model = SYNCED_TYPES.get(record_type)
                record = s.execute(select(model).where(col(model.id) == record_id)
                                   ).scalar_one_or_none() if model else None
                if record is None:
                    return "—"
                if isinstance(record, Person):
                    return _name(record)
                if isinstance(record, Household):
                    return self._family(s, record)
                if isinstance(record, Case):
                    names = [self._person_name(p, s) for p in record.affected_person_ids]
                    return self.tr(N_("Case {code}")).format(code=record.code) + (
                        f" · {', '.join(names)}" if names else "")
                if record_type == "activity":  # a participant's change names it too
                    return f"{record.topic} · {self.value('held_on', str(record.held_on))}"
                if record_type == "plan":  # an action's change names its plan
                    return record.title or str(record.year)
                if record_type == "conflict":
                    record_type, record_id = record.target_type, record.target_id
                    continue
                parent = next(((kind, getattr(record, f)) for f, kind
                               in PARENTS.get(record_type, ()) if getattr(record, f)), None)
                if parent is None:
                    return "—"
                record_type, record_id = parent
        return "—"

    def _family(self, s: Any, household: Household) -> str:
        head = s.execute(select(Person).where(
            col(Person.household_id) == household.id, col(Person.deleted).is_(False))
            .order_by(col(Person.relation_to_head) != "jefe_hogar", col(Person.created_at))
        ).scalars().first()
        if head is not None:
            return self.tr(N_("Family of {name}")).format(name=_name(head))
        return self.tr(N_("Family in {place}")).format(place=", ".join(
            p for p in (household.community, self.value("parish", household.parish)) if p))

    def _person_name(self, person_id: str, s: Any = None) -> str:
        if s is None:
            with self.db.read() as session:
                return self._person_name(person_id, session)
        person = s.get(Person, person_id)
        return _name(person) if person is not None else "—"


def _name(person: Person) -> str:
    return f"{person.given_names} {person.surnames}".strip()
