"""How a person and a household are identified on paper: only what the addressee needs."""

from app.core.i18n import N_
from app.core.records import Household, Person
from app.reports.context import ReportContext


def full_name(person: Person) -> str:
    return f"{person.given_names} {person.surnames}".strip()


def address(ctx: ReportContext, home: Household | None) -> str:
    if home is None:
        return ctx.tr(N_("Not recorded"))
    parts = [ctx.parish_name(home.parish), home.community, home.address_reference]
    return ", ".join(p for p in parts if p)


def person_rows(ctx: ReportContext, person: Person, home: Household | None,
                age: int | None) -> list[tuple[str, str]]:
    """Name, document, birth date and age, sex and address: CONA Art. 237's
    "most detailed identification possible" of an affected child or adolescent."""
    tr = ctx.tr
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
        (tr(N_("Names and surnames")), full_name(person)),
        (tr(N_("Identity document")), document),
        (tr(N_("Date of birth (age)")), born),
        (tr(N_("Sex")), ctx.label("sexes", person.sex)),
        (tr(N_("Address")), address(ctx, home)),
    ]
