""""Cambios en conflicto" (keep one value or enter another), read and resolved through
core services only; records, fields and values in words through `RecordWords`, as
"Necesitan atención" (app.ui.sync.attention_page) shows them."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError
from app.core.i18n import Translate
from app.core.record_words import RecordWords
from app.core.sync.conflicts import ConflictService
from app.ui.cases.cases_page import table_view
from app.ui.models.rows import RowsTableModel
from app.ui.shell.offers import tag
from app.ui.widgets import ErrorLabel, column_widths, heading, wrapped


class ConflictsPage(QWidget):
    """Each open conflict with both values; the choice is written as a synced change."""

    resolved = Signal()

    def __init__(self, service: ConflictService, words: RecordWords,
                 core_tr: Translate) -> None:
        super().__init__()
        self.service, self.words, self.core_tr = service, words, core_tr
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Changes in conflict")))
        layout.addWidget(wrapped(self.tr(
            "Two people changed the same data at the same time. Choose "
            "the value to keep, or type the right one; your choice is "
            "sent with the next synchronisation.")))
        self.model = RowsTableModel([
            (self.tr("Record"), lambda c: words.kind(c.target_type)),
            (self.tr("Belongs to"), lambda c: words.owner(c.target_type, c.target_id)),
            (self.tr("Field"), lambda c: words.field(c.field) if c.field
             else self.tr("(record deleted)")),
            (self.tr("Value kept"), lambda c: self._value(c, c.kept_value)),
            (self.tr("Other value"), lambda c: self._value(c, c.other_value)),
            (self.tr("Other value by"), lambda c: c.other_by),
        ], lambda c: c.id)
        self.table = table_view(self.tr("Changes in conflict"))
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)
        for column in (3, 4):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch)
        column_widths(self.table, {0: 16, 1: 30, 2: 20, 5: 16})
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.keep = QPushButton(self.tr("&Keep the value kept"))
        self.other = QPushButton(self.tr("Use the &other value"))
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Another value"))
        self.typed.setPlaceholderText(self.tr("Another value"))
        self.use_typed = QPushButton(self.tr("Use &this value"))
        for widget in (self.keep, self.other, self.typed, self.use_typed):
            row.addWidget(widget)
        layout.addLayout(row)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        for button in (self.keep, self.other, self.use_typed):
            tag(button, "conflict.resolve")
        self.keep.clicked.connect(lambda: self._resolve(lambda c: c.kept_value))
        self.other.clicked.connect(lambda: self._resolve(lambda c: c.other_value))
        self.use_typed.clicked.connect(lambda: self._resolve(lambda c: self.typed.text()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.refresh()

    def _value(self, conflict: Any, value: Any) -> str:
        if conflict.field:
            return self.words.value(conflict.field, value)
        return self.words.details(value) if isinstance(value, dict) else \
            self.words.value("", value)

    def refresh(self) -> None:
        self.model.set_items(self.service.open())
        if self.model.rowCount():
            self.table.selectRow(0)
        self._enable()

    def _selected(self) -> None:
        self.error.show_message("")  # a refusal speaks of the conflict it was about
        self._enable()

    def _enable(self) -> None:
        chosen = self.current()
        for widget in (self.keep, self.use_typed, self.typed):
            widget.setEnabled(chosen is not None)
        self.other.setEnabled(chosen is not None and bool(chosen.field))

    def current(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def _resolve(self, value_of: Callable[[Any], Any]) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            self.service.resolve(conflict.id, value_of(conflict))
        except UserError as exc:
            self.error.show_message(exc.render(self.core_tr))
            return
        self.error.show_message("")
        self.typed.clear()
        self.refresh()
        self.resolved.emit()

