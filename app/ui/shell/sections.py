"""The sections of the main window, built for the user's role (app.core.permissions
`sections`): each page, and how it is wired to the shell. A section of another role's
work is never built."""

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.ui.cases.cases_page import CasesPage
from app.ui.families.persons_page import PersonsPage
from app.ui.fieldwork.activities_page import ActivitiesPage
from app.ui.home.home_page import HomePage
from app.ui.home.overview_page import OverviewPage
from app.ui.plans.plan_page import PlanPage
from app.ui.referrals.referrals_page import ReferralsPage
from app.ui.reports.reports_page import ReportsPage
from app.ui.sync.referral_inbox_page import ReferralInboxPage
from app.ui.sync.users_page import UsersPage

if TYPE_CHECKING:
    from app.ui.shell.shell import Shell


def build_section(shell: "Shell", key: str) -> QWidget:
    ctx, session, ws = shell.ctx, shell.session, shell.session.ws
    if key == "home":
        shell.home = HomePage(ctx, session)
        shell.home.open_case.connect(shell.open_case)
        shell.home.open_referral.connect(shell.open_case)
        shell.home.open_household.connect(shell.open_household)
        shell.home.open_visit.connect(shell.record_planned_visit)
        shell.home.requests.answer.connect(shell.answer_request)
        shell.home.open_plan.connect(shell.open_plan)
        return shell.home
    if key == "overview":
        shell.overview = OverviewPage(ctx, session)
        shell.overview.open_list.connect(shell.open_overview_list)
        shell.overview.requests.answer.connect(shell.answer_request)
        shell.overview.open_plan.connect(shell.open_plan)
        return shell.overview
    if key == "families":
        shell.persons = PersonsPage(ctx, session)
        shell.persons.open_person.connect(shell.open_person)
        shell.persons.open_household.connect(shell.open_household)
        shell.persons.new_household.connect(shell.new_family)
        return shell.persons
    if key == "cases":
        shell.cases = CasesPage(ctx, session)
        shell.cases.open_case.connect(shell.open_case)
        shell.cases.register_case.connect(lambda: shell.register_case())
        return shell.cases
    if key == "referrals":
        shell.referrals = ReferralsPage(ctx, session)
        shell.referrals.open_case.connect(shell.open_case)
        return shell.referrals
    if key == "activities":
        shell.activities = ActivitiesPage(ctx, session, shell.open_form, shell.documents)
        return shell.activities
    if key == "plans":
        shell.plans = PlanPage(ctx, session, shell.open_form)
        return shell.plans
    if key == "reports":
        shell.reports = ReportsPage(ctx, session, shell.documents)
        return shell.reports
    if key == "inbox":
        # The Junta works from its inbox of referrals; the Consejo's technicians
        # follow it too.
        shell.inbox = ReferralInboxPage(ctx, session.desk.sync, ws.referrals)
        shell.inbox.open_case.connect(shell.open_case)
        shell.inbox.changed.connect(shell.data_changed)
        return shell.inbox
    # The administrator's section ("about"): users and devices, managed on the server.
    shell.users = UsersPage(shell.rights.admin(), ctx.runner, ctx.core_tr,
                            ws.catalogs.territory, ws.user.username)
    return shell.users
