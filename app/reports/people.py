"""How a person and a household are identified on paper: only what the addressee needs;
and who is asked to sign."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlmodel import col

from app.core.i18n import N_
from app.core.records import Person
from app.core.rules.ages import age_group, current_age
from app.core.services.affected import AffectedPerson
from app.core.text import words
from app.reports.context import ReportContext


def address(ctx: ReportContext, person: AffectedPerson) -> str:
    parts = [ctx.parish_name(person.parish) if person.parish else "", person.community,
             person.address_reference]
    return ", ".join(p for p in parts if p) or ctx.tr(N_("Not recorded"))


def person_rows(ctx: ReportContext, person: AffectedPerson) -> list[tuple[str, str]]:
    """Name, document, birth date and age, sex and address: CONA Art. 237's
    "most detailed identification possible" of an affected child or adolescent."""
    tr, age = ctx.tr, person.age
    document = ctx.label("document_types", person.doc_type)
    if person.doc_number:
        document = f"{document} {person.doc_number}"
    if person.birth_date is not None:
        born = tr(N_("{date} ({age} years)")).format(date=ctx.day(person.birth_date),
                                                     age=age)
    elif age is not None:
        born = tr(N_("Unknown; about {age} years")).format(age=age)
    else:
        born = tr(N_("Not recorded"))
    return [
        (tr(N_("Names and surnames")), person.full_name),
        (tr(N_("Identity document")), document),
        (tr(N_("Date of birth (age)")), born),
        (tr(N_("Sex")), ctx.label("sexes", person.sex)),
        (tr(N_("Address")), address(ctx, person)),
    ]


def adults_present(ctx: ReportContext, names: Sequence[str], household_id: str | None,
                   day: date) -> list[str]:
    """Of the names of those present, the ones asked to sign: all but the family's
    children and adolescents on `day`. A name is a member when its words are all in
    that member's name and in no other's; an estimated 18 is presumed younger (CONA
    Art. 4). Names that are not a member (a neighbour, a teacher) sign."""
    members: list[Person] = []
    if household_id:
        with ctx.db.read() as s:
            members = list(s.execute(select(Person).where(
                col(Person.household_id) == household_id,
                col(Person.deleted).is_(False))).scalars())
    signing = []
    for name in names:
        wanted = set(words(name))
        found = [m for m in members
                 if wanted and wanted <= set(words(f"{m.given_names} {m.surnames}"))]
        if len(found) == 1:
            person = found[0]
            age = current_age(person.birth_date, person.estimated_age, person.estimated_on,
                              day)
            if age_group(age, person.birth_date is None) in ("ninez", "adolescencia"):
                continue
        signing.append(name)
    return signing
