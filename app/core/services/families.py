"""Households, their members, and consent."""

from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from app.core.duplicates import similar_persons
from app.core.errors import Problem, ValidationFailed
from app.core.i18n import N_
from app.core.records import Consent, Household, Person, SyncedRecord
from app.core.rules.ages import current_age
from app.core.rules.records import normalise
from app.core.services.base import ServiceContext, build, raise_if
from app.core.services.record_rules import check_record

POSSIBLE_DUPLICATE = N_("A person with the same name and a close birth date already "
                        "exists: {names}. Check before saving.")


class FamilyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # Households -------------------------------------------------------------
    def create_household(self, **data: Any) -> Household:
        household = build(Household, data)
        with self.ctx.db.write() as s:
            self._check(s, household)
            return self.ctx.writer.create(s, household)

    def update_household(self, household_id: str, **changes: Any) -> Household:
        with self.ctx.db.write() as s:
            current = self.ctx.writer.get(s, Household, household_id)
            candidate = build(Household, {**current.model_dump(), **changes})
            self._check(s, candidate, current)
            return self.ctx.writer.update(
                s, Household, household_id, {k: getattr(candidate, k) for k in changes})

    def open_household(self, household_id: str) -> Household:
        """Read a family for display (its members, their consents and cases); the viewing
        is audited like a case's, and reaches the person's access log (LOPDP)."""
        with self.ctx.db.write() as s:
            household = self.ctx.writer.get(s, Household, household_id)
            self.ctx.writer.audit(s, "view", "household", household_id)
            return household

    def get_household(self, household_id: str) -> Household:
        with self.ctx.db.read() as s:
            return self.ctx.writer.get(s, Household, household_id)

    def members(self, household_id: str) -> list[Person]:
        with self.ctx.db.read() as s:
            return list(s.execute(select(Person).where(
                col(Person.household_id) == household_id, col(Person.deleted).is_(False))
                .order_by(col(Person.created_at))).scalars())

    # Persons ----------------------------------------------------------------
    def add_person(self, *, confirm_duplicates: bool = False,
                   new_household: dict[str, Any] | None = None, **data: Any) -> Person:
        """Save a new person. A repeated document is refused; a similar name and birth
        date raises ValidationFailed with warnings only, until confirmed. With
        `new_household`, that household is created in the same transaction."""
        household = None
        if new_household is not None:
            household = build(Household, new_household)
            data["household_id"] = household.id
        person = build(Person, data)
        normalise(person, self.ctx.catalogs)
        with self.ctx.db.write() as s:
            if household is not None:
                self._check(s, household)
            self._check(s, person)
            self._check_similar(s, person, confirm_duplicates)
            if household is not None:
                self.ctx.writer.create(s, household)
            return self.ctx.writer.create(s, person)

    def update_person(self, person_id: str, *, confirm_duplicates: bool = True,
                      **changes: Any) -> Person:
        with self.ctx.db.write() as s:
            current = self.ctx.writer.get(s, Person, person_id)
            candidate = build(Person, {**current.model_dump(), **changes})
            normalise(candidate, self.ctx.catalogs)
            self._check(s, candidate, current)
            self._check_similar(s, candidate, confirm_duplicates)
            fields = {k: getattr(candidate, k) for k in changes}
            if candidate.name_key != current.name_key:
                fields["name_key"] = candidate.name_key
            return self.ctx.writer.update(s, Person, person_id, fields)

    def delete_person(self, person_id: str) -> None:
        with self.ctx.db.write() as s:
            self.ctx.writer.delete(s, Person, person_id)

    def get_person(self, person_id: str) -> Person:
        with self.ctx.db.read() as s:
            return self.ctx.writer.get(s, Person, person_id)

    def count_persons(self) -> int:
        with self.ctx.db.read() as s:
            return s.execute(select(func.count()).select_from(Person)
                             .where(col(Person.deleted).is_(False))).scalar_one()

    def age_of(self, person: Person) -> int | None:
        return current_age(person.birth_date, person.estimated_age, person.estimated_on,
                           self.ctx.today())

    def _check(self, s: Session, record: SyncedRecord,
               previous: SyncedRecord | None = None) -> None:
        raise_if(check_record(s, record, self.ctx.catalogs, self.ctx.today(), previous))

    @staticmethod
    def _check_similar(s: Session, person: Person, confirmed: bool) -> None:
        """A similar name and birth date is a warning only, until confirmed."""
        if confirmed:
            return
        similar = similar_persons(s, person)
        if similar:
            names = ", ".join(c.full_name for c in similar[:5])
            raise ValidationFailed([], [Problem("given_names", POSSIBLE_DUPLICATE,
                                                {"names": names})])

    # Consent ----------------------------------------------------------------
    def record_consent(self, person_id: str, **data: Any) -> Consent:
        consent = build(Consent, {"person_id": person_id, **data})
        with self.ctx.db.write() as s:
            self.ctx.writer.get(s, Person, person_id)
            self._check(s, consent)
            return self.ctx.writer.create(s, consent)

    def consents(self, person_id: str) -> list[Consent]:
        with self.ctx.db.read() as s:
            return list(s.execute(
                select(Consent).where(col(Consent.person_id) == person_id)
                .order_by(col(Consent.given_on), col(Consent.created_at))).scalars())
