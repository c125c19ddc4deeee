"""Import households and persons from the spreadsheets defensorías keep today (CSV).

Column names are matched loosely (case, accents, Spanish or English). Rows sharing a
`hogar` value form one household. Every bad row is reported with its line number and
reason; good rows are kept.
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.core.errors import Problem, UserError, ValidationFailed
from app.core.i18n import N_
from app.core.services.families import FamilyService
from app.core.text import fold

COLUMNS = {
    "hogar": "household", "household": "household",
    "parroquia": "parish", "parish": "parish",
    "comunidad": "community", "barrio": "community", "community": "community",
    "direccion": "address_reference", "address": "address_reference",
    "nombres": "given_names", "given names": "given_names",
    "apellidos": "surnames", "surnames": "surnames",
    "tipo documento": "doc_type", "tipo de documento": "doc_type", "document type": "doc_type",
    "cedula": "doc_number", "numero documento": "doc_number", "documento": "doc_number",
    "document number": "doc_number",
    "fecha nacimiento": "birth_date", "fecha de nacimiento": "birth_date",
    "birth date": "birth_date",
    "edad": "estimated_age", "age": "estimated_age",
    "sexo": "sex", "sex": "sex",
    "etnia": "ethnicity", "autoidentificacion": "ethnicity", "ethnicity": "ethnicity",
    "telefono": "phone", "phone": "phone",
    "parentesco": "relation_to_head", "relation": "relation_to_head",
}
SEX_ALIASES = {"m": "hombre", "h": "hombre", "masculino": "hombre", "hombre": "hombre",
               "f": "mujer", "femenino": "mujer", "mujer": "mujer",
               "intersexual": "intersexual"}
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")


@dataclass
class RowError:
    line: int
    reason: str


@dataclass
class ImportReport:
    households: int = 0
    persons: int = 0
    errors: list[RowError] = field(default_factory=list)


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):   # cp1252: saved by Excel on Windows
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")   # never fails; odd bytes show as odd letters


def _date(value: str) -> date | None:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValidationFailed([Problem("birth_date", N_("The date is not valid."))])


class CsvImporter:
    def __init__(self, families: FamilyService, translate) -> None:
        self.families = families
        self.catalogs = families.ctx.catalogs
        self.translate = translate

    def run(self, path: Path) -> ImportReport:
        text = read_text(path)
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(io.StringIO(text), dialect)
        header = next(reader, None)
        if not header:
            raise UserError(N_("The file is empty."))
        columns = [COLUMNS.get(fold(h).replace("_", " ")) for h in header]
        missing = {"parish", "given_names", "surnames", "sex"} - set(columns)
        if missing:
            raise UserError(N_("The file lacks the columns: {columns}."),
                            columns=", ".join(sorted(missing)))
        # Problems name the column as the file calls it.
        headings = {c: h.strip() for c, h in zip(columns, header, strict=True) if c}
        headings["doc_type"] = headings.get("doc_type", headings.get("doc_number", ""))
        report = ImportReport()
        households: dict[str, str] = {}
        for line, values in enumerate(reader, start=2):
            if not any(v.strip() for v in values):
                continue
            row = {c: v.strip() for c, v in zip(columns, values, strict=False) if c}
            try:
                self._row(row, households, report)
            except ValidationFailed as exc:
                report.errors.append(RowError(line, "; ".join(
                    f"{headings.get(p.field) or p.field}: {p.render(self.translate)}"
                    for p in exc.problems or exc.warnings)))
        return report

    def _code(self, catalog: str, text: str) -> str:
        """The catalog code a spreadsheet's word means ('Mestiza', 'Jefe de hogar'...)."""
        item = getattr(self.catalogs, catalog).find(text)
        return item.code if item else text

    def _row(self, row: dict[str, str], households: dict[str, str],
             report: ImportReport) -> None:
        parish = self.catalogs.territory.find(row.get("parish", ""))
        if parish is None:
            raise ValidationFailed([Problem("parish", N_("Unknown parish: {name}."),
                                            {"name": row.get("parish", "")})])
        person: dict[str, Any] = {k: row[k] for k in ("given_names", "surnames", "phone")
                                  if k in row}
        person["sex"] = SEX_ALIASES.get(fold(row.get("sex", "")), row.get("sex", ""))
        if row.get("doc_type"):
            person["doc_type"] = self._code("document_types", row["doc_type"])
        if row.get("doc_number"):
            person["doc_number"] = row["doc_number"]
            person.setdefault("doc_type", "cedula")
        if row.get("birth_date"):
            person["birth_date"] = _date(row["birth_date"])
        elif row.get("estimated_age"):
            person["estimated_age"] = row["estimated_age"]
            person["estimated_on"] = self.families.ctx.today()
        for key, catalog in (("ethnicity", "ethnicities"), ("relation_to_head", "relations")):
            if row.get(key):
                person[key] = self._code(catalog, row[key])
        household = row.get("household") or None
        if household in households:
            self.families.add_person(household_id=households[household], **person)
        else:
            added = self.families.add_person(new_household={
                "parish": parish.code, "community": row.get("community", ""),
                "address_reference": row.get("address_reference", "")}, **person)
            report.households += 1
            if household and added.household_id:  # a new household was made for it
                households[household] = added.household_id
        report.persons += 1
