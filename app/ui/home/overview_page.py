"""The technician's canton overview (instead of the promoter's Inicio): per parish, open
cases by risk, referrals waiting for an answer beyond 48 hours, overdue visits and
follow-ups — each count opens the list behind it — and each promoter's last successful
sync, highlighted when it is a week old or more. Read from this computer's store: it works
offline, as of the last synchronisation."""


from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from app.core import device_status
from app.core.device_status import PromoterSync
from app.ui import labels
from app.ui.cases.cases_page import table_view
from app.ui.home.overview_model import OverviewModel, SyncTableModel
from app.ui.home.plan_due import PlanDuePanel
from app.ui.home.requests_panel import RequestsPanel
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import buddy, column_widths, heading


class OverviewPage(QWidget):
    open_list = Signal(str, object, str)  # figure, parish code (None: canton), risk
    open_plan = Signal(int, str)  # year, owner: a plan action due this month

    def __init__(self, ctx: UiContext, session: Session) -> None:
        super().__init__()
        self.ctx, self.session = ctx, session
        self.overview = session.desk.overview
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Canton overview")))
        top.addStretch()
        self.as_of = QLabel()
        top.addWidget(self.as_of)
        layout.addLayout(top)
        self.model = OverviewModel(ctx, {
            "parish": self.tr("Parish"), "open_cases": self.tr("Open cases"),
            "waiting_referrals": self.tr("Referrals without answer > 48 h"),
            "overdue_visits": self.tr("Overdue visits"),
            "overdue_follow_ups": self.tr("Overdue follow-ups")}, self.tr("Whole canton"))
        self.table = table_view(self.tr("Figures per parish"))
        self.table.setSortingEnabled(False)
        self.table.setSelectionBehavior(self.table.SelectionBehavior.SelectItems)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        # In characters (they grow with larger text); the table scrolls rather than cut.
        header.setStretchLastSection(True)
        column_widths(self.table, {0: 28} | dict.fromkeys(range(1, self.model.columnCount()), 8))
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)
        hint = QLabel(self.tr("Click a number to see the cases, referrals, visits or "
                              "follow-ups behind it."))
        hint.setWordWrap(True)
        layout.addWidget(buddy(self.tr("<b>Figures per &parish</b>"), self.table))
        layout.addWidget(self.table, 3)
        layout.addWidget(hint)
        self.syncs = SyncTableModel([
            (self.tr("Promoter"), lambda p: p.username),
            (self.tr("Parish"), lambda p: ctx.parish_name(p.parish)),
            (self.tr("Last successful sync"), lambda p: labels.day(p.last_sync)),
            (self.tr("Since then"), self.since_text),
        ], lambda p: p.username)
        self.sync_table = table_view(self.tr("Promoters' last synchronisation"))
        self.sync_table.setModel(self.syncs)
        self.sync_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        column_widths(self.sync_table, {0: 20, 1: 26, 2: 22})
        layout.addWidget(buddy(self.tr("<b>Promoters' last &synchronisation</b>"),
                               self.sync_table))
        layout.addWidget(self.sync_table, 2)
        # The POA's and every PTA's actions planned for this month and not done yet.
        self.plan_due = PlanDuePanel(ctx, session)
        self.plan_due.open_plan.connect(self.open_plan)
        layout.addWidget(self.plan_due)
        # People's data requests (LOPDP), overdue first.
        self.requests = RequestsPanel(ctx, session)
        layout.addWidget(self.requests, 1)

    def since_text(self, promoter: PromoterSync) -> str:
        if promoter.days is None:
            return self.tr("never synchronised")
        if promoter.stale:
            return self.tr("not synchronised for {0} days").format(promoter.days)
        if promoter.days == 0:
            return self.tr("today")
        return self.tr("{0} days ago").format(promoter.days)

    def refresh(self) -> None:
        self.model.set_figures(self.overview.figures())
        self.requests.refresh()
        self.plan_due.refresh()
        feed = device_status.load(self.session.ws.db, self.session.ws.clock)
        self.syncs.set_items(feed.promoters)
        when = feed.received_at
        self.as_of.setText(self.tr("As of the last synchronisation: {0}").format(
            when.astimezone().strftime("%d/%m/%Y %H:%M")) if when is not None
            else self.tr("Not synchronised with the server yet"))

    def _open(self, index: QModelIndex) -> None:
        found = self.model.figure_at(index)
        if found is not None:
            self.open_list.emit(*found)
