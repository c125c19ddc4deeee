"""A person: names, document (validated as typed), birth date or estimated age, groups.

Before saving a new person the store is searched for look-alikes; if any, the promoter
sees them and must confirm before a second record is made.
"""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.core.errors import ValidationFailed
from app.core.records import Person
from app.core.rules.validation import check_document
from app.ui.forms import FormDialog
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import (
    DateField,
    catalog_items,
    check_list,
    checked_codes,
    combo,
    select_code,
    set_checked,
)

WARNING_STYLE = "background: #fff4ce; border: 1px solid #c19c00; padding: 6px;"


class PersonDialog(FormDialog):
    FORM = "person"

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, session, context, parent)
        self.setWindowTitle(self.tr("Person"))
        self.confirmed_duplicates = False
        cat, lang = ctx.catalogs, ctx.language
        self.given_names = self.add_field("given_names", self.tr("&Given names"), QLineEdit())
        self.surnames = self.add_field("surnames", self.tr("S&urnames"), QLineEdit())
        self.sex = self.add_field("sex", self.tr("Se&x"), combo(
            catalog_items(cat.sexes, lang), self.tr("— choose —")))
        docs = QWidget()
        row = QHBoxLayout(docs)
        row.setContentsMargins(0, 0, 0, 0)
        self.doc_type = combo(catalog_items(cat.document_types, lang),
                              name=self.tr("Document type"))
        select_code(self.doc_type, "sin_documento")
        self.doc_number = QLineEdit()
        self.doc_number.setAccessibleName(self.tr("Document number"))
        self.doc_number.setPlaceholderText(self.tr("Number"))
        row.addWidget(self.doc_type, 1)
        row.addWidget(self.doc_number, 1)
        self.add_field("doc_number", self.tr("&Document"), docs)
        self.birth_date = self.add_field("birth_date", self.tr("&Birth date"), DateField(
            self.tr("Birth date"), self.tr("DD/MM/YYYY")))
        self.estimated_age = QSpinBox()
        self.estimated_age.setRange(-1, 120)
        self.estimated_age.setSpecialValueText(self.tr("unknown"))
        self.estimated_age.setValue(-1)
        self.add_field("estimated_age", self.tr("Estimated &age (if no date)"),
                       self.estimated_age)
        self.relation = self.add_field("relation_to_head", self.tr("&Relation to head"),
                                       combo(catalog_items(cat.relations, lang), ""))
        self.ethnicity = self.add_field("ethnicity", self.tr("Self-identified &ethnicity"),
                                        combo(catalog_items(cat.ethnicities, lang), ""))
        self.groups = self.add_field("priority_groups", self.tr("&Priority groups"),
                                     check_list(catalog_items(cat.priority_groups, lang),
                                                self.tr("Priority groups")))
        self.groups.setFixedHeight(120)
        self.groups.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.phone = self.add_field("phone", self.tr("P&hone"), QLineEdit())
        self.duplicates = QLabel()
        self.duplicates.setWordWrap(True)
        self.duplicates.setStyleSheet(WARNING_STYLE)
        self.duplicates.hide()
        self.save_anyway = QPushButton(self.tr("It is another person: save &anyway"))
        self.save_anyway.hide()
        self.save_anyway.clicked.connect(self._confirm_and_save)
        self.body.addWidget(self.duplicates)
        self.body.addWidget(self.save_anyway)
        self.doc_number.editingFinished.connect(self.check_document)
        self.doc_type.currentIndexChanged.connect(self.check_document)
        self.birth_date.editingFinished.connect(self.check_birth_date)
        self.finish()
        self.resize(640, 660)
        if "person_id" in context:
            self.restore(self._load(context["person_id"]))
            self.dirty = False

    # Inline validation ---------------------------------------------------------
    def check_document(self, *_: object) -> None:
        code = self.doc_type.currentData()
        number = self.doc_number.text().strip()
        problems = check_document(code, number, self.ctx.catalogs) if number else []
        self.errors["doc_number"].show_message(
            " ".join(p.render(self.ctx.core_tr) for p in problems))

    def check_birth_date(self) -> None:
        message = ""
        if self.birth_date.is_invalid():
            message = self.tr("Write the date as day/month/year, e.g. 03/04/2016.")
        elif (value := self.birth_date.value()) and value > self.ctx.today():
            message = self.tr("The date cannot be in the future.")
        self.errors["birth_date"].show_message(message)

    # Values --------------------------------------------------------------------
    def _load(self, person_id: str) -> dict[str, Any]:
        p = self.session.ws.families.get_person(person_id)
        return {"given_names": p.given_names, "surnames": p.surnames, "sex": p.sex,
                "doc_type": p.doc_type, "doc_number": p.doc_number,
                "birth_date": p.birth_date.strftime("%d/%m/%Y") if p.birth_date else "",
                "estimated_age": p.estimated_age if p.estimated_age is not None else -1,
                "relation_to_head": p.relation_to_head, "ethnicity": p.ethnicity,
                "priority_groups": list(p.priority_groups), "phone": p.phone}

    def values(self) -> dict[str, Any]:
        return {"given_names": self.given_names.text(), "surnames": self.surnames.text(),
                "sex": self.sex.currentData(), "doc_type": self.doc_type.currentData(),
                "doc_number": self.doc_number.text(), "birth_date": self.birth_date.text(),
                "estimated_age": self.estimated_age.value(),
                "relation_to_head": self.relation.currentData(),
                "ethnicity": self.ethnicity.currentData(),
                "priority_groups": checked_codes(self.groups), "phone": self.phone.text()}

    def restore(self, values: dict[str, Any]) -> None:
        self.given_names.setText(values.get("given_names", ""))
        self.surnames.setText(values.get("surnames", ""))
        for box, key in ((self.sex, "sex"), (self.doc_type, "doc_type"),
                         (self.relation, "relation_to_head"), (self.ethnicity, "ethnicity")):
            select_code(box, values.get(key, ""))
        self.doc_number.setText(values.get("doc_number", ""))
        self.birth_date.setText(values.get("birth_date", ""))
        self.estimated_age.setValue(int(values.get("estimated_age", -1)))
        set_checked(self.groups, values.get("priority_groups", []))
        self.phone.setText(values.get("phone", ""))

    def record_data(self) -> dict[str, Any] | None:
        if self.birth_date.is_invalid():
            self.check_birth_date()
            self.show_banner(self.tr("Check the fields marked in red."))
            return None
        v = self.values()
        age = v.pop("estimated_age")
        v["birth_date"] = self.birth_date.value()
        v["estimated_age"] = age if age >= 0 else None
        v["estimated_on"] = self.ctx.today() if age >= 0 else None
        v["sex"] = v["sex"] or ""
        return v

    # Saving --------------------------------------------------------------------
    def _confirm_and_save(self) -> None:
        self.confirmed_duplicates = True
        self.try_submit()

    def submit(self) -> Person | None:
        data = self.record_data()
        if data is None:
            return None
        families = self.session.ws.families
        try:
            if "person_id" in self.context:
                return families.update_person(self.context["person_id"], **data)
            return families.add_person(household_id=self.context.get("household_id"),
                                       confirm_duplicates=self.confirmed_duplicates, **data)
        except ValidationFailed as exc:
            if exc.problems or not exc.warnings:
                raise
            self.clear_errors()
            self.duplicates.setText(" ".join(w.render(self.ctx.core_tr)
                                             for w in exc.warnings))
            self.duplicates.show()
            self.save_anyway.show()
            self.save_anyway.setFocus()
            return None
