"""The canton overview's tables: a row per parish (and the whole canton), a column per
figure, each count a link to the list behind it (`figure_at`); and each promoter's last
sync."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.core.services.overview import ParishFigures
from app.ui.models.rows import RowsTableModel
from app.ui.shell.context import UiContext

Index = QModelIndex | QPersistentModelIndex
ALERT = QColor("#b3261e")
# Figures that ask for action: shown in red when not zero.
ALERTS = ("waiting_referrals", "overdue_visits", "overdue_follow_ups")


class OverviewModel(QAbstractTableModel):
    """Columns: parish, then each risk level (highest first), open cases, then ALERTS."""

    def __init__(self, ctx: UiContext, headers: dict[str, str], total: str) -> None:
        super().__init__()
        self.ctx, self.total = ctx, total
        risks = sorted(ctx.catalogs.risk_levels.items.values(),
                       key=lambda item: -int(item.extra.get("rank", 0)))
        self.risks = [item.code for item in risks]
        # (figure, risk, header) per column after the parish's
        self.figures: list[tuple[str, str, str]] = [
            *[("open_cases", code, item.label(ctx.language)) for code, item in
              zip(self.risks, risks, strict=True)],
            ("open_cases", "", headers["open_cases"]),
            *[(figure, "", headers[figure]) for figure in ALERTS]]
        self.parish_header = headers["parish"]
        self.rows: list[tuple[str | None, ParishFigures]] = []

    def set_figures(self, figures: dict[str, ParishFigures]) -> None:
        self.beginResetModel()
        whole = ParishFigures("")
        for entry in figures.values():
            for risk, n in entry.open_by_risk.items():
                whole.open_by_risk[risk] = whole.open_by_risk.get(risk, 0) + n
            for figure in ALERTS:
                setattr(whole, figure, getattr(whole, figure) + getattr(entry, figure))
        parishes = sorted(figures.values(), key=lambda f: self.ctx.parish_name(f.parish))
        self.rows = [(p.parish, p) for p in parishes] + [(None, whole)]
        self.endResetModel()

    def value(self, row: int, column: int) -> int:
        figure, risk, _ = self.figures[column - 1]
        entry = self.rows[row][1]
        if figure == "open_cases":
            return entry.open_by_risk.get(risk, 0) if risk else entry.open_cases
        return int(getattr(entry, figure))

    def figure_at(self, index: Index) -> tuple[str, str | None, str] | None:
        """(figure, parish code or None for the whole canton, risk) behind a count."""
        if not index.isValid() or index.column() == 0 or index.row() >= len(self.rows):
            return None
        if not self.value(index.row(), index.column()):
            return None
        figure, risk, _ = self.figures[index.column() - 1]
        return figure, self.rows[index.row()][0], risk

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.figures)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        parish, _ = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return self.ctx.parish_name(parish) if parish is not None else self.total
            return str(self.value(index.row(), column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column > 0:
            figure = self.figures[column - 1][0]
            if figure in ALERTS and self.value(index.row(), column):
                return ALERT
        if role == Qt.ItemDataRole.FontRole and parish is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and self.figure_at(index) is not None:
            return self.figures[column - 1][2]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == 0:
                return self.parish_header
            if 0 < section <= len(self.figures):
                return self.figures[section - 1][2]
            return None
        return section + 1


class SyncTableModel(RowsTableModel):
    """Promoters and their last sync; a stale one in red and bold."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < len(self.items) and \
                self.items[index.row()].stale:
            if role == Qt.ItemDataRole.ForegroundRole:
                return ALERT
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)
