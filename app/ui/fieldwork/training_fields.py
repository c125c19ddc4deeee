"""What a training adds to the activity form: its hours and its attendance list.

Kept apart from the form so that the form only attaches it: shown for a capacitación or
an activity of a training action of a plan (component C1), hidden otherwise. While the
list has participants, the counts by sex and age group follow it (the store derives them
the same way) and cannot be typed; with no list they stay counts typed by hand.
"""

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from app.ui.fieldwork.attendance_list import AttendanceList
from app.ui.forms import FormDialog


class TrainingFields(QObject):
    def __init__(self, dialog: FormDialog, counts: dict[str, QSpinBox]) -> None:
        super().__init__(dialog)
        self.dialog, self.counts = dialog, counts
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 200)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSpecialValueText("—")  # 0: not said
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setMaximumWidth(140)
        self.list = AttendanceList(dialog.ctx, dialog.ctx.today())
        first = dialog.form.rowCount()
        dialog.add_field("hours", self.tr("&Hours"), self.hours)
        dialog.add_field("attendees", self.tr("Participants"), self.list)
        self.rows = (first, first + 1)
        self.hours.valueChanged.connect(dialog.touch)
        self.list.changed.connect(self._follow_list)
        self.list.changed.connect(dialog.touch)
        self.shown = True
        self.show(False)

    def show(self, training: bool) -> None:
        # A list already typed stays in sight (and is saved) even if the type changes.
        training = training or bool(self.list.entries())
        if training == self.shown:
            return
        self.shown = training
        for row in self.rows:
            self.dialog.form.setRowVisible(row, training)

    def _follow_list(self) -> None:
        listed = bool(self.list.entries())
        counts = self.list.counts()
        for key, spin in self.counts.items():
            spin.setEnabled(not listed)
            if listed:
                spin.setValue(counts.get(key, 0))

    # The form's values --------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {"hours": self.hours.value(), "attendees": self.list.entries()}

    def restore(self, values: dict[str, Any]) -> None:
        self.hours.setValue(float(values.get("hours") or 0))
        self.list.set_entries(list(values.get("attendees", [])))
        self._follow_list()

    def record_data(self) -> dict[str, Any]:
        """Hours and list as the activity service takes them; nothing for other kinds."""
        if not self.shown:
            return {}
        return {"hours": self.hours.value() or None,
                "attendees": [AttendanceList.record_data(e) for e in self.list.entries()]}
