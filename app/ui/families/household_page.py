"""A family: where it lives, its members (with consent), its visits and cases."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.permissions import erases, sees_access_log
from app.core.records import Person
from app.ui import labels
from app.ui.families.consent_dialog import ConsentDialog
from app.ui.families.household_dialog import HouseholdDialog
from app.ui.families.person_dialog import PersonDialog
from app.ui.families.request_dialog import RequestDialog
from app.ui.fieldwork.visit_dialog import VisitDialog
from app.ui.fieldwork.visit_view import VisitView, open_visit
from app.ui.forms import FormDialog
from app.ui.models.rows import RowsTableModel
from app.ui.shell.context import UiContext
from app.ui.shell.offers import offered, tag_all
from app.ui.shell.session import Session
from app.ui.widgets import button_row, column_widths, confirm, heading

OpenForm = Callable[[type[FormDialog], dict[str, Any]], FormDialog]
# What each button writes (app.core.permissions): a role is offered only what it may do.
FAMILY_ACTIONS = {"edit": "family.edit", "add": "person.add", "person": "person.edit",
                  "consent": "consent.record", "remove": "person.remove",
                  "plan": "visit.plan", "visit": "visit.record", "case": "case.register",
                  "request": "request.record"}


class HouseholdPage(QWidget):
    open_case = Signal(str)
    register_case = Signal(str, str)  # household id, the member selected (or "")
    # Who opened, printed or exported the selected member's cases (técnico, admin).
    access_log_requested = Signal(str, str)  # person id, their name
    # Everything held about the selected member, as a PDF for them (técnico, admin).
    access_report_requested = Signal(str, str)  # person id, their name
    # Erase the selected member's data on every device (técnico, admin; online).
    erase_requested = Signal(str, str)  # person id, their name
    confirm: Callable[[QWidget, str, str, str], bool] = staticmethod(confirm)

    def __init__(self, ctx: UiContext, session: Session, household_id: str,
                 open_form: OpenForm) -> None:
        super().__init__()
        self.ctx, self.session, self.household_id = ctx, session, household_id
        self.open_form = open_form
        session.ws.families.open_household(household_id)  # audited once, not per refresh
        layout = QVBoxLayout(self)
        self.title = heading("")
        self.place = QLabel()
        layout.addWidget(self.title)
        layout.addWidget(self.place)
        # The family's actions above; the selected member's under the members table (one
        # row of eight buttons did not fit 1366 pixels with larger text).
        actions, self.buttons = button_row(offered(session.may, (
            ("edit", self.tr("&Edit family"), self._edit),
            ("add", self.tr("&Add member"), self._add_member),
            ("plan", self.tr("Plan &visit"), self._plan_visit),
            ("visit", self.tr("Record vi&sit"), self._record_visit),
            ("case", self.tr("&Register case"), self._register_case)), FAMILY_ACTIONS))
        member_actions, person_buttons = button_row(offered(session.may, (
            ("person", self.tr("Edit &person"), self._edit_person),
            ("consent", self.tr("Record c&onsent"), self._consent),
            ("request", self.tr("Data re&quest"), self._request),
            ("remove", self.tr("Re&move person"), self._remove)), FAMILY_ACTIONS))
        if sees_access_log(session.ws.user.role):
            access = QPushButton(self.tr("Who opened their cases…"))
            access.clicked.connect(self._access_log)
            person_buttons["access"] = access
            member_actions.insertWidget(member_actions.count() - 1, access)
            report = QPushButton(self.tr("Data access report (PDF)…"))
            report.clicked.connect(self._access_report)
            person_buttons["access_report"] = report
            member_actions.insertWidget(member_actions.count() - 1, report)
        if erases(session.ws.user.role):
            erase = QPushButton(self.tr("Erase their data…"))
            erase.clicked.connect(self._erase)
            person_buttons["erase"] = erase
            member_actions.insertWidget(member_actions.count() - 1, erase)
        self.buttons.update(person_buttons)
        tag_all(self.buttons, FAMILY_ACTIONS)
        layout.addLayout(actions)
        families = session.ws.families
        self.members = RowsTableModel([
            (self.tr("Name"), lambda p: f"{p.given_names} {p.surnames}"),
            (self.tr("Relation"), lambda p: ctx.label("relations", p.relation_to_head)),
            (self.tr("Sex"), lambda p: ctx.label("sexes", p.sex)),
            (self.tr("Age"), lambda p: labels.age(families.age_of(p), p.birth_date is None)),
            (self.tr("Document"), lambda p: p.doc_number),
            (self.tr("Consents"), lambda p: ", ".join(
                labels.purpose(c.purpose) for c in families.consents(p.id) if c.granted)),
        ], lambda p: p.id)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Members"))
        self.table.setModel(self.members)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        column_widths(self.table, {1: 24, 2: 12, 3: 11, 4: 16})
        if session.may("person.edit"):
            self.table.doubleClicked.connect(self._edit_person)
        layout.addWidget(QLabel(self.tr("<b>Members</b>")))
        layout.addWidget(self.table, 2)
        layout.addLayout(member_actions)
        lower = QHBoxLayout()
        self.cases = QListWidget()
        self.cases.setAccessibleName(self.tr("Cases of this family"))
        self.cases.setWordWrap(True)
        self.cases.itemActivated.connect(self._open_case)
        self.cases.itemClicked.connect(self._open_case)
        self.visits = QListWidget()
        self.visits.setAccessibleName(self.tr("Visits to this family"))
        self.visits.setToolTip(self.tr("Double-click or press Enter to see the visit"))
        self.visits.itemActivated.connect(self._view_visit)
        self.visit_view: VisitView | None = None
        for title, box in ((self.tr("<b>Cases</b>"), self.cases),
                           (self.tr("<b>Visits</b>"), self.visits)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(box)
            lower.addLayout(column)
        layout.addLayout(lower, 1)
        self.refresh()

    def refresh(self) -> None:
        ws = self.session.ws
        household = ws.families.get_household(self.household_id)
        members = ws.families.members(self.household_id)
        head = members[0] if members else None
        self.title.setText(self.tr("Family {0}").format(head.surnames) if head
                           else self.tr("New family"))
        self.place.setText(" · ".join(x for x in (
            self.ctx.parish_name(household.parish), household.community,
            household.address_reference) if x))
        self.members.set_items(members)
        self.cases.clear()
        for case in self.session.lists.cases(household_id=self.household_id):
            self.cases.addItem(f"{labels.case_title(case.code, case.affected)} · "
                               f"{labels.case_status(case.status)}")
            self.cases.item(self.cases.count() - 1).setData(256, case.id)
        self.visits.clear()
        for visit in reversed(ws.visits.for_household(self.household_id)):
            self.visits.addItem(f"{labels.day(visit.visit_date)} · "
                                f"{labels.visit_state(visit.state)}"
                                + (f" · {visit.observations}" if visit.observations else ""))
            self.visits.item(self.visits.count() - 1).setData(256, visit.id)

    def selected_person(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.members.item_at(rows[0].row())
        if self.members.rowCount() == 1:
            return self.members.item_at(0)
        return None

    def _after(self, dialog: FormDialog) -> None:
        dialog.saved.connect(lambda _: self.refresh())

    def _edit(self) -> None:
        self._after(self.open_form(HouseholdDialog, {"household_id": self.household_id}))

    def _add_member(self) -> None:
        self._after(self.open_form(PersonDialog, {"household_id": self.household_id}))

    def _edit_person(self) -> None:
        if (person := self.selected_person()) is not None:
            self._after(self.open_form(PersonDialog, {"person_id": person.id}))

    def _remove(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        name = f"{person.given_names} {person.surnames}"
        if self.confirm(self, self.tr("Remove {0}?").format(name),
                   self.tr("{0} will no longer appear in this family nor in searches. Cases "
                           "keep their record.").format(name), self.tr("&Remove")):
            self.session.ws.families.delete_person(person.id)
            self.refresh()

    def _consent(self) -> None:
        if (person := self.selected_person()) is not None:
            self._after(self.open_form(ConsentDialog, {"person_id": person.id}))

    def _access_log(self) -> None:
        if (person := self.selected_person()) is not None:
            self.access_log_requested.emit(person.id,
                                           f"{person.given_names} {person.surnames}")

    def _access_report(self) -> None:
        if (person := self.selected_person()) is not None:
            self.access_report_requested.emit(person.id,
                                              f"{person.given_names} {person.surnames}")

    def _erase(self) -> None:
        if (person := self.selected_person()) is not None:
            self.erase_requested.emit(person.id, f"{person.given_names} {person.surnames}")

    def _request(self) -> None:
        """A person's request about their data (LOPDP), due in 15 days."""
        if (person := self.selected_person()) is not None:
            self._after(self.open_form(RequestDialog, {"person_id": person.id}))

    def _plan_visit(self) -> None:
        self._after(self.open_form(VisitDialog, {"household_id": self.household_id,
                                                 "mode": "plan"}))

    def _record_visit(self) -> None:
        self._after(self.open_form(VisitDialog, {"household_id": self.household_id,
                                                 "mode": "record"}))

    def _register_case(self) -> None:
        person = self.selected_person()
        self.register_case.emit(self.household_id, person.id if person else "")

    def _view_visit(self, item: Any) -> None:
        self.visit_view = open_visit(self, self.session, item.data(256), self._open_after)

    def _open_after(self, form: type[FormDialog], context: dict[str, Any]) -> FormDialog:
        dialog = self.open_form(form, context)
        self._after(dialog)
        return dialog

    def _open_case(self, item: Any) -> None:
        self.open_case.emit(item.data(256))
