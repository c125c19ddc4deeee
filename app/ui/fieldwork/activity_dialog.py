"""A community activity (training, fair, workshop) with attendance by sex and age."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.core.records import CommunityActivity
from app.ui import labels
from app.ui.fieldwork.training_fields import TrainingFields
from app.ui.forms import FormDialog
from app.ui.plans.choices import plan_action_choices
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import (
    DateField,
    catalog_items,
    combo,
    parish_items,
    select_code,
)

GROUPS = ("ninez", "adolescencia", "adultos", "adultos_mayores")
AGE_RANGES = {"ninez": "0–11", "adolescencia": "12–17", "adultos": "18–64",
              "adultos_mayores": "65+"}


class ActivityDialog(FormDialog):
    FORM = "activity"

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, session, context, parent)
        self.setWindowTitle(self.tr("Community activity"))
        self.kind = self.add_field("activity_type", self.tr("&Type"), combo(
            catalog_items(ctx.catalogs.activity_types, ctx.language), self.tr("— choose —")))
        self.topic = self.add_field("topic", self.tr("T&opic"), QLineEdit())
        self.held_on = self.add_field("held_on", self.tr("&Date"), DateField(
            self.tr("Date"), self.tr("DD/MM/YYYY")))
        self.held_on.set_value(ctx.today())
        self.parish = self.add_field("parish", self.tr("&Parish"), combo(
            parish_items(ctx.catalogs.territory), self.tr("— choose —")))
        select_code(self.parish, session.ws.user.parish)
        self.community = QComboBox()
        self.community.setEditable(True)
        self.add_field("community", self.tr("&Community"), self.community)
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Women and girls")), 0, 1)
        grid.addWidget(QLabel(self.tr("Men and boys")), 0, 2)
        self.counts: dict[str, QSpinBox] = {}
        for row, group in enumerate(GROUPS, start=1):
            grid.addWidget(QLabel(labels.attendance_group(group)), row, 0)
            for column, sex in ((1, "mujeres"), (2, "hombres")):
                spin = QSpinBox()
                spin.setRange(0, 5000)
                spin.setAccessibleName(f"{labels.attendance_group(group)} – "
                                       + (self.tr("Women and girls") if sex == "mujeres"
                                          else self.tr("Men and boys")))
                self.counts[f"{group}_{sex}"] = spin
                grid.addWidget(spin, row, column)
        self.add_field("attendance", self.tr("&Attendance"), grid_box)
        # Optional: the plan action this activity carries out (its month counts as done).
        self.plan_action = combo([], self.tr("— none —"))
        self.plan_action.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_action.setMinimumContentsLength(30)
        self.add_field("plan_action_id", self.tr("Action of the p&lan"), self.plan_action)
        self.training = TrainingFields(self, self.counts)
        self.kind.currentIndexChanged.connect(self._training)
        select_code(self.kind, context.get("activity_type", ""))
        self.parish.currentIndexChanged.connect(self._communities)
        self.parish.currentIndexChanged.connect(self._plan_actions)
        self.held_on.textChanged.connect(self._plan_actions)
        self._communities()
        self._plan_actions()
        self.finish()
        self._training()
        self.resize(800, 520)

    def touch(self, *args: object) -> None:
        super().touch(*args)
        self._training()  # the plan action chosen may make it a training

    def _training(self) -> None:
        values = self.values()
        self.training.show(self.session.ws.activities.is_training(
            values["activity_type"] or "", values.get("plan_action_id")))

    def _communities(self) -> None:
        parish = self.ctx.catalogs.territory.parishes.get(self.parish.currentData() or "")
        self.community.clear()
        self.community.addItems(["", *(parish.communities if parish else ())])

    def _plan_actions(self) -> None:
        """This year's actions of the parish's PTA and of the canton's POA."""
        held = self.held_on.value()
        year = held.year if held is not None else self.ctx.today().year
        choices = plan_action_choices(self.session, year, self.parish.currentData() or "")
        keep = self.plan_action.currentData() or self.context.get("plan_action_id", "")
        if choices == [(self.plan_action.itemData(i), self.plan_action.itemText(i))
                       for i in range(1, self.plan_action.count())]:
            return
        self.plan_action.clear()
        self.plan_action.addItem(self.tr("— none —"), "")
        for code, text in choices:
            self.plan_action.addItem(text, code)
            self.plan_action.setItemData(self.plan_action.count() - 1, text,
                                         Qt.ItemDataRole.ToolTipRole)
        select_code(self.plan_action, keep)

    def values(self) -> dict[str, Any]:
        return {"activity_type": self.kind.currentData(), "topic": self.topic.text(),
                "held_on": self.held_on.text(), "parish": self.parish.currentData(),
                "community": self.community.currentText(),
                "attendance": {k: s.value() for k, s in self.counts.items()},
                "plan_action_id": self.plan_action.currentData() or "",
                **self.training.values()}

    def restore(self, values: dict[str, Any]) -> None:
        select_code(self.kind, values.get("activity_type", ""))
        self.topic.setText(values.get("topic", ""))
        self.held_on.setText(values.get("held_on", ""))
        select_code(self.parish, values.get("parish", ""))
        self.community.setEditText(values.get("community", ""))
        for key, count in values.get("attendance", {}).items():
            if key in self.counts:
                self.counts[key].setValue(int(count))
        self._plan_actions()
        select_code(self.plan_action, values.get("plan_action_id", ""))
        self.training.restore(values)
        self._training()

    def submit(self) -> CommunityActivity | None:
        if self.held_on.value() is None:
            self.errors["held_on"].show_message(
                self.tr("Write the date as day/month/year, e.g. 03/04/2016."))
            return None
        data = self.values()
        data["held_on"] = self.held_on.value()
        data["activity_type"] = data["activity_type"] or ""
        data["parish"] = data["parish"] or ""
        data["plan_action_id"] = data["plan_action_id"] or None
        del data["hours"], data["attendees"]
        data.update(self.training.record_data())
        return self.session.ws.activities.record(**data)
