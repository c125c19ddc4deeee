"""The unlocked workspace: navigation, pages, the search box, and every open form."""

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.services.sync_desk import SyncDesk
from app.ui.activities import ActivitiesPage, ActivityDialog
from app.ui.case_notes import FollowUpDialog, NoteDialog, StatusDialog
from app.ui.case_page import CasePage
from app.ui.case_wizard import CaseWizard
from app.ui.cases import CasesPage
from app.ui.consent_form import ConsentDialog
from app.ui.context import UiContext
from app.ui.documents import Documents
from app.ui.drafts_banner import DraftsBanner
from app.ui.forms import FormDialog
from app.ui.home import HomePage
from app.ui.household_form import HouseholdDialog
from app.ui.household_page import HouseholdPage
from app.ui.junta_inbox import INBOX_ROLES, ReferralInboxPage
from app.ui.mediation_form import MediationDialog
from app.ui.person_form import PersonDialog
from app.ui.persons import PersonsPage
from app.ui.referral_form import ReferralDialog, ReferralStepDialog
from app.ui.referrals import ReferralsPage
from app.ui.reports_page import ReportsPage
from app.ui.search_box import SearchBox
from app.ui.session import Session
from app.ui.visit_form import VisitDialog
from app.ui.widgets import scaled_font

FORMS: dict[str, type[FormDialog]] = {cls.FORM: cls for cls in (
    PersonDialog, HouseholdDialog, ConsentDialog, VisitDialog, CaseWizard, MediationDialog,
    ReferralDialog, ReferralStepDialog, NoteDialog, StatusDialog, FollowUpDialog,
    ActivityDialog)}
# The navigation's font is the application's, enlarged (scaled_font): a size in the
# style sheet would not grow with the larger-text preference.
NAV_STYLE = ("QListWidget#nav { border: none; background: transparent; }"
             "QListWidget#nav::item { padding: 0.5em 0.6em; border-radius: 4px; }"
             "QListWidget#nav::item:selected { background: #1f5f99; color: white; }")


class NavList(QListWidget):
    """The side navigation: as wide as its longest entry, at any text size."""

    def fit(self) -> None:
        if self.count():
            self.setFixedWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit()


