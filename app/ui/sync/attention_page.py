""""Necesitan atención": the changes the server refused, and what to do with each one.

Reenviar queues the change again once its cause is fixed; Descartar… gives it up after
saying, in plain words, what will happen to the local record. Both go through
`app.core.sync.attention.AttentionService`; the list is read through `SyncDesk`.
"""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from app.core.errors import UserError
from app.core.i18n import Translate
from app.core.record_words import RecordWords
from app.core.sync import outbox
from app.core.sync.attention import AttentionService
from app.core.sync.desk import AttentionRow, SyncDesk
from app.ui.cases.cases_page import table_view
from app.ui.models.rows import RowsTableModel
from app.ui.widgets import ErrorLabel, button_row, column_widths, confirm, heading, wrapped


class AttentionPage(QWidget):
    """Changes the server refused: they stay listed until the user resends or dismisses
    them (sync invariant 8)."""

    changed = Signal()  # the outbox changed: pending and refused counts
    open_record = Signal(str, str)  # ("case" | "household", id)
    confirm: Callable[[QWidget, str, str, str], bool] = staticmethod(confirm)

    def __init__(self, desk: SyncDesk, service: AttentionService, words: RecordWords,
                 core_tr: Translate) -> None:
        super().__init__()
        self.desk, self.service, self.words, self.core_tr = desk, service, words, core_tr
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Needs attention")))
        layout.addWidget(wrapped(self.tr(
            "The server refused these changes. They were not applied "
            "there: correct the data, or ask the Consejo's technician to "
            "correct your territory or role, then resend the change; or "
            "dismiss it.")))
        # Whose each record is, read once per refresh (a query or two per row).
        self.owners: dict[int, str] = {}
        self.model = RowsTableModel([
            (self.tr("No."), lambda r: str(r.seq)),
            (self.tr("Record"), lambda r: words.kind(r.record_type)),
            (self.tr("Belongs to"), lambda r: self.owners.get(r.seq, "")),
            (self.tr("Reason"), lambda r: core_tr(outbox.reason_message(r.reason))),
            (self.tr("Data"), lambda r: words.details(r.fields)),
        ], lambda r: str(r.seq))
        self.table = table_view(self.tr("Needs attention"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        # Rows as tall as their wrapped data, also after the columns settle.
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        column_widths(self.table, {0: 6, 1: 18, 2: 40, 3: 44})
        layout.addWidget(self.table, 1)
        row, self.buttons = button_row([
            ("resend", self.tr("&Resend"), self._resend),
            ("dismiss", self.tr("&Dismiss…"), self._dismiss),
            ("open", self.tr("O&pen the record"), self._open),
        ])
        layout.addLayout(row)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh()

    def refresh(self) -> None:
        self.notice.setText("")
        self.error.show_message("")
        rows = self.desk.needs_attention()
        self.owners = {r.seq: self.words.owner(r.record_type, r.record_id) for r in rows}
        self.model.set_items(rows)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._enable()

    def current(self) -> AttentionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        chosen = self.current()
        self.buttons["resend"].setEnabled(chosen is not None)
        self.buttons["dismiss"].setEnabled(chosen is not None)
        self.buttons["open"].setEnabled(chosen is not None and self._page(chosen) is not None)

    def _page(self, row: AttentionRow) -> tuple[str, str] | None:
        return self.service.page_of(row.record_type, row.record_id)

    def _resend(self) -> None:
        row = self.current()
        if row is not None and self._act(lambda: self.service.resend(row.seq)):
            self.notice.setText(self.tr("The change will be sent again with the next "
                                        "synchronisation."))

    def _dismiss(self) -> None:
        row = self.current()
        if row is None:
            return
        what = self.words.kind(row.record_type).lower()
        if row.op == "create":
            text = self.tr("The server never received this record ({0}). It will be "
                           "deleted from this computer, with the changes made to it since, "
                           "and will not be sent. This cannot be undone.").format(what)
        elif row.op == "delete":
            text = self.tr("This record ({0}) will not be deleted on the server. At the "
                           "next synchronisation it comes back to this computer as the "
                           "server has it.").format(what)
        else:
            text = self.tr("This change will not be sent. At the next synchronisation this "
                           "computer receives the server's data of this record ({0}) again, "
                           "in place of what was changed here.").format(what)
        if not self.confirm(self, self.tr("Dismiss this change?"), text,
                            self.tr("&Dismiss")):
            return
        if self._act(lambda: self.service.dismiss(row.seq)):
            self.notice.setText(self.tr("The change was dismissed."))

    def _act(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except UserError as exc:
            self.notice.setText("")
            self.error.show_message(exc.render(self.core_tr))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def _open(self) -> None:
        row = self.current()
        page = self._page(row) if row is not None else None
        if page is not None:
            self.open_record.emit(*page)
