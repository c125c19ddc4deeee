"""Registering a case in four steps: who is affected, what happened, who reported, risk."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from app.core.errors import Problem, ValidationFailed
from app.core.records import Case
from app.ui.context import UiContext
from app.ui.forms import FormDialog
from app.ui.session import Session
from app.ui.visit_form import text_box
from app.ui.widgets import (
    DateField,
    catalog_items,
    check_list,
    checked_codes,
    combo,
    select_code,
    set_checked,
)

STEP_OF_FIELD = {"affected_person_ids": 0, "parish": 0, "violation_types": 1, "facts": 1,
                 "occurred_on": 1, "place": 1, "reporter_name": 2, "reporter_relation": 2,
                 "reporter_phone": 2, "aggressor_description": 2, "risk_level": 3}


class CaseWizard(FormDialog):
    FORM = "case"

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, session, context, parent)
        self.setWindowTitle(self.tr("Register a case"))
        cat, lang = ctx.catalogs, ctx.language
        self.step_title = QLabel()
        self.step_title.setStyleSheet("font-weight: bold;")
        self.body.insertWidget(0, self.step_title)
        self.steps = QStackedWidget()
        self.body.addWidget(self.steps, 1)
        self.titles = [self.tr("Who is affected?"), self.tr("What happened?"),
                       self.tr("Who reported it?"), self.tr("How serious is it?")]
        self._step()
        self.household_id = context.get("household_id", "")
        self.household_label = QLabel(self.tr("No family chosen yet."))
        self.household_label.setWordWrap(True)
        self.form.addRow(self.tr("Family"), self.household_label)
        self.finder = QLineEdit()
        self.finder.setPlaceholderText(self.tr("Type a member's name or document"))
        self.finder.setAccessibleName(self.tr("Find the family"))
        self.found = QListWidget()
        self.found.setAccessibleName(self.tr("Families found"))
        self.found.setMaximumHeight(120)
        self.finder.textEdited.connect(self._find)
        self.found.itemActivated.connect(self._pick)
        self.found.itemClicked.connect(self._pick)
        if not self.household_id:
            self.form.addRow(self.tr("&Find the family"), self.finder)
            self.form.addRow("", self.found)
        self.affected = self.add_field("affected_person_ids", self.tr("&Affected persons"),
                                       QListWidget())
        self._step()
        self.types = self.add_field("violation_types", self.tr("&Type of violation"),
                                    check_list(catalog_items(cat.violation_types, lang),
                                               self.tr("Type of violation")))
        self.types.setMinimumHeight(230)
        self.facts = self.add_field("facts", self.tr("&Facts"), text_box(120))
        self.occurred_on = self.add_field("occurred_on", self.tr("&Date of the facts"),
                                          DateField(self.tr("Date of the facts"),
                                                    self.tr("DD/MM/YYYY")))
        self.place = self.add_field("place", self.tr("&Place"), QLineEdit())
        self._step()
        self.anonymous = self.add_field("reporter_anonymous", self.tr("&Anonymous report"),
                                        QCheckBox(self.tr("The reporter asks not to be "
                                                          "named")))
        self.reporter_name = self.add_field("reporter_name", self.tr("Reporter's &name"),
                                            QLineEdit())
        self.reporter_relation = self.add_field("reporter_relation",
                                                self.tr("Reporter's &relation"), QLineEdit())
        self.reporter_phone = self.add_field("reporter_phone", self.tr("Reporter's &phone"),
                                             QLineEdit())
        self.aggressor = self.add_field("aggressor_description",
                                        self.tr("Alleged a&ggressor"), QLineEdit())
        self._step()
        self.risk = self.add_field("risk_level", self.tr("&Risk level"), combo(
            catalog_items(cat.risk_levels, lang)))
        select_code(self.risk, "medio")
        self.back = QPushButton(self.tr("< &Back"))
        self.next = QPushButton(self.tr("Ne&xt >"))
        self.buttons.addButton(self.back, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.next, QDialogButtonBox.ButtonRole.ActionRole)
        self.back.clicked.connect(lambda: self.go(self.steps.currentIndex() - 1))
        self.next.clicked.connect(lambda: self.go(self.steps.currentIndex() + 1))
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Register &case"))
        self.finish()
        self.anonymous.toggled.connect(self._anonymous)
        self._load_members()
        self.go(0)
        self.resize(680, 600)

    def _step(self) -> None:
        page = QWidget()
        self.form = QFormLayout(page)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.steps.addWidget(page)

    def go(self, index: int) -> None:
        index = max(0, min(self.steps.count() - 1, index))
        self.steps.setCurrentIndex(index)
        self.step_title.setText(self.tr("Step {0} of {1}: {2}").format(
            index + 1, self.steps.count(), self.titles[index]))
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < self.steps.count() - 1)
        self.save_button.setEnabled(index == self.steps.count() - 1)
        self.save_button.setDefault(index == self.steps.count() - 1)
        self.next.setDefault(index < self.steps.count() - 1)

    def _find(self, text: str) -> None:
        self.found.clear()
        for hit in self.session.ws.search.persons(text, 8):
            item = QListWidgetItem(" · ".join(x for x in (
                hit.full_name, hit.doc_number, hit.community,
                self.ctx.parish_name(hit.parish)) if x))
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.found.addItem(item)

    def _pick(self, item: QListWidgetItem) -> None:
        person = self.session.ws.families.get_person(item.data(Qt.ItemDataRole.UserRole))
        if person.household_id:
            self.household_id = person.household_id
            self.context["household_id"] = person.household_id
            self._load_members([person.id])
            self.touch()

    def _anonymous(self, on: bool) -> None:
        for field in (self.reporter_name, self.reporter_phone):
            field.setEnabled(not on)

    def _load_members(self, checked: list[str] | None = None) -> None:
        self.affected.clear()
        if not self.household_id:
            return
        families = self.session.ws.families
        household = families.get_household(self.household_id)
        self.household_label.setText(" · ".join(x for x in (
            self.ctx.parish_name(household.parish), household.community) if x))
        for person in families.members(self.household_id):
            age = families.age_of(person)
            item = QListWidgetItem(f"{person.given_names} {person.surnames}"
                                   + (self.tr(" ({0} years)").format(age)
                                      if age is not None else ""))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in (checked or [])
                               else Qt.CheckState.Unchecked)
            self.affected.addItem(item)

    def values(self) -> dict[str, Any]:
        return {"affected_person_ids": checked_codes(self.affected),
                "violation_types": checked_codes(self.types),
                "facts": self.facts.toPlainText(), "occurred_on": self.occurred_on.text(),
                "place": self.place.text(), "reporter_anonymous": self.anonymous.isChecked(),
                "reporter_name": self.reporter_name.text(),
                "reporter_relation": self.reporter_relation.text(),
                "reporter_phone": self.reporter_phone.text(),
                "aggressor_description": self.aggressor.text(),
                "risk_level": self.risk.currentData()}

    def restore(self, values: dict[str, Any]) -> None:
        self._load_members(values.get("affected_person_ids", []))
        set_checked(self.types, values.get("violation_types", []))
        self.facts.setPlainText(values.get("facts", ""))
        self.occurred_on.setText(values.get("occurred_on", ""))
        self.place.setText(values.get("place", ""))
        self.anonymous.setChecked(bool(values.get("reporter_anonymous")))
        self.reporter_name.setText(values.get("reporter_name", ""))
        self.reporter_relation.setText(values.get("reporter_relation", ""))
        self.reporter_phone.setText(values.get("reporter_phone", ""))
        self.aggressor.setText(values.get("aggressor_description", ""))
        select_code(self.risk, values.get("risk_level", "medio"))

    def show_problems(self, exc: ValidationFailed) -> None:
        super().show_problems(exc)
        steps = [STEP_OF_FIELD.get(p.field, 0) for p in exc.problems]
        self.go(min(steps) if steps else 0)

    def submit(self) -> Case | None:
        data = self.values()
        if self.occurred_on.is_invalid():
            raise ValidationFailed([Problem("occurred_on", "The date is not valid.")])
        data["occurred_on"] = self.occurred_on.value()
        household = self.session.ws.families.get_household(self.household_id) \
            if self.household_id else None
        return self.session.ws.cases.register(
            parish=household.parish if household else "",
            household_id=self.household_id or None, **data)
