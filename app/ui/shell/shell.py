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

from app.core import permissions
from app.ui.cases.case_page import CasePage
from app.ui.cases.case_wizard import CaseWizard
from app.ui.cases.cases_page import CasesPage
from app.ui.cases.follow_up_dialog import FollowUpDialog
from app.ui.cases.junta_case_page import JuntaCasePage
from app.ui.cases.note_dialog import NoteDialog
from app.ui.cases.status_dialog import StatusDialog
from app.ui.families.consent_dialog import ConsentDialog
from app.ui.families.household_dialog import HouseholdDialog
from app.ui.families.household_page import HouseholdPage
from app.ui.families.person_dialog import PersonDialog
from app.ui.families.persons_page import PersonsPage
from app.ui.families.request_dialog import RequestDialog
from app.ui.fieldwork.activities_page import ActivitiesPage
from app.ui.fieldwork.activity_dialog import ActivityDialog
from app.ui.fieldwork.mediation_dialog import MediationDialog
from app.ui.fieldwork.visit_dialog import VisitDialog
from app.ui.forms import FormDialog
from app.ui.home.answer_request_dialog import AnswerRequestDialog
from app.ui.home.home_page import HomePage
from app.ui.home.overview_list_page import OverviewListPage
from app.ui.home.overview_page import OverviewPage
from app.ui.plans.plan_action_dialog import PlanActionDialog
from app.ui.plans.plan_page import PlanPage
from app.ui.referrals.referral_dialog import ReferralDialog
from app.ui.referrals.referral_step_dialog import ReferralStepDialog
from app.ui.referrals.referrals_page import ReferralsPage
from app.ui.reports.documents import Documents
from app.ui.reports.reports_page import ReportsPage
from app.ui.shell.context import UiContext
from app.ui.shell.drafts_banner import DraftsBanner
from app.ui.shell.person_rights import PersonRights
from app.ui.shell.search_box import SearchBox
from app.ui.shell.sections import build_section
from app.ui.shell.session import Session
from app.ui.sync.referral_inbox_page import ReferralInboxPage
from app.ui.sync.users_page import UsersPage
from app.ui.widgets import scaled_font

