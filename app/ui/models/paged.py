"""A table over a long list: ordered keys up front, rows fetched page by page as the
view scrolls (canFetchMore/fetchMore); sorting reloads the keys."""

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.core.services.listing import PersonFilter

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class Listing(Protocol):
    def keys(self, flt: PersonFilter, sort: str = "added",
             descending: bool = False) -> list[int]: ...

    def rows(self, keys: Sequence[int]) -> Sequence[Any]: ...


class PagedTableModel(QAbstractTableModel):
    """Subclasses give COLUMNS (sort keys), `_headers` and `text(row, column)`."""

    COLUMNS: tuple[str, ...] = ()
    NUMERIC: frozenset[str] = frozenset()  # columns of numbers, aligned right
    reloaded = Signal(int)

    def __init__(self, listing: Listing) -> None:
        super().__init__()
        self.listing = listing
        self._headers: list[str] = []
        self.filter = PersonFilter()
        self.sort_key, self.descending = "added", False
        self._keys: list[int] = []
        # How a new sort order is loaded; the page swaps in a worker-thread loader.
        self.loader: Callable[[], None] = self.reload
        self._rows: list[Any] = []
        self._resetting = False

    def text(self, row: Any, column: str) -> str:
        raise NotImplementedError

    # Loading -------------------------------------------------------------------
    def load_keys(self) -> list[int]:
        """The slow half (a query over every row): safe to call from a worker thread."""
        return self.listing.keys(self.filter, self.sort_key, self.descending)

    def set_keys(self, keys: list[int]) -> None:
        # The first page is read inside the reset, so views (and the model tester) never
        # need to fetch while the reset is still in flight.
        first = list(self.listing.rows(keys[:PAGE]))
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

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    # Qt model ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

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
            return self.text(row, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and \
                self.COLUMNS[index.column()] in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self.sort_key = self.COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.loader()
