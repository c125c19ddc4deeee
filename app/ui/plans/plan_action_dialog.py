"""One action of a work plan: its line, who is responsible, the diagnosis, the proposed
action, the months it is planned for, and its targets (events, participants by sex and
age group, budget). Context: `plan_id` (and `action_id` to edit one), or `year` and
`parish` when the plan does not exist yet (it is made with its first action)."""

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.core.errors import ValidationFailed
from app.core.records import PlanAction
from app.core.records.plans import CANTON
from app.core.rules.plans import MAX_BUDGET_CENTS, MAX_EVENTS, MAX_PARTICIPANTS
from app.ui import labels
from app.ui.fieldwork.activity_dialog import AGE_RANGES, GROUPS
from app.ui.forms import FormDialog
from app.ui.plans.owners import owner_name
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import catalog_items, combo, select_code

SEXES = ("mujeres", "hombres")


def text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab leaves the box: keyboard users move on
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class PlanActionDialog(FormDialog):
    FORM = "plan_action"

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, session, context, parent)
        self.plans = session.ws.plans
        self.action_id: str = context.get("action_id", "")
        plan = self._plan()
        parish = plan.parish if plan is not None else context.get("parish", CANTON)
        year = plan.year if plan is not None else int(context.get("year", ctx.today().year))
        self.setWindowTitle((self.tr("Plan action") if not self.action_id else
                             self.tr("Edit plan action")) + f" — {owner_name(ctx, parish)} "
                            f"{year}")
        self.line = QComboBox()
        self.line.setEditable(True)
        self.line.addItems(["", *dict.fromkeys(a.line for a in (
            self.plans.actions(plan.id) if plan is not None else []) if a.line)])
        self.add_field("line", self.tr("&Line / axis"), self.line)
        self.responsible = self.add_field("responsible", self.tr("&Responsible"), QLineEdit())
        self.proposed = self.add_field("proposed_action", self.tr("Proposed &action"),
                                       text_box(3))
        self.keep = self.add_field("aspects_to_keep", self.tr("Aspects to &keep"),
                                   text_box(2))
        self.correct = self.add_field("aspects_to_correct", self.tr("Aspects to c&orrect"),
                                      text_box(2))
        months_box = QWidget()
        grid = QGridLayout(months_box)
        grid.setContentsMargins(0, 0, 0, 0)
        locale = QLocale(ctx.language)
        self.months: list[QCheckBox] = []
        for month in range(1, 13):
            check = QCheckBox(locale.monthName(month, QLocale.FormatType.ShortFormat))
            check.setAccessibleName(locale.monthName(month))
            self.months.append(check)
            grid.addWidget(check, (month - 1) // 6, (month - 1) % 6)
        self.add_field("months", self.tr("&Months"), months_box)
        self.kind = self.add_field("activity_type", self.tr("Activity &type"), combo(
            catalog_items(ctx.catalogs.activity_types, ctx.language), self.tr("— none —")))
        self.events = QSpinBox()
        self.events.setRange(0, MAX_EVENTS)
        self.events.setSpecialValueText(self.tr("no target"))
        self.add_field("target_events", self.tr("Target &events"), self.events)
        self.add_field("target_participants", self.tr("Target &participants"),
                       self._participants())
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0, MAX_BUDGET_CENTS / 100)
        self.budget.setDecimals(2)
        self.budget.setPrefix("$ ")
        self.budget.setSpecialValueText(self.tr("no budget"))
        self.add_field("budget_cents", self.tr("&Budget"), self.budget)
        if self.action_id:
            self._load(self.plans.action(self.action_id))
        self.finish()
        self.budget.valueChanged.connect(self.touch)
        self.line.editTextChanged.connect(self.touch)
        self.resize(720, 660)

    def _participants(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.targets: dict[str, QSpinBox] = {}
        for column, group in enumerate(GROUPS, start=1):
            title = QLabel(AGE_RANGES[group])
            title.setToolTip(labels.attendance_group(group))
            grid.addWidget(title, 0, column)
        sexes = {"mujeres": self.tr("Women and girls"), "hombres": self.tr("Men and boys")}
        for row, sex in enumerate(SEXES, start=1):
            grid.addWidget(QLabel(sexes[sex]), row, 0)
            for column, group in enumerate(GROUPS, start=1):
                spin = QSpinBox()
                spin.setRange(0, MAX_PARTICIPANTS)
                spin.setAccessibleName(f"{labels.attendance_group(group)} – {sexes[sex]}")
                self.targets[f"{group}_{sex}"] = spin
                grid.addWidget(spin, row, column)
        return box

    def _plan(self) -> Any:
        plan_id = self.context.get("plan_id")
        if not plan_id:
            return None
        return next((p for p in self.plans.plans() if p.id == plan_id), None)

    def _load(self, action: PlanAction) -> None:
        self.restore({"line": action.line, "responsible": action.responsible,
                      "proposed_action": action.proposed_action,
                      "aspects_to_keep": action.aspects_to_keep,
                      "aspects_to_correct": action.aspects_to_correct,
                      "months": action.months, "activity_type": action.activity_type,
                      "target_events": action.target_events,
                      "target_participants": action.target_participants,
                      "budget_cents": action.budget_cents})

    def values(self) -> dict[str, Any]:
        budget = round(self.budget.value() * 100)
        return {"line": self.line.currentText().strip(),
                "responsible": self.responsible.text().strip(),
                "proposed_action": self.proposed.toPlainText().strip(),
                "aspects_to_keep": self.keep.toPlainText().strip(),
                "aspects_to_correct": self.correct.toPlainText().strip(),
                "months": [m for m, check in enumerate(self.months, start=1)
                           if check.isChecked()],
                "activity_type": self.kind.currentData() or "",
                "target_events": self.events.value() or None,
                "target_participants": {k: s.value() for k, s in self.targets.items()
                                        if s.value()},
                "budget_cents": budget or None}

    def restore(self, values: dict[str, Any]) -> None:
        self.line.setEditText(values.get("line", ""))
        self.responsible.setText(values.get("responsible", ""))
        self.proposed.setPlainText(values.get("proposed_action", ""))
        self.keep.setPlainText(values.get("aspects_to_keep", ""))
        self.correct.setPlainText(values.get("aspects_to_correct", ""))
        chosen = set(values.get("months", []))
        for month, check in enumerate(self.months, start=1):
            check.setChecked(month in chosen)
        select_code(self.kind, values.get("activity_type", ""))
        self.events.setValue(int(values.get("target_events") or 0))
        for key, spin in self.targets.items():
            spin.setValue(int(values.get("target_participants", {}).get(key, 0)))
        self.budget.setValue((values.get("budget_cents") or 0) / 100)

    def submit(self) -> PlanAction | None:
        data = self.values()
        if self.action_id:
            return self.plans.update_action(self.action_id, **data)
        plan_id = self.context.get("plan_id")
        if not plan_id:
            # The first action of a plan not made yet: problems are said before the plan
            # is made, so that a refused action leaves no empty plan behind.
            problems = self.plans.problems("new", data)
            if problems:
                raise ValidationFailed(problems)
            year, parish = int(self.context["year"]), str(self.context.get("parish", ""))
            title = f"POA {year}" if parish == CANTON else \
                f"PTA {year} {self.ctx.parish_name(parish)}"
            # A sync may have brought the plan since the form opened.
            plan = self.plans.find(year, parish) or self.plans.create_plan(year, parish,
                                                                           title=title)
            plan_id = plan.id
            self.context["plan_id"] = plan_id
        [action] = self.plans.add_actions(plan_id, [data])
        return action
