"""The Reportes page's plan compliance report: a plan year, its months from–to, PDF or
XLSX; of the parish chosen in the page's filter (its PTA) or of the canton (the POA and
every PTA)."""

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox

from app.core.records.plans import CANTON
from app.core.rules.plans import FIRST_YEAR, LAST_YEAR
from app.core.services.plan_compliance import PlanPeriod
from app.reports import api
from app.ui.reports.documents import Documents
from app.ui.widgets import buddy


class PlanReportBox(QGroupBox):
    def __init__(self, documents: Documents, today: date, parish: Callable[[], str | None],
                 message: QLabel) -> None:
        super().__init__()
        self.setTitle(self.tr("Plan compliance report"))
        self.documents, self.parish, self.message = documents, parish, message
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(today.year)
        self.year.setAccessibleName(self.tr("Plan year"))
        names = [self.tr("January"), self.tr("February"), self.tr("March"), self.tr("April"),
                 self.tr("May"), self.tr("June"), self.tr("July"), self.tr("August"),
                 self.tr("September"), self.tr("October"), self.tr("November"),
                 self.tr("December")]
        self.first, self.last = QComboBox(), QComboBox()
        for box, name in ((self.first, self.tr("First month")),
                          (self.last, self.tr("Last month"))):
            for month, label in enumerate(names, start=1):
                box.addItem(label, month)
            box.setAccessibleName(name)
        self.last.setCurrentIndex(11)
        self.format = QComboBox()
        self.format.addItem("PDF", "pdf")
        self.format.addItem("XLSX", "xlsx")
        self.format.setAccessibleName(self.tr("Format of the plan report"))
        self.button = QPushButton(self.tr("Plan complia&nce report"))
        self.button.clicked.connect(lambda: self.generate())
        row = QHBoxLayout(self)
        row.addWidget(buddy(self.tr("Pl&an year"), self.year))
        row.addWidget(self.year)
        row.addSpacing(12)
        row.addWidget(buddy(self.tr("Fir&st month"), self.first))
        row.addWidget(self.first)
        row.addWidget(buddy(self.tr("&Last month"), self.last))
        row.addWidget(self.last)
        row.addSpacing(12)
        row.addWidget(self.format)
        row.addWidget(self.button)
        row.addStretch()

    def period(self) -> PlanPeriod:
        parish = self.parish()
        return PlanPeriod(self.year.value(), self.first.currentData(),
                          self.last.currentData(), parish if parish != CANTON else None)

    def generate(self) -> bool:
        period, fmt = self.period(), self.format.currentData()
        if period.first > period.last:
            self.message.setText(self.tr("The first month comes after the last: correct "
                                         "the months."))
            return False
        self.message.clear()
        detail = f"{period.year}-{period.first:02d}-{period.last:02d}-{period.parish or ''}"
        filters = (self.tr("PDF documents (*.pdf)") if fmt == "pdf"
                   else self.tr("Excel workbooks (*.xlsx)"))
        return self.documents.generate(
            self, self.tr("Plan compliance report"),
            self.documents.propose("plan", detail, f".{fmt}"), filters,
            lambda rc, out, progress, cancelled: api.plan_report(
                rc, period, out, progress=progress, cancelled=cancelled))
