""""Bandeja de derivaciones": referrals addressed to the Junta, received and answered
with a measure; each step is a ReferralService status (a synced change) that follows the
referral's life cycle. Each referral names the children and adolescents its case affects,
identified as on the referral form: name, age and CONA category, sex, document and
address. Opening a referral shows its case (the Junta's read-only case view)."""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from app.core.services.referrals import ReferralService
from app.core.sync.desk import SyncDesk
from app.ui import labels
from app.ui.cases.affected_table import affected_model, affected_view, names_with_ages
from app.ui.cases.cases_page import table_view
from app.ui.models.rows import RowsTableModel
from app.ui.referrals.referral_step_form import ReferralStepForm
from app.ui.shell.context import UiContext
from app.ui.widgets import buddy, column_widths, heading

# Who works from the inbox: the Junta, and the Consejo's technicians who follow it.
INBOX_ROLES = ("junta", "tecnico")


class ReferralInboxPage(QWidget):
    changed = Signal()
    open_case = Signal(str)

    def __init__(self, ctx: UiContext, desk: SyncDesk, referrals: ReferralService,
                 institution: str = "junta") -> None:
        super().__init__()
        self.ctx, self.desk, self.referrals = ctx, desk, referrals
        self.institution = institution
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Referral inbox")))
        self.count = QLabel()
        layout.addWidget(self.count)
        self.model = RowsTableModel([
            (self.tr("Case"), lambda r: r.case_code),
            (self.tr("Affected persons"), lambda r: names_with_ages(r.affected)),
            (self.tr("Urgency"), lambda r: labels.urgency(r.urgency)),
            (self.tr("Reason"), lambda r: r.reason),
            (self.tr("Status"), lambda r: labels.referral_status(r.status)),
            (self.tr("Since"), lambda r: labels.day(r.since)),
            (self.tr("Measure or answer"), lambda r: r.answer),
        ], lambda r: r.referral_id)
        self.table = table_view(self.tr("Referral inbox"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        column_widths(self.table, {0: 16})
        self.table.activated.connect(lambda index: self.open_case.emit(
            self.model.item_at(index.row()).case_id))
        self.table.doubleClicked.connect(lambda index: self.open_case.emit(
            self.model.item_at(index.row()).case_id))
        layout.addWidget(self.table, 3)
        self.persons = affected_model(ctx)
        self.person_table = affected_view(self.persons,
                                          self.tr("Affected persons of the referral"))
        title = buddy(self.tr("Affected &persons of the referral"), self.person_table)
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        layout.addWidget(title)
        layout.addWidget(self.person_table, 1)
        self.form = ReferralStepForm(referrals, ctx.core_tr, wide=True)
        self.form.recorded.connect(self._recorded)
        layout.addWidget(self.form)
        # Kept as attributes: what the Junta records, reached from the page.
        self.received, self.save = self.form.received, self.form.save
        self.step, self.answer, self.note = self.form.step, self.form.answer, self.form.note
        self.error = self.form.error
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh()

    def refresh(self) -> None:
        chosen = self.current()
        rows = self.desk.referral_inbox(self.institution)
        self.model.set_items(rows)
        waiting = sum(1 for r in rows if r.status == "sent")
        self.count.setText(self.tr("Referrals: {0} · not yet received: {1}").format(
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
        self.persons.set_items(chosen.affected if chosen is not None else ())
        self.form.set_referral(chosen.referral_id if chosen is not None else None)

    def mark_received(self) -> None:
        self.form.mark_received()

    def record_answer(self) -> None:
        self.form.record()

    def _recorded(self, _status: str) -> None:
        self.refresh()
        self.changed.emit()
