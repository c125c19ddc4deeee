"""This month's plan actions still without an activity: on Inicio (a promoter's PTA) and
on the técnico's overview (the POA and every PTA). Choosing one opens its plan on the
plan page (the `open_plan` signal)."""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.core.services.plans import ActionProgress, PlanService
from app.ui.plans.owners import owner_name
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session


def due_this_month(plans: PlanService, today: date, parish: str | None) -> list[ActionProgress]:
    """Actions planned for today's month with no activity in it yet; of one owner's plan
    (`parish`; CANTON: the POA) or, with None, of every plan of the year (POA first)."""
    return [p for p in plans.progress(today.year, parish)
            if today.month in p.action.months and today.month not in p.events]


def due_text(ctx: UiContext, item: ActionProgress, with_owner: bool) -> str:
    text = " ".join(item.action.proposed_action.split())
    if item.action.line:
        text = f"{item.action.line} · {text}"
    return f"{owner_name(ctx, item.plan.parish)} · {text}" if with_owner else text


def due_entry(ctx: UiContext, item: ActionProgress, with_owner: bool) -> QListWidgetItem:
    entry = QListWidgetItem(due_text(ctx, item, with_owner))
    entry.setData(Qt.ItemDataRole.UserRole, item)
    entry.setToolTip(entry.text())
    return entry


class PlanDuePanel(QWidget):
    """The técnico's list: every plan of the canton."""

    open_plan = Signal(int, str)  # year, owner (parish; CANTON: the POA)
    loaded = Signal(int)  # the list arrived from its worker

    def __init__(self, ctx: UiContext, session: Session) -> None:
        super().__init__()
        self.ctx, self.session = ctx, session
        self.generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("This month's plan actions without an activity"))
        self.list.setAlternatingRowColors(True)
        self.list.setMaximumHeight(5 * self.list.fontMetrics().lineSpacing() + 8)
        self.title = QLabel()
        self.title.setBuddy(self.list)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.list.itemClicked.connect(self._open)
        self.list.itemActivated.connect(self._open)

    def refresh(self) -> None:
        """Loaded off the UI thread: it reads the year's activities of every plan."""
        self.generation += 1
        generation = self.generation
        self.title.setText(f"<b>{self.list.accessibleName()}</b>")
        plans, today = self.session.ws.plans, self.ctx.today()
        self.ctx.runner.start(lambda report: due_this_month(plans, today, None),
                              lambda found: self._ready(generation, found),
                              lambda exc: self._ready(generation, []))

    def _ready(self, generation: int, items: list[ActionProgress]) -> None:
        if generation != self.generation:
            return  # a newer refresh is on its way
        self.title.setText(f"<b>{self.list.accessibleName()}</b> ({len(items)})")
        self.list.clear()
        for item in items:
            self.list.addItem(due_entry(self.ctx, item, with_owner=True))
        if not items:
            empty = QListWidgetItem(self.tr("Nothing pending."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self.loaded.emit(len(items))

    def _open(self, entry: QListWidgetItem) -> None:
        item = entry.data(Qt.ItemDataRole.UserRole)
        if isinstance(item, ActionProgress):
            self.open_plan.emit(item.plan.year, item.plan.parish)
