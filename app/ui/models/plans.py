"""Planned against done, one row per plan action: its line, its text, a 12-month strip,
events and participants against their targets, and what is late."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase

from app.core.services.plans import ActionProgress
from app.ui.models.rows import Index, RowsTableModel

# The month strip marks each month by a sign, not by colour only (the page's legend).
DONE, LATE, PLANNED, NOT_PLANNED = "✔", "✘", "○", "·"
STRIP = 2  # the month strip's column: one sign per month, in a fixed-width font


def strip_font() -> QFont:
    """Each sign under its month, evenly: the strip reads as a calendar row."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
    return font


def strip(p: ActionProgress, today: date) -> str:
    """Twelve signs, January to December: done, late, planned, not planned."""
    late = set(p.late_months(today))
    signs = []
    for month in range(1, 13):
        if month in p.events:
            signs.append(DONE)
        elif month in late:
            signs.append(LATE)
        elif month in p.action.months:
            signs.append(PLANNED)
        else:
            signs.append(NOT_PLANNED)
    return "".join(signs)


def against(done: int, target: int | None) -> str:
    return f"{done} / {target}" if target else str(done)


class PlanProgressModel(RowsTableModel):
    def __init__(self, today: Callable[[], date]) -> None:
        self.today = today
        super().__init__([
            (self.tr("Line"), lambda p: p.action.line),
            (self.tr("Action"), lambda p: p.action.proposed_action),
            (self.tr("Months (Jan–Dec)"), lambda p: strip(p, self.today())),
            (self.tr("Events"), lambda p: against(sum(p.events.values()),
                                                  p.action.target_events),
             lambda p: sum(p.events.values())),
            (self.tr("Participants"),
             lambda p: against(sum(p.participants.values()),
                               sum(p.action.target_participants.values())),
             lambda p: sum(p.participants.values())),
            (self.tr("Late"), self.late_text),
        ], lambda p: p.action.id)
        self.header_tips = {2: self.tr("✔ done, ✘ late, ○ planned, · not planned")}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == STRIP and index.row() < len(self.items):
            if role == Qt.ItemDataRole.FontRole:
                return strip_font()
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.months_text(self.items[index.row()])
        return super().data(index, role)

    def months_text(self, p: ActionProgress) -> str:
        """The strip in words: which months are done, late and still planned."""
        names, late = self.month_names(), set(p.late_months(self.today()))
        parts = [(DONE, self.tr("done"), p.done_months),
                 (LATE, self.tr("late"), sorted(late)),
                 (PLANNED, self.tr("planned"), [m for m in p.pending_months
                                                if m not in late])]
        return "\n".join(f"{sign} {word}: {', '.join(names[m - 1] for m in months)}"
                         for sign, word, months in parts if months)

    def month_names(self) -> list[str]:
        return [self.tr("January"), self.tr("February"), self.tr("March"), self.tr("April"),
                self.tr("May"), self.tr("June"), self.tr("July"), self.tr("August"),
                self.tr("September"), self.tr("October"), self.tr("November"),
                self.tr("December")]

    def late_text(self, p: ActionProgress) -> str:
        late = p.late_months(self.today())
        if not late:
            return ""
        names = self.month_names()
        return self.tr("Planned for %1, no activity recorded").replace(
            "%1", ", ".join(names[m - 1] for m in late))

    def progress_at(self, row: int) -> ActionProgress:
        item: ActionProgress = self.item_at(row)
        return item
