"""My referrals, by their current status: what waits for an answer, what was answered."""

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from app.core.records.cases import REFERRAL_STATUSES
from app.ui import labels
from app.ui.cases import table_view
from app.ui.context import UiContext
from app.ui.models.rows import RowsTableModel
from app.ui.session import Session
from app.ui.widgets import column_widths, combo, heading, labelled_filters


class ReferralsPage(QWidget):
    open_case = Signal(str)

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
            (self.tr("Case"), lambda r: r.case_code),
            (self.tr("Institution"), lambda r: ctx.label("institutions", r.institution)),
            (self.tr("Urgency"), lambda r: labels.urgency(r.urgency)),
            (self.tr("Status"), lambda r: labels.referral_status(r.status)),
            (self.tr("Since"), lambda r: labels.day(r.since), lambda r: r.since),
        ], lambda r: r.id)
        self.table = table_view(self.tr("My referrals"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        column_widths(self.table, {0: 23, 2: 21, 3: 28, 4: 16})
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        self.status.currentIndexChanged.connect(self.refresh)

    def refresh(self) -> None:
        rows = self.session.lists.my_referrals(self.status.currentData() or "")
        self.model.set_items(rows)
        by_status: dict[str, int] = {}
        for row in (rows if not self.status.currentData()
                    else self.session.lists.my_referrals()):
            by_status[row.status] = by_status.get(row.status, 0) + 1
        self.counts.setText("   ".join(f"{labels.referral_status(s)}: {by_status[s]}"
                                       for s in REFERRAL_STATUSES if s in by_status))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case.emit(self.model.item_at(index.row()).case_id)
