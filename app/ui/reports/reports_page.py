"""Reportes: the monthly and canton reports, the plan compliance report and the exports,
for a period and a parish."""

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError
from app.core.i18n import N_
from app.reports import api
from app.reports.context import CancelFn
from app.ui.reports.documents import Documents
from app.ui.reports.plan_report_box import PlanReportBox
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import buddy, combo, heading, parish_items, select_code, wrapped

if TYPE_CHECKING:
    from app.core.workspace import Workspace

FIELD_WIDTH = 260


def line(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side at their natural width, the rest of the row left empty."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch()
    return row


def pseudonymised_export(ws: "Workspace", out: Path, cancelled: CancelFn) -> int:
    """The export has no steps to stop at: it is written beside `out` and kept only if the
    user did not cancel meanwhile, so a cancelled export leaves nothing behind."""
    partial = out.with_name(out.name + ".partial")
    try:
        rows = api.pseudonymised_export(ws, partial)
        if cancelled():
            raise api.Cancelled()
        partial.replace(out)
    except UserError as exc:
        if isinstance(exc, api.Cancelled) or "path" not in exc.params:
            raise
        raise UserError(N_("Cannot use the file {path}: {reason}"), path=out,
                        reason=exc.params.get("reason", "")) from None
    except OSError as exc:
        raise UserError(N_("Cannot use the file {path}: {reason}"), path=out,
                        reason=exc.strerror or exc) from None
    finally:
        partial.unlink(missing_ok=True)
    return rows


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date, name: str, display: str = "dd/MM/yyyy") -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setDisplayFormat(display)
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    edit.setMinimumWidth(140)
    return edit


