"""The list behind a figure of the canton overview: the open cases of a risk level, the
referrals waiting for an answer, the overdue visits or follow-ups of a parish (or of the
whole canton). Each row opens its case, or its family."""

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.services.overview import CantonOverview, OverviewItem
from app.ui import labels
from app.ui.cases.affected_table import names_with_ages
from app.ui.cases.cases_page import table_view
from app.ui.models.rows import RowsTableModel
from app.ui.shell.context import UiContext
from app.ui.widgets import column_widths, heading


class OverviewListPage(QWidget):
    open_case = Signal(str)
    open_household = Signal(str)
    back = Signal()

    def __init__(self, ctx: UiContext, overview: CantonOverview, figure: str,
                 parish: str | None, risk: str = "") -> None:
        super().__init__()
        self.ctx, self.figure = ctx, figure
        titles = {"open_cases": self.tr("Open cases"),
                  "waiting_referrals": self.tr("Referrals without an answer after 48 hours"),
                  "overdue_visits": self.tr("Overdue visits"),
                  "overdue_follow_ups": self.tr("Overdue follow-ups")}
        days = {"open_cases": self.tr("Opened"), "waiting_referrals": self.tr("Since"),
                "overdue_visits": self.tr("Planned for"), "overdue_follow_ups": self.tr("Due")}
        details = {"open_cases": self.tr("Risk"), "waiting_referrals": self.tr("Institution"),
                   "overdue_visits": self.tr("Community"),
                   "overdue_follow_ups": self.tr("What to do")}
        place = ctx.parish_name(parish) if parish is not None else self.tr("Whole canton")
        title = f"{titles[figure]} · {place}"
        if risk:
            title += " · " + self.tr("risk {0}").format(
                ctx.label("risk_levels", risk).lower())
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(title))
        top.addStretch()
        back = QPushButton(self.tr("&Back to the overview"))
        back.clicked.connect(self.back)
        top.addWidget(back)
        layout.addLayout(top)
        items = overview.items(figure, parish, risk)
        self.count = QLabel(self.tr("{0} in the list").format(len(items)))
        layout.addWidget(self.count)
        self.model = RowsTableModel([
            (days[figure], lambda i: labels.day(i.day)),
            (self.tr("Case"), lambda i: i.case_code or self.tr("Family visit")),
            (self.tr("Affected persons"), lambda i: names_with_ages(i.affected)),
            (details[figure], self._detail),
        ], lambda i: i.record_id)
        self.model.set_items(items)
        self.table = table_view(titles[figure])
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        column_widths(self.table, {0: 14, 1: 18})
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Open a row (Enter or double click) to see its "
                                        "case or family.")))
        if items:
            self.table.selectRow(0)
        self.table.setFocus()

    def _detail(self, item: OverviewItem) -> str:
        if self.figure == "open_cases":
            return self.ctx.label("risk_levels", item.detail)
        if self.figure == "waiting_referrals":
            return self.ctx.label("institutions", item.detail)
        return item.detail

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        item = self.model.item_at(index.row())
        if item.case_id:
            self.open_case.emit(item.case_id)
        elif item.household_id:
            self.open_household.emit(item.household_id)
