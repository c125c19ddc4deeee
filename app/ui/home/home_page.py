"""Inicio: the agenda. New answers to the user's referrals, visits due and overdue and
those of the next two weeks, cases the law sends elsewhere not yet referred, follow-ups,
referrals without an answer, cases without activity, this month's plan actions without an
activity, and this month's numbers. Each case
is named by whom it affects; one click opens each item."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.services.agenda import Agenda, AgendaItem, CasesToRefer
from app.core.services.answers import NewAnswer
from app.core.services.plans import ActionProgress
from app.ui import labels
from app.ui.home.plan_due import due_text, due_this_month
from app.ui.home.requests_panel import RequestsPanel
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import heading

COLUMNS = 4
CARD_STYLE = ("QFrame#card { background: palette(base); border: 1px solid palette(mid);"
              " border-radius: 6px; }")


class AgendaList(QListWidget):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)


class HomePage(QWidget):
    open_case = Signal(str)
    open_referral = Signal(str, str)  # case id, referral id: a new answer to read
    open_household = Signal(str)
    open_visit = Signal(object)  # a planned visit (AgendaItem): record it
    must_refer_loaded = Signal(int)  # the cases to refer arrived from their worker
    open_plan = Signal(int, str)  # year, owner: a plan action due this month
    plan_due_loaded = Signal(int)  # this month's plan actions arrived from their worker

    def __init__(self, ctx: UiContext, session: Session) -> None:
        super().__init__()
        self.ctx, self.session = ctx, session
        self.affected: dict[str, Any] = {}
        self.must_refer_affected: dict[str, Any] = {}
        self.generation = 0
        self.setStyleSheet(CARD_STYLE)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        name = session.ws.user.display_name or session.ws.user.username
        top.addWidget(heading(self.tr("Good day, {0}").format(name)))
        top.addStretch()
        self.today = QLabel()
        top.addWidget(self.today)
        layout.addLayout(top)
        self.numbers = QHBoxLayout()
        self.number_labels: dict[str, QLabel] = {}
        titles = {"cases": self.tr("Cases registered"), "visits": self.tr("Visits done"),
                  "mediations": self.tr("Mediations"), "referrals": self.tr("Referrals"),
                  "activities": self.tr("Community activities")}
        for key, title in titles.items():
            self.numbers.addWidget(self._card(key, title))
        layout.addWidget(QLabel(self.tr("My numbers this month")))
        layout.addLayout(self.numbers)
        grid = QGridLayout()
        self.answers = AgendaList(self.tr("New answers to my referrals"))
        self.visits = AgendaList(self.tr("Visits for today and overdue"))
        self.upcoming = AgendaList(self.tr("Visits in the next 14 days"))
        self.must_refer = AgendaList(self.tr("Cases to refer, no referral sent"))
        self.follow_ups = AgendaList(self.tr("Follow-ups due"))
        self.referrals = AgendaList(self.tr("Referrals without an answer after 48 hours"))
        self.stale = AgendaList(self.tr("Cases without activity for 30 days"))
        self.plan_due = AgendaList(self.tr("This month's plan actions without an activity"))
        self.section_titles: dict[QListWidget, QLabel] = {}
        boxes = (self.answers, self.visits, self.upcoming, self.must_refer,
                 self.follow_ups, self.referrals, self.stale, self.plan_due)
        for i, box in enumerate(boxes):
            section_title = QLabel()
            section_title.setWordWrap(True)
            # Room for a title of two lines: four columns are narrow for the long ones.
            section_title.setMinimumHeight(2 * section_title.fontMetrics().lineSpacing())
            section_title.setBuddy(box)
            self.section_titles[box] = section_title
            grid.addWidget(section_title, (i // COLUMNS) * 2, i % COLUMNS,
                           Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(box, (i // COLUMNS) * 2 + 1, i % COLUMNS)
            box.itemClicked.connect(self._open)
            box.itemActivated.connect(self._open)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid, 1)
        # People's data requests (LOPDP), overdue first.
        self.requests = RequestsPanel(ctx, session)
        layout.addWidget(self.requests)

    def _card(self, key: str, title: str) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        box = QVBoxLayout(card)
        value = heading("0", 1.8)
        value.setAccessibleName(title)
        self.number_labels[key] = value
        box.addWidget(value)
        box.addWidget(QLabel(title))
        return card

    def refresh(self) -> None:
        self.show_agenda(self.session.agenda.load())
        self.requests.refresh()
        # The cases to refer read every open case's referrals: off the UI thread, so
        # that unlocking shows the home page as fast as before.
        self.generation += 1
        generation = self.generation
        self.section_titles[self.must_refer].setText(
            f"<b>{self.must_refer.accessibleName()}</b>")
        self.ctx.runner.start(lambda report: self.session.agenda.must_refer(),
                              lambda found: self._must_refer_ready(generation, found),
                              lambda exc: self._must_refer_ready(generation, CasesToRefer()))
        # The parish's PTA: what its defensoría planned for this month and has not done
        # (off the UI thread too: it reads the year's activities).
        self.section_titles[self.plan_due].setText(f"<b>{self.plan_due.accessibleName()}</b>")
        plans, today, parish = self.session.ws.plans, self.ctx.today(), \
            self.session.ws.user.parish
        self.ctx.runner.start(lambda report: due_this_month(plans, today, parish),
                              lambda found: self._plan_due_ready(generation, found),
                              lambda exc: self._plan_due_ready(generation, []))

    def _plan_due_ready(self, generation: int, found: list[ActionProgress]) -> None:
        if generation != self.generation:
            return
        self._fill(self.plan_due, found, lambda item: due_text(self.ctx, item, False))
        self.plan_due_loaded.emit(len(found))

    def _must_refer_ready(self, generation: int, found: CasesToRefer) -> None:
        if generation != self.generation:
            return  # a newer refresh is on its way
        self.must_refer_affected = found.affected
        self._fill(self.must_refer, found.items, self._must_refer_text)
        self.must_refer_loaded.emit(len(found.items))

    def show_agenda(self, agenda: Agenda) -> None:
        self.today.setText(labels.day(self.ctx.today()))
        for key, label in self.number_labels.items():
            label.setText(str(agenda.numbers.get(key, 0)))
        self.affected = agenda.affected
        self._fill(self.answers, agenda.answers, self._answer_text)
        self._fill(self.visits, agenda.visits, self._visit_text)
        self._fill(self.upcoming, agenda.upcoming_visits, self._upcoming_text)
        self._fill(self.follow_ups, agenda.follow_ups, self._follow_up_text)
        self._fill(self.referrals, agenda.referrals, self._referral_text)
        self._fill(self.stale, agenda.stale_cases, self._stale_text)

    def _case(self, code: str, case_id: str | None) -> str:
        return labels.case_title(code, self.affected.get(case_id or "", ()))

    def _fill(self, box: QListWidget, items: list[Any],
              text: Callable[[Any], str]) -> None:
        box.clear()
        title = box.accessibleName()
        self.section_titles[box].setText(f"<b>{title}</b> ({len(items)})")
        for item in items:
            entry = QListWidgetItem(text(item))
            entry.setData(Qt.ItemDataRole.UserRole, item)
            if getattr(item, "overdue", False):
                entry.setForeground(Qt.GlobalColor.darkRed)
            if isinstance(item, NewAnswer):  # unread: as a mail client shows it
                font = entry.font()
                font.setBold(True)
                entry.setFont(font)
            box.addItem(entry)
        if not items:
            empty = QListWidgetItem(self.tr("Nothing pending."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            box.addItem(empty)

    def _visit_text(self, item: AgendaItem) -> str:
        late = self.tr(" — overdue") if item.overdue else self.tr(" — today")
        return f"{labels.day(item.due)}{late} · {item.title or self.tr('Family')} · {item.detail}"

    def _upcoming_text(self, item: AgendaItem) -> str:
        return f"{labels.day(item.due)} · {item.title or self.tr('Family')} · {item.detail}"

    def _must_refer_text(self, item: AgendaItem) -> str:
        case = labels.case_title(item.title, self.must_refer_affected.get(item.record_id, ()))
        return self.tr("{0} · to {1}").format(case, ", ".join(
            self._short("institutions", code) for code in item.institutions))

    def _short(self, catalog: str, code: str) -> str:
        """The catalog's short name, where lists are narrow."""
        entry = getattr(self.ctx.catalogs, catalog).get(code)
        short = entry.extra.get("short") if entry is not None else None
        if isinstance(short, dict):
            return short.get(self.ctx.language) or short.get("es") or code
        return self.ctx.label(catalog, code)

    def _follow_up_text(self, item: AgendaItem) -> str:
        return f"{labels.day(item.due)} · {self._case(item.title, item.case_id)} · " \
               f"{item.detail}"

    def _referral_text(self, item: AgendaItem) -> str:
        return self.tr("{0} · {1} · sent {2}").format(
            self._case(item.title, item.case_id), self.ctx.label("institutions", item.detail),
            labels.day(item.due))

    def _stale_text(self, item: AgendaItem) -> str:
        return self.tr("{0} · risk {1} · last activity {2}").format(
            self._case(item.title, item.case_id),
            self.ctx.label("risk_levels", item.detail).lower(), labels.day(item.due))

    def _answer_text(self, item: NewAnswer) -> str:
        head = self.tr("{0}: {1} on {2}").format(
            self.ctx.label("institutions", item.institution),
            labels.referral_status(item.status), labels.day(item.on))
        lines = [self._case(item.case_code, item.case_id), head]
        if item.answer:
            lines.append(" ".join(item.answer.split()))
        return "\n".join(lines)

    def _open(self, entry: QListWidgetItem) -> None:
        item = entry.data(Qt.ItemDataRole.UserRole)
        if isinstance(item, ActionProgress):
            self.open_plan.emit(item.plan.year, item.plan.parish)
            return
        if isinstance(item, NewAnswer):
            self.open_referral.emit(item.case_id, item.referral_id)
            return
        if not isinstance(item, AgendaItem):
            return
        if item.kind == "visit":
            self.open_visit.emit(item)
        elif item.case_id:
            self.open_case.emit(item.case_id)
        elif item.household_id:
            self.open_household.emit(item.household_id)
