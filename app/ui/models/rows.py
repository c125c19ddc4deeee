"""A read-only table over a short Python list, columns given as (header, value function)."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
# (header, text) or (header, text, sort key): a date shown dd/mm/aaaa sorts by the date.
Column = tuple[str, Callable[[Any], str]] | tuple[str, Callable[[Any], str], Callable[[Any], Any]]


class RowsTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], id_of: Callable[[Any], str]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.id_of = id_of
        self.items: list[Any] = []
        self.header_tips: dict[int, str] = {}  # column → what its short header means

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def replace_item(self, row: int, item: Any) -> None:
        """One row changed (e.g. an answer read): the view keeps its selection."""
        self.items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def item_at(self, row: int) -> Any:
        return self.items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):  # the tooltip: all of a clipped text
            return self.columns[index.column()][1](item)
        if role == Qt.ItemDataRole.UserRole:
            return self.id_of(item)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.header_tips.get(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section][0]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        spec = self.columns[column]
        text = spec[1]
        key = spec[2] if len(spec) > 2 else (lambda item: text(item).casefold())
        self.set_items(sorted(self.items, key=key,
                              reverse=order == Qt.SortOrder.DescendingOrder))
