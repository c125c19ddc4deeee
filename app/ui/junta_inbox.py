""""Bandeja de derivaciones": referrals addressed to the Junta, marked received and
answered with a measure; each step is a ReferralService status (a synced change)."""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError
from app.core.i18n import Translate
from app.core.services.referrals import ReferralService
from app.core.services.sync_desk import SyncDesk
from app.ui import labels
from app.ui.cases import table_view
from app.ui.models.rows import RowsTableModel
from app.ui.widgets import ErrorLabel, combo, heading

ANSWER_STEPS = ("answered", "in_attention", "rejected", "closed")


class ReferralInboxPage(QWidget):
    changed = Signal()
    open_case = Signal(str)

    def __init__(self, desk: SyncDesk, referrals: ReferralService, core_tr: Translate,
                 institution: str = "junta") -> None:
        super().__init__()
        self.desk, self.referrals, self.core_tr = desk, referrals, core_tr
        self.institution = institution
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Referral inbox")))
        self.count = QLabel()
        layout.addWidget(self.count)
        self.model = RowsTableModel([
            (self.tr("Case"), lambda r: r.case_code),
            (self.tr("Urgency"), lambda r: labels.urgency(r.urgency)),
            (self.tr("Reason"), lambda r: r.reason),
            (self.tr("Status"), lambda r: labels.referral_status(r.status)),
            (self.tr("Since"), lambda r: labels.day(r.since)),
            (self.tr("Measure or answer"), lambda r: r.answer),
        ], lambda r: r.referral_id)
        self.table = table_view(self.tr("Referral inbox"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.open_case.emit(
            self.model.item_at(index.row()).case_id))
        layout.addWidget(self.table, 1)
        self.received = QPushButton(self.tr("Mark as &received"))
        self.received.clicked.connect(self.mark_received)
        form = QFormLayout()
        self.step = combo([(c, labels.referral_status(c)) for c in ANSWER_STEPS],
                          name=self.tr("New status"))
        self.answer = QLineEdit()
        self.answer.setAccessibleName(self.tr("Measure or answer"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("New &status"), self.step)
        form.addRow(self.tr("&Measure or answer"), self.answer)
        form.addRow(self.tr("&Note"), self.note)
        for field in (self.step, self.answer, self.note):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.received)
        buttons.addStretch()
        self.save = QPushButton(self.tr("Save &answer"))
        self.save.clicked.connect(self.record_answer)
        layout.addLayout(form)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh()

    def refresh(self) -> None:
        chosen = self.current()
        rows = self.desk.referral_inbox(self.institution)
        self.model.set_items(rows)
        waiting = sum(1 for r in rows if r.status == "sent")
        self.count.setText(self.tr("{0} referrals, {1} not yet received").format(
            len(rows), waiting))
        ids = [r.referral_id for r in rows]
        if rows:
            keep = chosen.referral_id if chosen is not None else ""
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._enable()

    def current(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        chosen = self.current()
        self.received.setEnabled(chosen is not None and chosen.status in ("sent", "drafted"))
        self.save.setEnabled(chosen is not None)

    def mark_received(self) -> None:
        self._add("received")

    def record_answer(self) -> None:
        if not self.answer.text().strip() and self.step.currentData() == "answered":
            self.error.show_message(self.tr("Type the measure or the answer."))
            return
        self._add(self.step.currentData(), self.note.text().strip(),
                  self.answer.text().strip())

    def _add(self, status: str, note: str = "", answer: str = "") -> None:
        chosen = self.current()
        if chosen is None:
            return
        try:
            self.referrals.add_status(chosen.referral_id, status, note=note, answer=answer)
        except UserError as exc:
            self.error.show_message(exc.render(self.core_tr))
            return
        self.error.show_message("")
        self.answer.clear()
        self.note.clear()
        self.refresh()
        self.changed.emit()