class ReportsPage(QWidget):
    def __init__(self, ctx: UiContext, session: Session, documents: Documents) -> None:
        super().__init__()
        self.ctx, self.session, self.documents = ctx, session, documents
        today = ctx.today()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reports")))
        layout.addWidget(wrapped(self.tr(
            "Documents for the Consejo and the central office. Choose the "
            "period and the parish, then the report; you choose where it "
            "is saved.")))

        where = QGroupBox(self.tr("Filter"))
        where_form = QFormLayout(where)
        self.parish = combo(parish_items(ctx.catalogs.territory), self.tr("All parishes"),
                            self.tr("Parish"))
        self.parish.setMinimumWidth(FIELD_WIDTH)
        where_form.addRow(buddy(self.tr("&Parish"), self.parish), line(self.parish))
        layout.addWidget(where)

        monthly = QGroupBox(self.tr("Monthly report"))
        monthly_form = QFormLayout(monthly)
        self.month = date_edit(today.replace(day=1), self.tr("Month"), "MM/yyyy")
        self.monthly_button = self._button(self.tr("Monthly &report (PDF)"),
                                           self.monthly_report)
        self.mine = QCheckBox(self.tr("Only my &work ({0})").format(
            session.ws.user.username))
        monthly_form.addRow(buddy(self.tr("&Month"), self.month),
                            line(self.month, self.mine, self.monthly_button))
        layout.addWidget(monthly)

        period = QGroupBox(self.tr("Period: canton report and figures"))
        period_form = QFormLayout(period)
        self.start = date_edit(today.replace(month=1, day=1), self.tr("From"))
        self.end = date_edit(today, self.tr("To"))
        period_form.addRow(buddy(self.tr("Fr&om"), self.start), line(self.start))
        period_form.addRow(buddy(self.tr("&To"), self.end), line(self.end))
        row = QHBoxLayout()
        self.canton_button = self._button(self.tr("&Canton report (PDF)"), self.canton_report)
        self.format = QComboBox()
        self.format.addItems(["CSV", "XLSX"])
        self.format.setItemData(0, "csv")
        self.format.setItemData(1, "xlsx")
        self.format.setAccessibleName(self.tr("Format of the figures"))
        self.stats_button = self._button(self.tr("E&xport figures"), self.stats_export)
        row.addWidget(self.canton_button)
        row.addSpacing(24)
        row.addWidget(self.format)
        row.addWidget(self.stats_button)
        row.addStretch()
        period_form.addRow("", row)
        layout.addWidget(period)

        self.message = QLabel()
        self.plan = PlanReportBox(documents, today, self.parish_code, self.message)
        layout.addWidget(self.plan)

        analysis = QGroupBox(self.tr("For analysis"))
        analysis_box = QVBoxLayout(analysis)
        note = QLabel(self.tr("Every case without names, document numbers, phones or "
                              "addresses; each person keeps the same pseudonymous id. The "
                              "whole store, whatever the period and parish."))
        note.setWordWrap(True)
        analysis_box.addWidget(note)
        self.pseudonymised_button = self._button(self.tr("Ps&eudonymised export (CSV)"),
                                                 self.pseudonymised_export)
        analysis_box.addLayout(line(self.pseudonymised_button))
        layout.addWidget(analysis)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Result"))
        layout.addWidget(self.message)
        layout.addStretch()
        select_code(self.parish, "")
        documents.written.connect(
            lambda path: self.message.setText(self.tr("Saved: {0}").format(path)))
        documents.failed.connect(self.message.setText)
        documents.cancelled.connect(lambda: self.message.setText(self.tr("Cancelled.")))

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: slot())  # type: ignore[operator]
        return button

    # Filters ------------------------------------------------------------------
    def parish_code(self) -> str | None:
        return self.parish.currentData() or None

    def month_text(self) -> str:
        value = self.month.date()
        return f"{value.year():04d}-{value.month():02d}"

    def period(self) -> tuple[date, date]:
        return to_date(self.start.date()), to_date(self.end.date())

    def _bad_period(self) -> bool:
        start, end = self.period()
        if start > end:
            self.message.setText(self.tr("The period starts after it ends: correct the "
                                         "dates “From” and “To”."))
            return True
        return False

    def _detail(self, *parts: str) -> str:
        return "-".join(p for p in parts if p)

    # Reports ------------------------------------------------------------------
    def monthly_report(self) -> bool:
        month, parish = self.month_text(), self.parish_code()
        promoter = self.session.ws.user.username if self.mine.isChecked() else None
        self.message.clear()
        return self.documents.generate(
            self, self.tr("Monthly report"),
            self.documents.propose("monthly", self._detail(month, parish or "",
                                                           promoter or "")),
            self.tr("PDF documents (*.pdf)"),
            lambda rc, out, progress, cancelled: api.monthly_report(
                rc, month, out, parish=parish, promoter=promoter, progress=progress,
                cancelled=cancelled))

    def canton_report(self) -> bool:
        if self._bad_period():
            return False
        (start, end), parish = self.period(), self.parish_code()
        self.message.clear()
        return self.documents.generate(
            self, self.tr("Canton report"),
            self.documents.propose("canton", self._detail(start.isoformat(), end.isoformat(),
                                                          parish or "")),
            self.tr("PDF documents (*.pdf)"),
            lambda rc, out, progress, cancelled: api.canton_report(
                rc, start, end, out, parish=parish, progress=progress, cancelled=cancelled))

    def stats_export(self) -> bool:
        if self._bad_period():
            return False
        (start, end), parish = self.period(), self.parish_code()
        fmt = self.format.currentData()
        filters = (self.tr("CSV files (*.csv)") if fmt == "csv"
                   else self.tr("Excel workbooks (*.xlsx)"))
        self.message.clear()
        return self.documents.generate(
            self, self.tr("Export figures"),
            self.documents.propose("stats", self._detail(start.isoformat(), end.isoformat(),
                                                         parish or ""), f".{fmt}"),
            filters,
            lambda rc, out, progress, cancelled: api.stats_export(
                rc, out, fmt, start=start, end=end, parish=parish, progress=progress,
                cancelled=cancelled))

    def pseudonymised_export(self) -> bool:
        ws = self.session.ws
        self.message.clear()
        return self.documents.generate(
            self, self.tr("Pseudonymised export"),
            self.documents.propose("pseudonymised", "", ".csv"),
            self.tr("CSV files (*.csv)"),
            lambda rc, out, progress, cancelled: pseudonymised_export(ws, out, cancelled))