FORMS: dict[str, type[FormDialog]] = {cls.FORM: cls for cls in (
    PersonDialog, HouseholdDialog, ConsentDialog, VisitDialog, CaseWizard, MediationDialog,
    ReferralDialog, ReferralStepDialog, NoteDialog, StatusDialog, FollowUpDialog,
    ActivityDialog, RequestDialog, AnswerRequestDialog, PlanActionDialog)}
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
        # A person's rights (LOPDP) asked of the server: who saw them, their report, erasure.
        self.rights = PersonRights(ctx, session, self.documents, self)
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
        right = QVBoxLayout()
        layout.addLayout(right, 1)
        role = session.ws.user.role
        # What this role works on (app.core.permissions): its sections, in order; a page
        # of another role's work is not even built.
        self.sections = permissions.sections(role)
        self.search: SearchBox | None = None
        if permissions.may_search(role):
            top = QHBoxLayout()
            self.search = SearchBox(ctx, session.ws.search, session.people, self)
            self.search.person_chosen.connect(self.open_person)
            self.search.case_chosen.connect(self.open_case)
            top.addStretch()
            top.addWidget(self.search)
            right.addLayout(top)
        self.banner = DraftsBanner(session, FORMS, self.open_form)
        right.addWidget(self.banner)
        self.stack = QStackedWidget()
        right.addWidget(self.stack, 1)
        self.home: HomePage | None = None
        self.overview: OverviewPage | None = None
        self.persons: PersonsPage | None = None
        self.cases: CasesPage | None = None
        self.referrals: ReferralsPage | None = None
        self.activities: ActivitiesPage | None = None
        self.reports: ReportsPage | None = None
        self.plans: PlanPage | None = None
        self.inbox: ReferralInboxPage | None = None
        self.users: UsersPage | None = None
        self.pages: list[QWidget] = [build_section(self, key) for key in self.sections]
        for key in self.sections:
            self.nav.addItem(self.section_title(key))
        for page in self.pages:
            self.stack.addWidget(page)
        self.nav.fit()
        self.data_changed.connect(self._refresh_inbox)
        self.nav.currentRowChanged.connect(self.go_to)
        self.persons_loaded = False
        # Shows the start page: the promoter's agenda, the technician's overview, the
        # Junta's inbox.
        self.nav.setCurrentRow(0)
        self.banner.check()
        self.documents.warm_up()

    def section_title(self, key: str) -> str:
        return {"home": self.tr("Home"), "overview": self.tr("Canton overview"),
                "families": self.tr("Families and persons"), "cases": self.tr("Cases"),
                "referrals": self.tr("My referrals"),
                "activities": self.tr("Community activities"), "reports": self.tr("Reports"),
                "plans": self.tr("Work plans"),
                "inbox": self.tr("Referral inbox"), "about": self.tr("Administration")}[key]

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

    def go_to_section(self, key: str) -> None:
        if key in self.sections:
            self.go_to(self.sections.index(key))

    def open_plan(self, year: int, parish: str) -> None:
        """The plan page on one year's plan of one owner (from Inicio's list)."""
        if self.plans is not None:
            self.plans.choose_plan(year, parish)
            self.go_to_section("plans")  # which refreshes the page

    def go_to_inbox(self) -> None:
        self.go_to_section("inbox")

    def refresh_start(self) -> None:
        """Data changed (a save, a sync): the start page shows it."""
        start = self.pages[0]
        if start is self.home or start is self.overview:
            start.refresh()

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

    def open_case(self, case_id: str, referral_id: str = "") -> QWidget:
        """The case page; with `referral_id`, that referral's steps are shown."""
        page: QWidget
        if self.session.ws.user.role == "junta":
            # The Junta sees a case through its referrals, read-only.
            page = JuntaCasePage(self.ctx, self.session, case_id)
        else:
            page = CasePage(self.ctx, self.session, case_id, self.open_form, self.documents,
                            referral_id)
            page.access_log_requested.connect(self.rights.show_access_log)
        self.show_detail(page)
        return page

    def open_overview_list(self, figure: str, parish: str | None,
                           risk: str) -> OverviewListPage:
        assert self.overview is not None
        page = OverviewListPage(self.ctx, self.overview.overview, figure, parish, risk)
        page.open_case.connect(self.open_case)
        page.open_household.connect(self.open_household)
        page.back.connect(lambda: self.go_to_section("overview"))
        self.show_detail(page)
        return page

    def open_household(self, household_id: str) -> HouseholdPage:
        page = HouseholdPage(self.ctx, self.session, household_id, self.open_form)
        page.open_case.connect(self.open_case)
        page.register_case.connect(self.register_case)
        page.access_log_requested.connect(self.rights.show_access_log)
        page.access_report_requested.connect(self.rights.print_access_report)
        page.erase_requested.connect(self.rights.erase_person)
        self.show_detail(page)
        return page

    def open_person(self, person_id: str) -> None:
        person = self.session.ws.families.get_person(person_id)
        if person.household_id:
            self.open_household(person.household_id)
        elif self.session.may("person.edit"):
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
        if self.search is not None:
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

    def answer_request(self, request_id: str) -> FormDialog:
        """A person's data request answered (LOPDP), from Inicio or the overview."""
        return self.open_form(AnswerRequestDialog, {"request_id": request_id})

    def new_family(self) -> FormDialog:
        dialog = self.open_form(HouseholdDialog, {})
        dialog.saved.connect(lambda household: self.open_household(household.id))
        return dialog

    def register_case(self, household_id: str = "", person_id: str = "") -> FormDialog:
        """The case wizard; from a family page, with that family (and the member
        selected there ticked as affected)."""
        context: dict[str, Any] = {"household_id": household_id} if household_id else {}
        if household_id and person_id:
            context["affected_person_ids"] = [person_id]
        dialog = self.open_form(CaseWizard, context)
        dialog.saved.connect(lambda case: self._case_registered(dialog, case.id))
        return dialog

    def _case_registered(self, wizard: FormDialog, case_id: str) -> None:
        """The new case's page; where the law sends it, its referral form too."""
        page = self.open_case(case_id)
        institution = wizard.refer_to() if isinstance(wizard, CaseWizard) else ""
        if institution:
            # Only roles that register cases get here, and they see the full case page.
            assert isinstance(page, CasePage)
            page.refer(institution)

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
