"""Casos: every case on this device, newest first, filtered by status."""

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.records.cases import CASE_STATUSES
from app.ui import labels
from app.ui.models.rows import RowsTableModel
from app.ui.shell.context import UiContext
from app.ui.shell.offers import tag
from app.ui.shell.session import Session
from app.ui.widgets import column_widths, combo, heading, labelled_filters


def table_view(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    table.verticalHeader().hide()
    return table


class CasesPage(QWidget):
    open_case = Signal(str)
    register_case = Signal()

    def __init__(self, ctx: UiContext, session: Session) -> None:
        super().__init__()
        self.ctx, self.session = ctx, session
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Cases")))
        top.addStretch()
        if session.may("case.register"):
            new = tag(QPushButton(self.tr("&Register case")), "case.register")
            new.clicked.connect(self.register_case)
            top.addWidget(new)
        layout.addLayout(top)
        self.status = combo([(c, labels.case_status(c)) for c in CASE_STATUSES],
                            self.tr("All statuses"), self.tr("Status"))
        filters = labelled_filters([(self.tr("&Status"), self.status)], stretch=0)
        filters.addStretch()
        layout.addLayout(filters)
        self.model = RowsTableModel([
            (self.tr("Code"), lambda c: c.code),
            (self.tr("Affected persons"), lambda c: labels.people(c.affected)),
            (self.tr("Opened"), lambda c: labels.day(c.opened_on), lambda c: c.opened_on),
            (self.tr("Parish"), lambda c: ctx.parish_name(c.parish)),
            (self.tr("Violation"), lambda c: ", ".join(
                ctx.label("violation_types", t) for t in c.violation_types)),
            (self.tr("Risk"), lambda c: ctx.label("risk_levels", c.risk_level)),
            (self.tr("Status"), lambda c: labels.case_status(c.status)),
        ], lambda c: c.id)
        self.table = table_view(self.tr("Cases"))
        self.table.setModel(self.model)
        # Widths in characters; with larger text the table scrolls rather than cut.
        column_widths(self.table, {0: 18, 1: 36, 2: 13, 3: 28, 4: 32, 5: 10, 6: 14})
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        self.status.currentIndexChanged.connect(self.refresh)

    def refresh(self) -> None:
        self.model.set_items(self.session.lists.cases(status=self.status.currentData() or ""))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case.emit(self.model.item_at(index.row()).id)
