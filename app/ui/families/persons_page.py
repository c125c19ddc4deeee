"""Familias y personas: every person, or every family (head, community, members), filtered
by parish, community and priority group and searched by name, document or place."""

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.services.households_listing import HouseholdListing
from app.core.services.listing import PersonFilter
from app.ui.models.households import HouseholdTableModel
from app.ui.models.paged import PagedTableModel
from app.ui.models.persons import PersonTableModel
from app.ui.shell import workers
from app.ui.shell.context import UiContext
from app.ui.shell.offers import tag
from app.ui.shell.search_box import MIN_CHARS
from app.ui.shell.session import Session
from app.ui.widgets import (
    buddy,
    catalog_items,
    column_widths,
    combo,
    heading,
    labelled_filters,
    parish_items,
)

PERSONS, HOUSEHOLDS = 0, 1
SEARCH_DELAY_MS = 300


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
        self.new_button = tag(QPushButton(self.tr("&New family")), "family.create")
        self.new_button.clicked.connect(self.new_household)
        if session.may("family.create"):
            top.addWidget(self.new_button)
        else:
            self.new_button.hide()
        layout.addLayout(top)
        row = QHBoxLayout()
        self.view = QTabBar()
        self.view.addTab(self.tr("Persons"))
        self.view.addTab(self.tr("Families"))
        self.view.setAccessibleName(self.tr("Show"))
        row.addWidget(self.view)
        row.addSpacing(12)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, document or community"))
        self.search.setAccessibleName(self.tr("Search the list"))
        self.search.setClearButtonEnabled(True)
        row.addWidget(buddy(self.tr("Se&arch"), self.search))
        row.addWidget(self.search, 1)
        layout.addLayout(row)
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
        self.model.sort_key = "name"
        self.table = self._table(self.model, self.tr("Persons"), "ui/persons_header",
                                 (14, 12, 10, 24, 24))
        self.households = HouseholdTableModel(ctx, HouseholdListing(session.ws.db))
        self.households.sort_key = "head"
        self.household_table = self._table(self.households, self.tr("Families"),
                                           "ui/households_header", (26, 30, 12))
        self.tables = QStackedWidget()
        self.tables.addWidget(self.table)
        self.tables.addWidget(self.household_table)
        layout.addWidget(self.tables, 1)
        self.loaded_with: dict[int, PersonFilter | None] = {PERSONS: None, HOUSEHOLDS: None}
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.parish.currentIndexChanged.connect(self._parish_changed)
        self.community.currentIndexChanged.connect(self.reload)
        self.group.currentIndexChanged.connect(self.reload)
        shown = str(ctx.settings.value("ui/people_view", PERSONS))
        self.view.setCurrentIndex(HOUSEHOLDS if shown == str(HOUSEHOLDS) else PERSONS)
        self.tables.setCurrentIndex(self.view.currentIndex())
        self.view.currentChanged.connect(self._switch)

    def _table(self, model: PagedTableModel, name: str, state_key: str,
               widths: tuple[int, ...]) -> QTableView:
        table = QTableView()
        table.setAccessibleName(name)
        table.setModel(model)
        header = table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(model.sort)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # In characters, so that they grow with larger text.
        column_widths(table, dict(enumerate(widths, 1)))
        state = self.ctx.settings.value(state_key)
        if state is not None:  # widths and sort order as the user left them
            header.blockSignals(True)
            header.restoreState(state)
            header.blockSignals(False)
            column = header.sortIndicatorSection()
            if 0 <= column < len(model.COLUMNS):
                model.sort_key = model.COLUMNS[column]
                model.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        table.activated.connect(self._activated)
        table.doubleClicked.connect(self._activated)
        model.reloaded.connect(lambda total, m=model: self._show_count(m, total))
        model.loader = self.reload
        return table

    def save_layout(self) -> None:
        settings = self.ctx.settings
        settings.setValue("ui/persons_header", self.table.horizontalHeader().saveState())
        settings.setValue("ui/households_header",
                          self.household_table.horizontalHeader().saveState())
        settings.setValue("ui/people_view", self.view.currentIndex())

    def active_model(self) -> PagedTableModel:
        return self.households if self.view.currentIndex() == HOUSEHOLDS else self.model

    def _switch(self, index: int) -> None:
        self.tables.setCurrentIndex(index)
        if self.loaded_with[index] != self.current_filter():
            self.reload()
        else:
            self._show_count(self.active_model(), self.active_model().total)

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
        text = self.search.text().strip()
        match = self.session.ws.search.match_expression(text) \
            if len(text) >= MIN_CHARS else None
        return PersonFilter(self.parish.currentData() or "", self.community.currentData() or "",
                            self.group.currentData() or "", match or "")

    def reload(self) -> None:
        """Load the shown list's keys in a worker; the table fills when they arrive."""
        self.search_timer.stop()
        model, view = self.active_model(), self.view.currentIndex()
        model.filter = self.current_filter()
        self.count.setText(self.tr("Loading…"))
        self.busy.emit(True)
        self.generation += 1
        generation = self.generation
        self.task = self.ctx.runner.start(
            lambda report: model.load_keys(),
            lambda keys: self._keys_ready(generation, view, model, keys), self._failed)

    def _keys_ready(self, generation: int, view: int, model: PagedTableModel,
                    keys: list[int]) -> None:
        if generation != self.generation:
            return  # a newer filter, sort order or view was asked for meanwhile
        self.task = None
        self.busy.emit(False)
        self.loaded_with[view] = model.filter
        model.set_keys(keys)

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self.busy.emit(False)
        self.count.setText(self.tr("The list could not be loaded: {0}").format(exc))

    def _show_count(self, model: PagedTableModel, total: int) -> None:
        if model is not self.active_model():
            return
        number = f"{total:,}".replace(",", ".")
        families = model is self.households
        self.count.setText(self.tr("Families: {0}").format(number) if families
                           else self.tr("Persons: {0}").format(number))
        self.count.setAccessibleName(self.tr("Number of families") if families
                                     else self.tr("Number of persons"))
        self.loaded.emit(total)

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if self.view.currentIndex() == HOUSEHOLDS:
            self.open_household.emit(self.households.household_at(index.row()).id)
        else:
            self.open_person.emit(self.model.person_at(index.row()).id)
