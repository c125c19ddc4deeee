"""Registering a case in four steps: who is affected, what happened, who reported, risk.

Each step is checked on *Next* by the same rules that registering applies, one step at a
time. The law is said as soon as the types are chosen: where the case must be referred,
and the lowest risk those types allow.
"""

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
from app.core.rules.legal import referral_route
from app.ui import labels
from app.ui.cases.legal_notice import ReferralDue, limit_risk
from app.ui.families.family_finder import FamilyFinder
from app.ui.fieldwork.visit_dialog import text_box
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
        self.finder = FamilyFinder(ctx, session.ws.search)
        self.finder.chosen.connect(self._pick)
        if not self.household_id:
            self.form.addRow(self.tr("&Find the family"), self.finder)
        self.affected = self.add_field("affected_person_ids", self.tr("&Affected persons"),
                                       QListWidget())
        self._step()
        self.types = self.add_field("violation_types", self.tr("&Type of violation"),
                                    check_list(catalog_items(cat.violation_types, lang),
                                               self.tr("Type of violation")))
        self.types.setMinimumHeight(200)
        self.required = ReferralDue(ctx, action=False)
        self.form.addRow(self.required)
        self.facts = self.add_field("facts", self.tr("&Facts"), text_box(110))
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
        self.floor = QLabel()
        self.floor.setWordWrap(True)
        self.form.addRow("", self.floor)
        self.due = ReferralDue(ctx, action=False)
        self.form.addRow(self.due)
        self.refer_now = QCheckBox(self.tr("&Open the referral form after registering"))
        self.refer_now.setChecked(True)
        self.form.addRow("", self.refer_now)
        self.back = QPushButton(self.tr("< &Back"))
        self.next = QPushButton(self.tr("Ne&xt >"))
        self.buttons.addButton(self.back, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.next, QDialogButtonBox.ButtonRole.ActionRole)
        self.back.clicked.connect(lambda: self.go(self.steps.currentIndex() - 1))
        self.next.clicked.connect(self.forward)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Register &case"))
        self.finish()
        self.anonymous.toggled.connect(self._anonymous)
        self.types.itemChanged.connect(lambda _: self._law())
        self._load_members(context.get("affected_person_ids", []))
        self._law()
        self.go(0)
        self.resize(700, 620)

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
        last = index == self.steps.count() - 1
        self.back.setEnabled(index > 0)
        self.next.setEnabled(not last)
        self.save_button.setEnabled(last)
        self.save_button.setDefault(last)
        self.next.setDefault(not last)

    def forward(self) -> None:
        """Next step, once this one passes the rules registering applies."""
        index = self.steps.currentIndex()
        problems = self.step_problems(index)
        if problems:
            self.show_problems(ValidationFailed(problems))
            return
        self.clear_errors()
        self.go(index + 1)

    def step_problems(self, index: int) -> list[Problem]:
        if index == 0 and not self.household_id:
            return [Problem("affected_person_ids", self.tr("Find and choose the family "
                                                           "first."))]
        if index == 1 and self.occurred_on.is_invalid():
            return [Problem("occurred_on", self.tr("Write the date as day/month/year, "
                                                   "e.g. 03/04/2016."))]
        problems = self.session.ws.cases.check(**self._data())
        return [p for p in problems if STEP_OF_FIELD.get(p.field, -1) == index]

    # The family and its members -------------------------------------------------
    def _pick(self, person_id: str) -> None:
        person = self.session.ws.families.get_person(person_id)
        if person.household_id:
            self.household_id = person.household_id
            self.context["household_id"] = person.household_id
            self._load_members([person.id])
            self.clear_errors()
            self.touch()
            self.affected.setFocus()

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
            item = QListWidgetItem(f"{person.given_names} {person.surnames}" + (
                f" ({labels.age(age, person.birth_date is None)})" if age is not None
                else ""))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in (checked or [])
                               else Qt.CheckState.Unchecked)
            self.affected.addItem(item)

    # The law -------------------------------------------------------------------
    def _law(self) -> None:
        """Where the chosen types send the case, and the lowest risk they allow: risk
        levels below it cannot be chosen."""
        catalogs = self.ctx.catalogs
        types = checked_codes(self.types)
        route = referral_route(types, catalogs)
        self.required.show_required(route)
        self.due.show_required(route)
        self.refer_now.setVisible(bool(route))
        floor = limit_risk(self.risk, types, catalogs)
        self.floor.setText(self.tr("By law, these types need at least this risk: {0}.")
                           .format(self.ctx.label("risk_levels", floor))
                           if floor and floor != "bajo" else "")
        self.floor.setVisible(bool(self.floor.text()))

    def refer_to(self) -> str:
        """The institution whose referral form opens once the case is registered."""
        route = referral_route(checked_codes(self.types), self.ctx.catalogs)
        return route[0] if route and self.refer_now.isChecked() else ""

    # Values --------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {"affected_person_ids": checked_codes(self.affected),
                "violation_types": checked_codes(self.types),
                "facts": self.facts.toPlainText(), "occurred_on": self.occurred_on.text(),
                "place": self.place.text(), "reporter_anonymous": self.anonymous.isChecked(),
                "reporter_name": self.reporter_name.text(),
                "reporter_relation": self.reporter_relation.text(),
                "reporter_phone": self.reporter_phone.text(),
                "aggressor_description": self.aggressor.text(),
                "risk_level": self.risk.currentData(), "refer_now": self.refer_now.isChecked()}

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
        self.refer_now.setChecked(bool(values.get("refer_now", True)))
        self._law()

    def show_problems(self, exc: ValidationFailed) -> None:
        super().show_problems(exc)
        steps = [STEP_OF_FIELD.get(p.field, 0) for p in exc.problems]
        self.go(min(steps) if steps else 0)

    def _data(self) -> dict[str, Any]:
        data = self.values()
        del data["refer_now"]
        data["occurred_on"] = self.occurred_on.value()
        household = self.session.ws.families.get_household(self.household_id) \
            if self.household_id else None
        return {**data, "parish": household.parish if household else "",
                "household_id": self.household_id or None}

    def submit(self) -> Case | None:
        if self.occurred_on.is_invalid():
            raise ValidationFailed([Problem("occurred_on", "The date is not valid.")])
        return self.session.ws.cases.register(**self._data())
