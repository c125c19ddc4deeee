"""Finding a family by a member's name or document, by mouse or keyboard: arrows move
through the families found, Enter chooses."""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.core.search import SearchService
from app.ui import labels
from app.ui.shell.context import UiContext

LIMIT = 8
CHOOSE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FamilyFinder(QWidget):
    chosen = Signal(str)  # the id of the person found: their family is the one chosen

    def __init__(self, ctx: UiContext, search: SearchService) -> None:
        super().__init__()
        self.ctx, self.search = ctx, search
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type a member's name or document"))
        self.edit.setAccessibleName(self.tr("Find the family"))
        self.found = QListWidget()
        self.found.setAccessibleName(self.tr("Families found"))
        self.found.setMaximumHeight(120)
        layout.addWidget(self.edit)
        layout.addWidget(self.found)
        self.setFocusProxy(self.edit)  # a label's mnemonic lands in the box
        self.edit.textEdited.connect(self.look_up)
        self.edit.installEventFilter(self)
        self.found.itemActivated.connect(self._choose)
        self.found.itemClicked.connect(self._choose)

    def look_up(self, text: str) -> None:
        self.found.clear()
        for hit in self.search.persons(text, LIMIT):
            item = QListWidgetItem(" · ".join(x for x in (
                hit.full_name, hit.doc_number, labels.birth_or_age(
                    hit.birth_date, hit.estimated_age, hit.estimated_on, self.ctx.today()),
                hit.community,
                self.ctx.parish_name(hit.parish)) if x))
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.found.addItem(item)
        if self.found.count():
            self.found.setCurrentRow(0)

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and \
                isinstance(event, QKeyEvent) and self.found.count():
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                self.found.setCurrentRow(max(0, min(self.found.count() - 1,
                                                    self.found.currentRow() + step)))
                return True
            if key in CHOOSE_KEYS:  # not the dialog's default button
                self._choose(self.found.currentItem())
                return True
        return super().eventFilter(watched, event)
