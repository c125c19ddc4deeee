""""Cambios en conflicto" (keep one value or enter another), read and resolved through
core services only; and the words for record kinds and fields that both sync pages show
("Necesitan atención" is app.ui.attention_page)."""

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.conflicts import ConflictService
from app.core.errors import UserError
from app.core.i18n import Translate
from app.ui.cases import table_view
from app.ui.models.rows import RowsTableModel
from app.ui.offers import tag
from app.ui.widgets import ErrorLabel, heading, wrapped

RECORD_KINDS = {
    "household": QT_TRANSLATE_NOOP("SyncPages", "Family"),
    "person": QT_TRANSLATE_NOOP("SyncPages", "Person"),
    "case": QT_TRANSLATE_NOOP("SyncPages", "Case"),
    "case_note": QT_TRANSLATE_NOOP("SyncPages", "Case note"),
    "visit": QT_TRANSLATE_NOOP("SyncPages", "Visit"),
    "mediation": QT_TRANSLATE_NOOP("SyncPages", "Mediation"),
    "referral": QT_TRANSLATE_NOOP("SyncPages", "Referral"),
    "referral_status": QT_TRANSLATE_NOOP("SyncPages", "Referral step"),
    "follow_up": QT_TRANSLATE_NOOP("SyncPages", "Follow-up"),
    "activity": QT_TRANSLATE_NOOP("SyncPages", "Community activity"),
    "consent": QT_TRANSLATE_NOOP("SyncPages", "Consent"),
    "conflict": QT_TRANSLATE_NOOP("SyncPages", "Conflict resolution"),
}


FIELD_NAMES = {
    "parish": QT_TRANSLATE_NOOP("SyncPages", "Parish"),
    "community": QT_TRANSLATE_NOOP("SyncPages", "Community"),
    "address_reference": QT_TRANSLATE_NOOP("SyncPages", "Address reference"),
    "gps_lat": QT_TRANSLATE_NOOP("SyncPages", "Latitude"),
    "gps_lon": QT_TRANSLATE_NOOP("SyncPages", "Longitude"),
    "notes": QT_TRANSLATE_NOOP("SyncPages", "Notes"),
    "relation_to_head": QT_TRANSLATE_NOOP("SyncPages", "Relation to the head of household"),
    "given_names": QT_TRANSLATE_NOOP("SyncPages", "Given names"),
    "surnames": QT_TRANSLATE_NOOP("SyncPages", "Surnames"),
    "doc_type": QT_TRANSLATE_NOOP("SyncPages", "Document type"),
    "doc_number": QT_TRANSLATE_NOOP("SyncPages", "Document number"),
    "birth_date": QT_TRANSLATE_NOOP("SyncPages", "Birth date"),
    "sex": QT_TRANSLATE_NOOP("SyncPages", "Sex"),
    "ethnicity": QT_TRANSLATE_NOOP("SyncPages", "Ethnicity"),
    "phone": QT_TRANSLATE_NOOP("SyncPages", "Phone"),
    "facts": QT_TRANSLATE_NOOP("SyncPages", "Facts"),
    "place": QT_TRANSLATE_NOOP("SyncPages", "Place"),
    "risk_level": QT_TRANSLATE_NOOP("SyncPages", "Risk level"),
    "status": QT_TRANSLATE_NOOP("SyncPages", "Status"),
    "violation_types": QT_TRANSLATE_NOOP("SyncPages", "Violation types"),
}


def shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def kind(record_type: str) -> str:
    source = RECORD_KINDS.get(record_type)
    return QCoreApplication.translate("SyncPages", source) if source else record_type


def field_name(name: str) -> str:
    source = FIELD_NAMES.get(name)
    return QCoreApplication.translate("SyncPages", source) if source else name


def summary(fields: dict[str, Any]) -> str:
    """The data of a refused change, empty fields left out."""
    return ", ".join(f"{field_name(k)}: {shown(v)}" for k, v in fields.items()
                     if v not in (None, "", [], {}))


class ConflictsPage(QWidget):
    """Each open conflict with both values; the choice is written as a synced change."""

    resolved = Signal()

    def __init__(self, service: ConflictService, core_tr: Translate) -> None:
        super().__init__()
        self.service, self.core_tr = service, core_tr
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Changes in conflict")))
        layout.addWidget(wrapped(self.tr(
            "Two people changed the same data at the same time. Choose "
            "the value to keep, or type the right one; your choice is "
            "sent with the next synchronisation.")))
        self.model = RowsTableModel([
            (self.tr("Record"), lambda c: kind(c.target_type)),
            (self.tr("Field"), lambda c: field_name(c.field) if c.field
             else self.tr("(record deleted)")),
            (self.tr("Value kept"), lambda c: shown(c.kept_value)),
            (self.tr("Other value"), lambda c: shown(c.other_value)),
            (self.tr("Other value by"), lambda c: c.other_by),
        ], lambda c: c.id)
        self.table = table_view(self.tr("Changes in conflict"))
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)
        for column in (2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch)
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

