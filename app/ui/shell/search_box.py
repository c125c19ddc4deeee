"""Ctrl+K: type-ahead over persons (names, documents, places) and case codes.

Results update on every keystroke (FTS5 prefix queries answer in a few milliseconds at
100,000 persons); the list floats under the box inside the window.
"""

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from app.core.search import SearchService
from app.core.services.affected import CasePeople
from app.ui import labels
from app.ui.shell.context import UiContext

# Two letters match a large part of 100,000 names: ranking them takes long and helps no
# one. From three, results come in a few milliseconds.
MIN_CHARS = 3
PERSON_LIMIT = 12
CASE_LIMIT = 5


class SearchBox(QLineEdit):
    person_chosen = Signal(str)
    case_chosen = Signal(str)
    results_shown = Signal(int)

    def __init__(self, ctx: UiContext, search: SearchService, people: CasePeople,
                 host: QWidget) -> None:
        super().__init__()
        self.ctx, self.search, self.people = ctx, search, people
        self.setPlaceholderText(self.tr("Search persons or cases (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search persons or cases"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(420)
        self.popup = QListWidget(host)
        self.popup.setAccessibleName(self.tr("Search results"))
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.hide()
        self.popup.itemClicked.connect(self._choose)
        self.textEdited.connect(self.update_results)
        self.returnPressed.connect(self._choose_current)
        self.installEventFilter(self)

    def update_results(self, text: str) -> None:
        self.popup.clear()
        if len(text.strip()) < MIN_CHARS:
            self.popup.hide()
            self.results_shown.emit(0)
            return
        cases = self.search.cases(text, CASE_LIMIT)
        affected = self.people.of(hit.id for hit in cases)
        for hit in cases:
            self._add(self.tr("Case {0} · {1} · {2}").format(
                labels.case_title(hit.code, affected.get(hit.id, ())),
                self.ctx.parish_name(hit.parish), labels.case_status(hit.status)),
                ("case", hit.id))
        for p in self.search.persons(text, PERSON_LIMIT):
            place = ", ".join(x for x in (p.community, self.ctx.parish_name(p.parish)) if x)
            born = labels.birth_or_age(p.birth_date, p.estimated_age, p.estimated_on,
                                       self.ctx.today())
            extra = " · ".join(x for x in (p.doc_number, born, place) if x)
            self._add(f"{p.full_name} · {extra}", ("person", p.id))
        if self.popup.count() == 0:
            item = QListWidgetItem(self.tr("No matches. Check the spelling, or register "
                                           "the person."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.popup.addItem(item)
        else:
            self.popup.setCurrentRow(0)
        self._place()
        self.results_shown.emit(self.popup.count())

    def _add(self, text: str, target: tuple[str, str]) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, target)
        self.popup.addItem(item)

    def _place(self) -> None:
        host = self.popup.parentWidget()
        assert host is not None  # the popup was built as a child of its host
        corner = self.mapTo(host, QPoint(0, self.height()))
        rows = min(self.popup.count(), 12)
        height = rows * (self.popup.sizeHintForRow(0) + 2) + 8
        self.popup.setGeometry(corner.x(), corner.y(), max(self.width(), 560), height)
        self.popup.show()
        self.popup.raise_()

    def _choose_current(self) -> None:
        item = self.popup.currentItem()
        if self.popup.isVisible() and item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if not target:
            return
        self.popup.hide()
        self.clear()
        kind, record_id = target
        (self.case_chosen if kind == "case" else self.person_chosen).emit(record_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.popup.isVisible():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.popup.count() - 1, self.popup.currentRow() + step))
                self.popup.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Escape:
                self.popup.hide()
                return True
        if event.type() == QEvent.Type.FocusOut:
            self.popup.hide()
        return False
