"""Familias y personas: every person, filtered by parish, community and priority group."""

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.services.listing import PersonFilter
from app.ui import workers
from app.ui.context import UiContext
from app.ui.models.persons import COLUMNS, PersonTableModel
from app.ui.session import Session
from app.ui.widgets import (
    catalog_items,
    column_widths,
    combo,
    heading,
    labelled_filters,
    parish_items,
)


class PersonsPage(QWidget):
    open_person = Signal(str)
    open_household = Signal(str)
    new_household = Signal()
    loaded = Signal(int)
    busy = Signal(bool)  # loading in a worker thread: the status bar shows it

    def __init__(self, ctx: UiContext, session: Session) -> None:
        super().__init__()
        self.ctx, self.session = ctx, session
        self.task: workers.Task | None = None
        self.generation = 0
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Families and persons")))
        top.addStretch()
        self.new_button = QPushButton(self.tr("&New family"))
        self.new_button.clicked.connect(self.new_household)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.parish = combo(parish_items(ctx.catalogs.territory), self.tr("All parishes"),
                            self.tr("Parish"))
        self.community = QComboBox()
        self.community.setAccessibleName(self.tr("Community"))
        self.community.addItem(self.tr("All communities"), "")
        self.group = combo(catalog_items(ctx.catalogs.priority_groups, ctx.language),
                           self.tr("All priority groups"), self.tr("Priority group"))
        layout.addLayout(labelled_filters([(self.tr("&Parish"), self.parish),
                                           (self.tr("C&ommunity"), self.community),
                                           (self.tr("Priority g&roup"), self.group)]))
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of persons"))
        layout.addWidget(self.count)
        self.model = PersonTableModel(ctx, session.persons)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Persons"))
        self.model.sort_key = "name"
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.model.sort)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        column_widths(self.table, {1: 14, 2: 12, 3: 10, 4: 24, 5: 24})
        state = ctx.settings.value("ui/persons_header")
        if state is not None:  # widths and sort order as the user left them
            header.blockSignals(True)
            header.restoreState(state)
            header.blockSignals(False)
            column = header.sortIndicatorSection()
            if 0 <= column < len(COLUMNS):
                self.model.sort_key = COLUMNS[column]
                self.model.descending = \
                    header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.parish.currentIndexChanged.connect(self._parish_changed)
        self.community.currentIndexChanged.connect(self.reload)
        self.group.currentIndexChanged.connect(self.reload)
        self.model.reloaded.connect(self._show_count)
        self.model.loader = self.reload

    def save_layout(self) -> None:
        self.ctx.settings.setValue("ui/persons_header",
                                   self.table.horizontalHeader().saveState())

    def _parish_changed(self) -> None:
        parish = self.ctx.catalogs.territory.parishes.get(self.parish.currentData() or "")
        self.community.blockSignals(True)
        self.community.clear()
        self.community.addItem(self.tr("All communities"), "")
        for name in (parish.communities if parish else ()):
            self.community.addItem(name, name)
        self.community.blockSignals(False)
        self.reload()

    def current_filter(self) -> PersonFilter:
        return PersonFilter(self.parish.currentData() or "", self.community.currentData() or "",
                            self.group.currentData() or "")

    def reload(self) -> None:
        """Load the filtered list's keys in a worker; the table fills when they arrive."""
        self.model.filter = self.current_filter()
        self.count.setText(self.tr("Loading…"))
        self.busy.emit(True)
        self.generation += 1
        generation = self.generation
        self.task = self.ctx.runner.start(lambda report: self.model.load_keys(),
                                         lambda keys: self._keys_ready(generation, keys),
                                         self._failed)

    def _keys_ready(self, generation: int, keys: list[int]) -> None:
        if generation != self.generation:
            return  # a newer filter or sort order was asked for meanwhile
        self.task = None
        self.busy.emit(False)
        self.model.set_keys(keys)

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self.busy.emit(False)
        self.count.setText(self.tr("The list could not be loaded: {0}").format(exc))

    def _show_count(self, total: int) -> None:
        self.count.setText(self.tr("Persons: {0}").format(f"{total:,}".replace(",", ".")))
        self.loaded.emit(total)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_person.emit(self.model.person_at(index.row()).id)