class Shell(QWidget):
    data_changed = Signal()

    def __init__(self, ctx: UiContext, session: Session,
                 documents: Documents | None = None) -> None:
        super().__init__()
        self.ctx, self.session = ctx, session
        # Documents and exports: the save dialog and the viewer are its collaborators
        self.documents = documents or Documents(ctx, session)
        self.dialogs: list[FormDialog] = []
        self.detail: QWidget | None = None
        layout = QHBoxLayout(self)
        side = QVBoxLayout()
        brand = QLabel(self.tr("Defensoría Comunitaria"))
        brand.setStyleSheet("padding: 6px 4px;")
        scaled_font(brand, 1.3, bold=True)
        side.addWidget(brand)
        self.nav = NavList()
        self.nav.setObjectName("nav")
        self.nav.setStyleSheet(NAV_STYLE)
        scaled_font(self.nav, 1.2)
        self.nav.setAccessibleName(self.tr("Sections"))
        side.addWidget(self.nav)
        layout.addLayout(side)
        for text in (self.tr("Home"), self.tr("Families and persons"), self.tr("Cases"),
                     self.tr("My referrals"), self.tr("Community activities"),
                     self.tr("Reports")):
            self.nav.addItem(text)
        right = QVBoxLayout()
        layout.addLayout(right, 1)
        top = QHBoxLayout()
        self.search = SearchBox(ctx, session.ws.search, self)
        self.search.person_chosen.connect(self.open_person)
        self.search.case_chosen.connect(self.open_case)
        top.addStretch()
        top.addWidget(self.search)
        right.addLayout(top)
        self.banner = DraftsBanner(session, FORMS, self.open_form)
        right.addWidget(self.banner)
        self.stack = QStackedWidget()
        right.addWidget(self.stack, 1)
        self.home = HomePage(ctx, session)
        self.persons = PersonsPage(ctx, session)
        self.cases = CasesPage(ctx, session)
        self.referrals = ReferralsPage(ctx, session)
        self.activities = ActivitiesPage(ctx, session, self.open_form)
        self.reports = ReportsPage(ctx, session, self.documents)
        self.pages: list[QWidget] = [self.home, self.persons, self.cases, self.referrals,
                                     self.activities, self.reports]
        # The Junta works from its inbox of referrals: a section of its own, and where it
        # starts; the Consejo's technicians have it too.
        self.inbox: ReferralInboxPage | None = None
        role = session.ws.user.role
        if role in INBOX_ROLES:
            ws = session.ws
            self.inbox = ReferralInboxPage(ctx, SyncDesk(ws.db, ws.clock), ws.referrals)
            self.inbox.open_case.connect(self.open_case)
            self.inbox.changed.connect(self.data_changed)
            self.data_changed.connect(self._refresh_inbox)
            self.pages.append(self.inbox)
            self.nav.addItem(self.tr("Referral inbox"))
        for page in self.pages:
            self.stack.addWidget(page)
        self.nav.fit()
        self.home.open_case.connect(self.open_case)
        self.home.open_household.connect(self.open_household)
        self.home.open_visit.connect(self.record_planned_visit)
        self.persons.open_person.connect(self.open_person)
        self.persons.new_household.connect(self.new_family)
        self.cases.open_case.connect(self.open_case)
        self.cases.register_case.connect(lambda: self.register_case())
        self.referrals.open_case.connect(self.open_case)
        self.nav.currentRowChanged.connect(self.go_to)
        self.persons_loaded = False
        # Shows the start page: the home page, which loads the agenda; the Junta's inbox.
        self.nav.setCurrentRow(self.pages.index(self.inbox) if role == "junta" and
                               self.inbox is not None else 0)
        self.banner.check()
        self.documents.warm_up()

    # Navigation ---------------------------------------------------------------
    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            return
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)
            return
        page = self.pages[index]
        if page is self.persons and not self.persons_loaded:
            self.persons_loaded = True
            self.persons.reload()
        elif page is not self.persons and hasattr(page, "refresh"):
            page.refresh()
        self.stack.setCurrentWidget(page)

    def go_to_inbox(self) -> None:
        if self.inbox is not None:
            self.go_to(self.pages.index(self.inbox))

    def _refresh_inbox(self) -> None:
        """New referrals or steps (a sync, a step recorded): the inbox shows them."""
        if self.inbox is not None and self.stack.currentWidget() is self.inbox:
            self.inbox.refresh()

    def show_detail(self, page: QWidget) -> None:
        if self.detail is not None:
            self.stack.removeWidget(self.detail)
            self.detail.deleteLater()
        self.detail = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.nav.blockSignals(True)
        self.nav.clearSelection()
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)

    def open_case(self, case_id: str) -> CasePage:
        page = CasePage(self.ctx, self.session, case_id, self.open_form, self.documents)
        self.show_detail(page)
        return page

    def open_household(self, household_id: str) -> HouseholdPage:
        page = HouseholdPage(self.ctx, self.session, household_id, self.open_form)
        page.open_case.connect(self.open_case)
        page.register_case.connect(self.register_case)
        self.show_detail(page)
        return page

    def open_person(self, person_id: str) -> None:
        person = self.session.ws.families.get_person(person_id)
        if person.household_id:
            self.open_household(person.household_id)
        else:
            self.open_form(PersonDialog, {"person_id": person_id})

    def record_planned_visit(self, item: Any) -> FormDialog:
        """From the agenda: the family (or case) page, and the visit form that fulfils
        the plan, so that it leaves the agenda once recorded."""
        if item.case_id:
            self.open_case(item.case_id)
        else:
            self.open_household(item.household_id)
        page = self.detail
        dialog = self.open_form(VisitDialog, {
            "household_id": item.household_id, "case_id": item.case_id, "mode": "record",
            "plan_id": item.record_id})
        if page is not None and hasattr(page, "refresh"):
            dialog.saved.connect(lambda _: page.refresh())
        return dialog

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # Forms --------------------------------------------------------------------
    def open_form(self, form: type[FormDialog], context: dict[str, Any]) -> FormDialog:
        dialog = form(self.ctx, self.session, dict(context), self)
        self.dialogs.append(dialog)
        dialog.saved.connect(lambda _: self.data_changed.emit())
        dialog.finished.connect(lambda _: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: FormDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def new_family(self) -> FormDialog:
        dialog = self.open_form(HouseholdDialog, {})
        dialog.saved.connect(lambda household: self.open_household(household.id))
        return dialog

    def register_case(self, household_id: str = "") -> FormDialog:
        dialog = self.open_form(CaseWizard, {"household_id": household_id}
                                if household_id else {})
        dialog.saved.connect(lambda case: self.open_case(case.id))
        return dialog

    # Locking and drafts ---------------------------------------------------------
    def suspend(self) -> None:
        """Locked: save what is typed and hide every open form."""
        for dialog in self.dialogs:
            if dialog.dirty:
                dialog.save_draft()
            dialog.hide()

    def resume(self) -> None:
        for dialog in self.dialogs:
            dialog.show()

    def park_all(self) -> None:
        """Switching user or quitting: forms close, their drafts stay for next time."""
        for dialog in list(self.dialogs):
            dialog.park()
