"""A training's attendance list, typed in as people sign in: sex and age group always (the
Consejo counts them), a name only with consent to keep it — who gave it, as for persons;
without it the participant is only counted. The age is optional: asked of an adolescent
who consents alone (from 15, LOPDP Art. 21), and typed, it chooses the age group."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError, ValidationFailed
from app.core.records import Attendee
from app.core.records.community import AGE_GROUPS, ATTENDANCE_SEX
from app.core.rules.ages import age_group
from app.core.rules.validation import validate_attendee
from app.ui import labels
from app.ui.cases.cases_page import table_view
from app.ui.models.attendees import AttendeesModel, Entry
from app.ui.shell.context import UiContext
from app.ui.widgets import (
    ErrorLabel,
    buddy,
    catalog_items,
    column_widths,
    combo,
    select_code,
)

# Keeps an entry (e.g. writes it to the store) and returns it as kept (with its "id");
# raises ValidationFailed or UserError to refuse it.
Keep = Callable[[Entry], Entry]


class AttendanceList(QWidget):
    changed = Signal()  # a participant added or removed

    def __init__(self, ctx: UiContext, today: date, keep: Keep | None = None,
                 forget: Callable[[Entry], None] | None = None) -> None:
        super().__init__()
        self.ctx, self.today = ctx, today
        # A form keeps the list in its values; an existing activity's list is written
        # at once (keep/forget).
        self.keep, self.forget = keep, forget
        self.empty_text = self.tr("No list: the counts above are typed by hand.")
        sexes = dict(catalog_items(ctx.catalogs.sexes, ctx.language))
        self.given = QLineEdit()
        self.surnames = QLineEdit()
        self.sex = combo([(c, sexes.get(c, c)) for c in ATTENDANCE_SEX])
        self.age_group = combo([(g, labels.attendance_group(g)) for g in AGE_GROUPS])
        self.age = QSpinBox()
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText(self.tr("not asked"))
        self.age.setValue(-1)
        self.consent = combo([("", self.tr("Not given: counted only")),
                              ("self", AttendeesModel.consent("self")),
                              ("representative", AttendeesModel.consent("representative"))])
        self.add_button = QPushButton(self.tr("Add partic&ipant"))
        self.remove_button = QPushButton(self.tr("Re&move participant"))
        self.error = ErrorLabel()
        self.model = AttendeesModel(lambda code: sexes.get(code, code))
        self.table = table_view(self.tr("Participants"))
        self.table.setSortingEnabled(False)  # the order people signed in
        self.table.setModel(self.model)
        self.table.setMinimumHeight(96)
        column_widths(self.table, {1: 10, 2: 22, 3: 27})
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        # With larger text, rows grow (their text wraps) rather than cut a name.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()

        fields = QGridLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        for column, (text, widget) in enumerate((
                (self.tr("&Name consent"), self.consent),
                (self.tr("&Given names"), self.given), (self.tr("S&urnames"), self.surnames))):
            fields.addWidget(buddy(text, widget), 0, column)
            fields.addWidget(widget, 1, column)
        for column, (text, widget) in enumerate((
                (self.tr("Se&x"), self.sex), (self.tr("Age g&roup"), self.age_group),
                (self.tr("Ag&e"), self.age))):
            fields.addWidget(buddy(text, widget), 2, column)
            fields.addWidget(widget, 3, column)
        fields.addWidget(self.add_button, 3, 3)
        below = QHBoxLayout()
        below.addWidget(self.summary, 1)
        below.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(fields)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)

        self.consent.currentIndexChanged.connect(self._names_allowed)
        self.age.valueChanged.connect(self._group_of_age)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self._names_allowed()
        self._update()

    def _names_allowed(self) -> None:
        """No consent, no name: the fields are closed, not typed in and then refused."""
        allowed = bool(self.consent.currentData())
        for line in (self.given, self.surnames):
            line.setEnabled(allowed)
            if not allowed:
                line.clear()

    def _group_of_age(self, years: int) -> None:
        """An age typed chooses its group: the two never disagree."""
        group = age_group(years) if years >= 0 else None
        if group is not None:
            select_code(self.age_group, group)

    def typed(self) -> Entry:
        consent = self.consent.currentData() or ""
        return {"given_names": self.given.text().strip(),
                "surnames": self.surnames.text().strip(),
                "sex": self.sex.currentData(), "age_group": self.age_group.currentData(),
                "name_consent": consent,
                "age": self.age.value() if self.age.value() >= 0 else None,
                "consent_on": self.today.isoformat() if consent else None}

    def add_typed(self) -> bool:
        """The participant typed in joins the list; False (and why) if refused."""
        entry = self.typed()
        if entry["name_consent"] and not (entry["given_names"] or entry["surnames"]):
            self.error.show_message(self.tr(
                "Write the name consented to, or choose “Not given: counted only”."))
            return False
        problems = validate_attendee(Attendee.model_validate(
            {**self.record_data(entry), "activity_id": "-"}))
        if problems:
            self.error.show_message(" ".join(p.render(self.ctx.core_tr) for p in problems))
            return False
        if self.keep is not None:
            try:
                entry = self.keep(entry)
            except (ValidationFailed, UserError) as exc:
                self.error.show_message(self._message(exc))
                return False
        self.error.show_message("")
        self.model.add(entry)
        self.given.clear()
        self.surnames.clear()
        self.age.setValue(-1)
        self.given.setFocus() if self.given.isEnabled() else self.consent.setFocus()
        self._update()
        self.changed.emit()
        return True

    def remove_selected(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        if self.forget is not None:
            try:
                self.forget(self.model.item_at(rows[0].row()))
            except UserError as exc:
                self.error.show_message(self._message(exc))
                return None
        entry = self.model.remove(rows[0].row())
        if self.model.rowCount():
            row = min(rows[0].row(), self.model.rowCount() - 1)
            self.table.selectionModel().select(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._update()
        self.changed.emit()
        return entry

    def _message(self, exc: ValidationFailed | UserError) -> str:
        if isinstance(exc, ValidationFailed):
            return " ".join(p.render(self.ctx.core_tr) for p in exc.problems)
        return exc.render(self.ctx.core_tr)

    def _update(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        entries = self.entries()
        named = sum(1 for e in entries if e["name_consent"])
        self.summary.setText(self.tr("{0} participants, {1} with their name").format(
            len(entries), named) if entries else self.empty_text)

    # The list as data ---------------------------------------------------------
    def entries(self) -> list[Entry]:
        return list(self.model.items)

    def set_entries(self, entries: list[Entry]) -> None:
        self.model.set_items(entries)
        self._update()

    @staticmethod
    def record_data(entry: Entry) -> dict[str, Any]:
        """An entry as the activity service takes it (a draft keeps dates as text)."""
        data = {k: v for k, v in entry.items() if k != "id"}
        if isinstance(data.get("consent_on"), str):
            data["consent_on"] = date.fromisoformat(data["consent_on"])
        return data

    def counts(self) -> dict[str, int]:
        """What the activity's counts become (the store's triggers derive the same)."""
        totals: dict[str, int] = {}
        for e in self.model.items:
            key = f"{e['age_group']}_{ATTENDANCE_SEX[e['sex']]}"
            totals[key] = totals.get(key, 0) + 1
        return totals
