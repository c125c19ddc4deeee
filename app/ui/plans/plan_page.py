"""Planes de trabajo: one year's plan (the canton's POA or a parish's PTA), per line and
action the months planned against done, events and participants against targets, and
what is late; actions added and edited by whoever may write the plan, and the matrix
imported from and exported to the spreadsheet the Consejo keeps."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError
from app.core.records.plans import CANTON
from app.core.rules.plans import FIRST_YEAR, LAST_YEAR
from app.core.services.plans import ActionProgress
from app.ui.cases.cases_page import table_view
from app.ui.forms import FormDialog, OpenForm
from app.ui.models.plans import (
    DONE,
    LATE,
    NOT_PLANNED,
    PLANNED,
    STRIP,
    PlanProgressModel,
    strip_font,
)
from app.ui.plans.owners import may_write, owner_name, owners
from app.ui.plans.plan_action_dialog import PlanActionDialog
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import buddy, column_widths, heading, wrapped

# Asks for a file (QFileDialog's static functions): parent, title, folder, filter → path.
AskFile = Callable[[QWidget, str, str, str], tuple[str, str]]


class PlanPage(QWidget):
    file_done = Signal()  # an import or export ended (the message says how)
    # Modal file choosers, replaceable where no one can click (tests).
    ask_open: AskFile = staticmethod(QFileDialog.getOpenFileName)
    ask_save: AskFile = staticmethod(QFileDialog.getSaveFileName)

    def __init__(self, ctx: UiContext, session: Session, open_form: OpenForm) -> None:
        super().__init__()
        self.ctx, self.session, self.open_form = ctx, session, open_form
        self.plans = session.ws.plans
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Work plans")))
        top.addStretch()
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(ctx.today().year)
        self.owner = QComboBox()
        for parish in owners(ctx, session):
            self.owner.addItem(owner_name(ctx, parish), parish)
        start = session.ws.user.parish if session.ws.user.role == "promotor" else CANTON
        self.owner.setCurrentIndex(max(0, self.owner.findData(start)))
        top.addWidget(buddy(self.tr("Ye&ar"), self.year))
        top.addWidget(self.year)
        top.addWidget(buddy(self.tr("P&lan"), self.owner))
        top.addWidget(self.owner)
        layout.addLayout(top)
        self.about = wrapped("")
        layout.addWidget(self.about)
        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New action"))
        self.edit_button = QPushButton(self.tr("&Edit action"))
        self.import_button = QPushButton(self.tr("I&mport matrix…"))
        self.export_button = QPushButton(self.tr("E&xport matrix…"))
        for button, slot in ((self.new_button, self.new_action),
                             (self.edit_button, self.edit_action),
                             (self.import_button, self.import_matrix),
                             (self.export_button, self.export_matrix)):
            button.clicked.connect(lambda _=False, slot=slot: slot())
            actions.addWidget(button)
        actions.addStretch()
        layout.addLayout(actions)
        self.model = PlanProgressModel(ctx.today)
        self.table = table_view(self.tr("Plan actions"))
        self.table.setSortingEnabled(False)  # the plan's own order, line by line
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column in (1, 5):  # the action and what is late share the room left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        column_widths(self.table, {0: 28, 3: 8, 4: 10})
        signs = QFontMetrics(strip_font()).horizontalAdvance(DONE * 12) + 16
        self.table.setColumnWidth(STRIP, max(signs, header.sectionSizeFromContents(
            STRIP).width()))
        self.table.activated.connect(lambda _: self.edit_action())
        self.table.doubleClicked.connect(lambda _: self.edit_action())
        self.table.selectionModel().currentRowChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        # Signs, not colour only: the legend says what each one means.
        layout.addWidget(wrapped(self.tr(
            "Months: {0} done · {1} late (the month is over, no activity recorded) · "
            "{2} planned · {3} not planned").format(DONE, LATE, PLANNED, NOT_PLANNED)))
        self.message = wrapped("")
        self.message.hide()
        layout.addWidget(self.message)
        self.refused = QListWidget()
        self.refused.setAccessibleName(self.tr("Rows not imported"))
        self.refused.setMaximumHeight(6 * self.refused.fontMetrics().lineSpacing())
        self.refused_title = buddy(self.tr("<b>Rows not &imported</b>"), self.refused)
        layout.addWidget(self.refused_title)
        layout.addWidget(self.refused)
        self._show_refused([])
        self.year.valueChanged.connect(lambda _: self.refresh())
        self.owner.currentIndexChanged.connect(lambda _: self.refresh())

    # Reading ------------------------------------------------------------------
    @property
    def parish(self) -> str:
        return str(self.owner.currentData() or CANTON)

    def choose_plan(self, year: int, parish: str) -> None:
        """Set the page on one year's plan of one owner (from Inicio's list); shown by
        the next refresh."""
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)
        index = self.owner.findData(parish)
        if index >= 0 and index != self.owner.currentIndex():
            self.owner.blockSignals(True)
            self.owner.setCurrentIndex(index)
            self.owner.blockSignals(False)

    def refresh(self) -> None:
        year, parish = self.year.value(), self.parish
        rows = self.plans.progress(year, parish)
        self.model.set_items(rows)
        plan = self.plans.find(year, parish)
        writer = may_write(self.session, parish)
        if plan is None:
            text = self.tr("There is no plan for {0} yet.").format(year)
            if writer:
                text += " " + self.tr("Add its actions or import its matrix.")
        else:
            text = " · ".join(t for t in (plan.title, plan.strategic_objective) if t)
        if not writer:
            text += (" " if text else "") + (
                self.tr("Read-only: the POA is written by the Consejo's técnico.")
                if parish == CANTON else
                self.tr("Read-only: this plan belongs to another parish."))
        self.about.setText(text)
        self.about.setVisible(bool(text))
        for button in (self.new_button, self.edit_button, self.import_button):
            button.setVisible(writer)
        self.export_button.setEnabled(bool(rows))
        self._selection(self.table.currentIndex())

    def _selection(self, current: QModelIndex, _: QModelIndex | None = None) -> None:
        self.edit_button.setEnabled(current.isValid())

    def selected(self) -> ActionProgress | None:
        index = self.table.currentIndex()
        return self.model.progress_at(index.row()) if index.isValid() else None

    # Writing ------------------------------------------------------------------
    def new_action(self) -> FormDialog | None:
        if not may_write(self.session, self.parish):
            return None
        plan = self.plans.find(self.year.value(), self.parish)
        context: dict[str, object] = {"plan_id": plan.id} if plan is not None else {
            "year": self.year.value(), "parish": self.parish}
        return self._open(context)

    def edit_action(self) -> FormDialog | None:
        chosen = self.selected()
        if chosen is None or not may_write(self.session, chosen.plan.parish):
            return None
        return self._open({"plan_id": chosen.plan.id, "action_id": chosen.action.id})

    def _open(self, context: dict[str, object]) -> FormDialog:
        dialog = self.open_form(PlanActionDialog, context)
        dialog.saved.connect(lambda _: self.refresh())
        return dialog

    def import_matrix(self, path: Path | None = None) -> None:
        """A matrix (XLSX, CSV, tab-separated) into this year's plan of this owner, read
        off the window's thread (a canton's matrix on an old laptop); each row that
        cannot be read is listed with its line and reason. `file_done` when over."""
        from app.core.plan_matrix.importer import import_matrix  # only when asked

        if path is None:
            chosen, _ = self.ask_open(self, self.tr("Import a plan matrix"), "", self.tr(
                "Spreadsheets (*.xlsx *.csv *.tsv *.txt);;All files (*)"))
            if not chosen:
                return
            path = Path(chosen)
        plans, year, parish, tr = self.plans, self.year.value(), self.parish, self.ctx.core_tr
        self._busy(self.tr("Importing {0}…").format(path.name))
        self.ctx.runner.start(lambda _report: import_matrix(plans, path, year, parish, tr),
                              self._imported, lambda exc: self._file_failed(exc, True))

    def _imported(self, report: Any) -> None:
        self.refresh()
        self._say(self.tr("Actions imported: {0}; rows not imported: {1}.").format(
            len(report.actions), len(report.refused)))
        self._show_refused([self.tr("Line {0}: {1}").format(r.line, r.reason)
                            for r in report.refused])
        self._idle()

    def export_matrix(self, path: Path | None = None) -> None:
        """The plan's matrix with the done columns filled in (XLSX or CSV), written off
        the window's thread. `file_done` when over."""
        from app.reports.plan_matrix import export_matrix  # only when asked

        rows = self.model.items
        if not rows:
            return
        if path is None:
            name = f"plan-{self.year.value()}-{'POA' if self.parish == CANTON else self.parish}"
            chosen, kind = self.ask_save(self, self.tr("Export the plan matrix"),
                                         name + ".xlsx", self.tr(
                "Excel workbook (*.xlsx);;CSV text (*.csv)"))
            if not chosen:
                return
            path = Path(chosen)
            if path.suffix.lower() not in (".xlsx", ".csv"):
                path = path.with_suffix(".csv" if "csv" in kind.lower() else ".xlsx")
        out, catalogs, tr = path, self.ctx.catalogs, self.ctx.core_tr
        self._busy(self.tr("Writing {0}…").format(out.name))
        self.ctx.runner.start(lambda _report: export_matrix(rows, out, catalogs, tr),
                              lambda _: self._exported(out),
                              lambda exc: self._file_failed(exc, False))

    def _exported(self, path: Path) -> None:
        self._say(self.tr("Saved in {0}").format(path))
        self._idle()

    def _file_failed(self, exc: Exception, reading: bool) -> None:
        if isinstance(exc, UserError):
            self._say(exc.render(self.ctx.core_tr))
        elif isinstance(exc, OSError):  # gone, unreadable, on a removed USB stick
            self._say((self.tr("The file could not be read: {0}") if reading else
                       self.tr("The file could not be written: {0}")).format(
                           exc.strerror or exc))
        else:
            raise exc  # a bug: the crash handler reports it
        self._idle()

    def _busy(self, text: str) -> None:
        self._say(text)
        self.import_button.setEnabled(False)
        self.export_button.setEnabled(False)

    def _idle(self) -> None:
        self.import_button.setEnabled(True)
        self.export_button.setEnabled(bool(self.model.items))
        self.file_done.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _show_refused(self, lines: list[str]) -> None:
        self.refused.clear()
        self.refused.addItems(lines)
        self.refused.setVisible(bool(lines))
        self.refused_title.setVisible(bool(lines))
