"""People's data requests not yet answered (LOPDP: 15 days), overdue first: on the
técnico's overview and on Inicio. Answering one opens its dialog (the `answer` signal)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.services.requests import OpenRequest, RequestService
from app.ui import labels
from app.ui.models.rows import RowsTableModel
from app.ui.shell.context import UiContext
from app.ui.shell.offers import offered, tag_all
from app.ui.shell.session import Session
from app.ui.widgets import buddy, button_row, column_widths

ACTIONS = {"answer": "request.answer"}


class RequestsPanel(QWidget):
    answer = Signal(str)  # a request id

    def __init__(self, ctx: UiContext, session: Session) -> None:
        super().__init__()
        self.ctx, self.session = ctx, session
        self.service = RequestService(session.ws.context())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = RowsTableModel([
            (self.tr("Person"), lambda r: r.person_name or "—"),
            (self.tr("Request"), lambda r: labels.request_kind(r.kind)),
            (self.tr("Received"), lambda r: labels.day(r.received_on), lambda r: r.received_on),
            (self.tr("Due"), lambda r: labels.day(r.due_on), lambda r: r.due_on),
            (self.tr("State"), self.state_text, lambda r: r.days_left),
        ], lambda r: r.id)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Data requests not yet answered"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        column_widths(self.table, {1: 16, 2: 14, 3: 14, 4: 22})
        self.title = buddy(self.tr("<b>&Data requests not yet answered</b> (15 days)"),
                           self.table)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("No data request is waiting for an answer."))
        layout.addWidget(self.empty)
        row, self.buttons = button_row(offered(session.may, [
            ("answer", self.tr("A&nswer request…"), self._answer)], ACTIONS))
        tag_all(self.buttons, ACTIONS)
        self.table.activated.connect(lambda _index: self._answer())
        layout.addLayout(row)
        self.refresh()

    def state_text(self, r: OpenRequest) -> str:
        if r.days_left == -1:
            return self.tr("Overdue by 1 day")
        if r.overdue:
            return self.tr("Overdue by {0} days").format(-r.days_left)
        if r.days_left == 0:
            return self.tr("Due today")
        if r.days_left == 1:
            return self.tr("1 day left")
        return self.tr("{0} days left").format(r.days_left)

    def refresh(self) -> None:
        items = self.service.open_requests()
        self.model.set_items(items)
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)
        if "answer" in self.buttons:
            self.buttons["answer"].setEnabled(bool(items))

    def selected(self) -> OpenRequest | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else (0 if self.model.items else -1)
        return self.model.item_at(row) if row >= 0 else None

    def _answer(self) -> None:
        if not self.session.may("request.answer"):
            return
        if (request := self.selected()) is not None:
            self.answer.emit(request.id)
