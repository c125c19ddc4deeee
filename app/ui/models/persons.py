"""Persons table over 100,000 rows: ordered keys up front, rows fetched page by page."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.core.services.listing import PersonFilter, PersonListing, PersonRow
from app.ui import labels
from app.ui.context import UiContext

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("name", "doc", "birth", "sex", "parish", "community")


class PersonTableModel(QAbstractTableModel):
    """Rows appear as the view scrolls (canFetchMore/fetchMore); sorting reloads keys."""

    reloaded = Signal(int)

    def __init__(self, ctx: UiContext, listing: PersonListing) -> None:
        super().__init__()
        self.ctx, self.listing = ctx, listing
        self.filter = PersonFilter()
        self.sort_key, self.descending = "added", False
        self._keys: list[int] = []
        # How a new sort order is loaded; the page swaps in a worker-thread loader.
        self.loader: Callable[[], None] = self.reload
        self._rows: list[PersonRow] = []
        self._resetting = False
        self._headers = [self.tr("Name"), self.tr("Document"), self.tr("Birth date"),
                         self.tr("Sex"), self.tr("Parish"), self.tr("Community")]

    # Loading -------------------------------------------------------------------
    def load_keys(self) -> list[int]:
        """The slow half (a query over every row): safe to call from a worker thread."""
        return self.listing.keys(self.filter, self.sort_key, self.descending)

    def set_keys(self, keys: list[int]) -> None:
        # The first page is read inside the reset, so views (and the model tester) never
        # need to fetch while the reset is still in flight.
        first = self.listing.rows(keys[:PAGE])
        self._resetting = True
        self.beginResetModel()
        self._keys, self._rows = keys, first
        self.endResetModel()
        self._resetting = False
        self.reloaded.emit(len(keys))

    def reload(self) -> None:
        self.set_keys(self.load_keys())

    @property
    def total(self) -> int:
        return len(self._keys)

    def person_at(self, row: int) -> PersonRow:
        return self._rows[row]

    # Qt model ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not (parent.isValid() or self._resetting) and len(self._rows) < len(self._keys)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._resetting:
            return
        start = len(self._rows)
        keys = self._keys[start:start + PAGE]
        if not keys:
            return
        rows = self.listing.rows(keys)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = COLUMNS[index.column()]
            if column == "name":
                return row.full_name
            if column == "doc":
                return row.doc_number
            if column == "birth":
                return labels.day(row.birth_date)
            if column == "sex":
                return self.ctx.label("sexes", row.sex)
            if column == "parish":
                return self.ctx.parish_name(row.parish)
            return row.community
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_key = COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.loader()
