"""Who opened, printed or exported a case or a person's cases, when and from which
device (issue 14 §4), as the server holds it from every device: for the técnico and
the administrator, online. Ids, users, devices and times only, never content."""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError
from app.ui import labels
from app.ui.models.rows import RowsTableModel
from app.ui.shell.context import UiContext
from app.ui.widgets import column_widths

OFFLINE_CODES = ("unreachable", "not_enrolled", "tls")
Fetch = Callable[[], list[Any]]  # AccessEvent rows (sync.protocol), newest first


class AccessLogDialog(QDialog):
    def __init__(self, ctx: UiContext, title: str, fetch: Fetch,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Who opened it: {0}").format(title))
        layout = QVBoxLayout(self)
        self.message = QLabel(self.tr("Asking the server…"))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.model = RowsTableModel([
            (self.tr("When"), lambda e: labels.moment(e.at), lambda e: e.at),
            (self.tr("User"), lambda e: e.username),
            (self.tr("Device"), lambda e: e.device_name or e.device_id),
            (self.tr("Action"), lambda e: labels.access_action(e.action)),
            (self.tr("What"), lambda e: labels.record_kind(e.record_type)),
        ], lambda e: f"{e.device_id}{e.at.isoformat()}")
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Openings, prints and exports"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        column_widths(self.table, {0: 17, 1: 14, 3: 12, 4: 14})
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 420)
        ctx.runner.start(lambda _report: fetch(), self._show, self._failed)

    def _show(self, events: list[Any]) -> None:
        self.model.set_items(events)
        self.message.setText(self.tr("{0} openings, prints or exports, newest first.")
                             .format(len(events)) if events else
                             self.tr("Nobody has opened, printed or exported it yet."))

    def _failed(self, exc: Exception) -> None:
        if getattr(exc, "code", "") in OFFLINE_CODES:
            self.message.setText(self.tr(
                "Who opened it is kept on the server: connect this computer to the "
                "network and open this again."))
        elif isinstance(exc, UserError):
            self.message.setText(exc.render(self.ctx.core_tr))
        else:
            self.message.setText(self.tr("The server could not be asked. Try again."))
