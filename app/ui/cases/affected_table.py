"""Who a case affects, shown as the referral form identifies them (CONA Art. 237): name,
age and CONA category, sex, document and address. The Junta's inbox and its case view
both show them so."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableView

from app.core.services.affected import AffectedPerson
from app.ui import labels
from app.ui.cases.cases_page import table_view
from app.ui.models.rows import RowsTableModel
from app.ui.shell.context import UiContext
from app.ui.widgets import column_widths


def age_text(person: AffectedPerson) -> str:
    if person.age is None:
        return QCoreApplication.translate("AffectedTable", "Age not recorded")
    if person.estimated:
        return QCoreApplication.translate("AffectedTable", "about {0} years").format(
            person.age)
    return QCoreApplication.translate("AffectedTable", "{0} years").format(person.age)


def names_with_ages(persons: tuple[AffectedPerson, ...]) -> str:
    return "; ".join(f"{p.full_name} ({age_text(p)})" for p in persons)


def affected_model(ctx: UiContext) -> RowsTableModel:
    def document(person: AffectedPerson) -> str:
        kind = ctx.label("document_types", person.doc_type)
        return f"{kind} {person.doc_number}".strip()

    def address(person: AffectedPerson) -> str:
        parts = [ctx.parish_name(person.parish) if person.parish else "", person.community,
                 person.address_reference]
        return ", ".join(p for p in parts if p)

    headers = (
        QCoreApplication.translate("AffectedTable", "Names and surnames"),
        QCoreApplication.translate("AffectedTable", "Age"),
        QCoreApplication.translate("AffectedTable", "Category"),
        QCoreApplication.translate("AffectedTable", "Sex"),
        QCoreApplication.translate("AffectedTable", "Identity document"),
        QCoreApplication.translate("AffectedTable", "Address"),
    )
    values = (lambda p: p.full_name, age_text, lambda p: labels.age_category(p.category),
              lambda p: ctx.label("sexes", p.sex), document, address)
    return RowsTableModel(list(zip(headers, values, strict=True)), lambda p: p.person_id)


def affected_view(model: RowsTableModel, name: str) -> QTableView:
    table = table_view(name)
    table.setModel(model)
    # The address takes what is left; widths in characters grow with larger text.
    table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
    column_widths(table, {0: 30, 1: 10, 2: 30, 3: 10, 4: 26})
    return table
