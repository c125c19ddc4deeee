"""My referrals, by their current status: what waits for an answer, what was answered.
The selected referral's steps show below with the institution's measure or answer;
showing them is opening the referral (its new answers count as read)."""

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.records.cases import REFERRAL_STATUSES
from app.core.services.worklists import ReferralRow
from app.ui import labels
from app.ui.cases.cases_page import table_view
from app.ui.models.rows import RowsTableModel
from app.ui.referrals.referral_steps import ReferralSteps
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import buddy, column_widths, combo, heading, labelled_filters


class ReferralsPage(QWidget):
    open_case = Signal(str, str)  # case id, referral id

    def __init__(self, ctx: UiContext, session: Session) -> None:
        super().__init__()
        self.ctx, self.session = ctx, session
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("My referrals")))
        self.status = combo([(c, labels.referral_status(c)) for c in REFERRAL_STATUSES],
                            self.tr("Every status"), self.tr("Status"))
        filters = labelled_filters([(self.tr("&Status"), self.status)], stretch=0)
        self.counts = QLabel()
        filters.addWidget(self.counts, 1)
        layout.addLayout(filters)
        self.model = RowsTableModel([
            (self.tr("Case"), lambda r: labels.case_title(r.case_code, r.affected)),
            (self.tr("Institution"), lambda r: ctx.short_label("institutions", r.institution)),
            (self.tr("Status"), self.status_text),
            (self.tr("Since"), lambda r: labels.day(r.since.astimezone()), lambda r: r.since),
            (self.tr("Measure or answer"), lambda r: " ".join(r.answer.split())),
        ], lambda r: r.id)
        self.table = table_view(self.tr("My referrals"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        column_widths(self.table, {1: 26, 2: 28, 3: 13})
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        self.steps = ReferralSteps(session, self.tr("Steps of the referral"))
        row = QHBoxLayout()
        row.addWidget(buddy(self.tr("<b>Steps of the selected referral</b>"), self.steps))
        row.addStretch()
        self.open_button = QPushButton(self.tr("&Open the case"))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        row.addWidget(self.open_button)
        lower_box.addLayout(row)
        lower_box.addWidget(self.steps)
        split.addWidget(lower)
        split.setSizes([380, 260])
        layout.addWidget(split, 1)
        self.status.currentIndexChanged.connect(self.refresh)

    def status_text(self, row: ReferralRow) -> str:
        status = labels.referral_status(row.status)
        return self.tr("{0} · new answer").format(status) if row.unread else status

    def refresh(self) -> None:
        rows = self.session.lists.my_referrals(self.status.currentData() or "")
        self.model.set_items(rows)
        by_status: dict[str, int] = {}
        for row in (rows if not self.status.currentData()
                    else self.session.lists.my_referrals()):
            by_status[row.status] = by_status.get(row.status, 0) + 1
        self.counts.setText("   ".join(f"{labels.referral_status(s)}: {by_status[s]}"
                                       for s in REFERRAL_STATUSES if s in by_status))
        self.steps.clear_referral()
        self.open_button.setEnabled(False)

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.open_button.setEnabled(bool(rows))
        if not rows:
            self.steps.clear_referral()
            return
        row = rows[0].row()
        chosen = self.model.item_at(row)
        self.steps.show_referral(chosen.id, self.session.ws.referrals.history(chosen.id),
                                 chosen.unread)
        if chosen.unread:
            self.model.replace_item(row, replace(chosen, unread=False))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            chosen = self.model.item_at(index.row())
            self.open_case.emit(chosen.case_id, chosen.id)
