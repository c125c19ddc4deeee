"""What every screen owes every user, walked through the real main window: for every role
(its menus and every section it reaches), every form in FORMS with each of its steps,
every other dialog of app/ui, the first-run, lock and needs-attention screens — in Spanish
and English, with normal and larger text, at 1366×768:

- no two mnemonics visible together clash (the menu bar's titles count), nor two entries
  of one menu;
- every label's and button's text fits, nothing is cut off by the window's edge, no column
  header is clipped, and no dialog is taller than the laptop's screen.

Pages and dialogs are found generically: a new page in a role's navigation is walked as it
is; a new dialog or *Page class that the walk does not know how to open fails
`test_the_walk_knows_every_page_and_dialog`. Screenshots: walk-*.png (where:
tests/helpers/ui.py).
"""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QWidget
from sqlalchemy import update

from app.core.i18n import translator
from app.core.records import OutboxEntry
from app.core.services.requests import RequestService
from app.core.store.keyring import LocalUser
from app.core.sync import outbox
from app.core.workspace import Workspace, initialise, keyring_for
from app.ui.cases.access_log_dialog import AccessLogDialog
from app.ui.families.erase_person_dialog import ErasePersonDialog
from app.ui.fieldwork.mediation_dialog import MediationBlocked
from app.ui.fieldwork.participants_dialog import ParticipantsDialog
from app.ui.fieldwork.visit_view import VisitView, open_visit
from app.ui.forms import FormDialog
from app.ui.shell.preferences_dialog import PreferencesDialog
from app.ui.shell.shell import FORMS
from app.ui.sync.about_dialog import AboutDialog
from app.ui.sync.enroll_dialog import EnrollDialog
from app.ui.sync.feature import SyncFeature
from tests.helpers.constants import NOW, PASSWORD
from tests.helpers.ui import make_window, snap, unlock_as
from tests.helpers.walk import (
    clashes,
    clipped,
    menu_clashes,
    mnemonics,
    other_dates,
    settle,
    small_text,
    too_big,
    ui_classes,
)

NEVER = 3_600_000
# One laptop, one user per role (each walks the menus and sections of its role).
USERS = (LocalUser("ana", "promotor", "PIL", "Ana Chicaiza"),
         LocalUser("tito", "tecnico", "", "Tito Pérez"),
         LocalUser("juana", "junta", "", "Juana Lema"),
         LocalUser("admin", "admin", "", "Administración"))

# Dialogs that are not forms, and how the walk opens each one (from the unlocked window).
OTHER_DIALOGS: dict[type, Callable[..., QDialog]] = {
    PreferencesDialog: lambda window, feature, data: _opened(PreferencesDialog(
        window.ctx, window)),
    EnrollDialog: lambda window, feature, data: feature.enroll(window),
    AboutDialog: lambda window, feature, data: feature.about(),
    MediationBlocked: lambda window, feature, data: window.shell.open_case(
        data["sexual_case"]).attempt_mediation() or window.shell.detail.blocked,
    VisitView: lambda window, feature, data: open_visit(
        window.shell, window.shell.session, data["visit"], window.shell.open_form),
    # Online in use (the técnico's): here with the server's answer of no openings.
    AccessLogDialog: lambda window, feature, data: _opened(AccessLogDialog(
        window.shell.ctx, "PIL-2026-0001", list, window)),
    ErasePersonDialog: lambda window, feature, data: _opened(ErasePersonDialog(
        window.shell.ctx, "Sisa Chicaiza", lambda _reason: 0, window)),
    ParticipantsDialog: lambda window, feature, data:
        window.shell.activities.open_participants(data["activity"]),
}
# Pages reached from elsewhere than the navigation, and how the walk opens each one.
DETAIL_PAGES: dict[str, Callable[..., QWidget]] = {
    "case": lambda window, feature, data: window.shell.open_case(data["case"]),
    "family": lambda window, feature, data: window.shell.open_household(data["household"]),
    "attention": lambda window, feature, data: feature.show_attention(),
    "conflicts": lambda window, feature, data: feature.show_conflicts(),
}


def _opened(dialog: QDialog) -> QDialog:
    dialog.open()
    return dialog


def fill(ws: Workspace) -> dict[str, str]:
    """A family with a case, its work, and refused changes: every page has something."""
    fam = ws.families
    h = fam.create_household(parish="PIL", community="Tamboloma",
                             address_reference="Junto a la escuela")
    mother = fam.add_person(household_id=h.id, given_names="Rosa María",
                            surnames="Chicaiza Muñoz", sex="mujer",
                            birth_date=date(1988, 2, 1), relation_to_head="jefe_hogar")
    child = fam.add_person(household_id=h.id, given_names="Sisa Nina",
                           surnames="Chicaiza Muñoz", sex="mujer",
                           birth_date=date(2016, 4, 3), relation_to_head="hijo_a")
    case = ws.cases.register(parish="PIL", household_id=h.id, affected_person_ids=[child.id],
                             violation_types=["negligencia"], facts="Hechos del caso.",
                             reporter_name="Rosa María Chicaiza", risk_level="alto")
    sexual = ws.cases.register(parish="PIL", household_id=h.id,
                               affected_person_ids=[child.id],
                               violation_types=["abuso_sexual"], facts="Hechos.",
                               reporter_anonymous=True, risk_level="critico")
    referral = ws.referrals.create(case_id=case.id, institution="junta", reason="Motivo.")
    visit = ws.visits.plan(h.id, date(2026, 11, 25), case_id=case.id)
    activity = ws.activities.record(
        activity_type=next(iter(ws.catalogs.activity_types.items)),
        held_on=date(2026, 11, 20), parish="PIL", community="Tamboloma",
        topic="Derechos de la niñez", attendance={"ninez_mujeres": 12},
        attendees=[{"given_names": "Sisa Nina", "surnames": "Chicaiza Muñoz",
                    "sex": "mujer", "age_group": "ninez",
                    "name_consent": "representative", "consent_on": date(2026, 11, 20)}])
    with ws.db.write() as s:  # as a sync leaves them: refused by the server
        s.execute(update(OutboxEntry).values(state=outbox.REJECTED, reason="out_of_scope"))
    request = RequestService(ws.context()).record(child.id, "access", date(2026, 11, 2))
    plan = ws.plans.create_plan(2026, parish="PIL", title="PTA 2026 Pilahuín")
    ws.plans.add_actions(plan.id, [{
        "line": "C1 Capacitación integral", "months": [3, 11, 12], "target_events": 3,
        "proposed_action": "Talleres de buen trato con padres y madres de familia"}])
    return {"household": h.id, "person": child.id, "adult": mother.id, "case": case.id,
            "request": request.id, "plan": plan.id, "activity": activity.id,
            "sexual_case": sexual.id, "referral": referral.id, "visit": visit.id}


def form_context(form: str, data: dict[str, str]) -> dict[str, str]:
    known = {"person": {"household_id": data["household"]}, "household": {},
             "consent": {"person_id": data["person"]},
             "visit": {"household_id": data["household"], "case_id": data["case"],
                       "mode": "record"},
             "case": {"household_id": data["household"]},
             "referral_step": {"referral_id": data["referral"]},
             "activity": {"activity_type": "capacitacion"},  # with the training's list
             "data_request_answer": {"request_id": data["request"]},
             "plan_action": {"plan_id": data["plan"]}}
    # Any other form gets every id it could need.
    return known.get(form, {"household_id": data["household"], "case_id": data["case"],
                            "person_id": data["person"], "referral_id": data["referral"]})


class Walk:
    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.problems: list[str] = []
        self.pages: set[type] = set()
        self.dialogs: set[type] = set()

    def check(self, window: QWidget, where: str, menus: bool = False) -> None:
        settle()
        found = [f"clash {c}" for c in clashes(mnemonics(window))] + clipped(window) + \
            other_dates(window) + small_text(window)
        if isinstance(window, QMainWindow) and menus:
            found += [f"menu clash {c}" for c in menu_clashes(window)]
        if isinstance(window, QDialog):
            found += too_big(window)
        self.problems += [f"{self.tag} {where}: {p}" for p in found]

    def page(self, window: QMainWindow, page: QWidget, where: str, picture: bool) -> None:
        self.pages.add(type(page))
        self.check(window, where)
        if picture:
            snap(window, f"walk-{self.tag}-{where}", size=None)

    def dialog(self, dialog: QDialog, where: str, picture: bool = True) -> None:
        self.dialogs.add(type(dialog))
        steps = [s for s in dialog.findChildren(QStackedWidget) if s.window() is dialog]
        for stack in steps or [None]:
            for index in range(stack.count() if stack else 1):
                if stack is not None:
                    stack.setCurrentIndex(index)
                name = f"{where}-{index + 1}" if stack is not None else where
                self.check(dialog, name)
                if picture:
                    snap(dialog, f"walk-{self.tag}-{name}", size=None)


def set_up(tmp_path: Path, ui_ctx, catalogs, language: str, large: bool):
    ctx = replace(ui_ctx, language=language, core_tr=translator(language))
    ctx.settings.setValue("ui/large_text", "true" if large else "false")
    ws = initialise(ctx.data_dir, USERS[0], PASSWORD, catalogs, ctx.clock)
    data = fill(ws)
    ws.close()
    keyring = keyring_for(ctx.data_dir)
    _, key = keyring.unlock(USERS[0].username, PASSWORD)
    for user in USERS[1:]:
        keyring.add_user(key, user, PASSWORD)
    return ctx, data


VARIANTS = [("es", False), ("es", True), ("en", False), ("en", True)]


@pytest.mark.parametrize(("language", "large"), VARIANTS,
                         ids=[f"{lang}-{'large' if big else 'normal'}"
                              for lang, big in VARIANTS])
def test_every_screen_in_every_role(qtbot, qapp: QApplication, ui_ctx, catalogs, tmp_path,
                                    language: str, large: bool) -> None:
    ctx, data = set_up(tmp_path, ui_ctx, catalogs, language, large)
    walk = Walk(f"{language}-{'large' if large else 'normal'}")
    window = make_window(qtbot, ctx, qapp)
    feature = SyncFeature(ctx, window, interval_ms=NEVER, retry_ms=NEVER)
    assert (window.width(), window.height()) == (1366, 768)
    walk.page(window, window.unlock_page, "unlock", picture=True)
    for user in USERS:
        with qtbot.waitSignal(window.unlocked, timeout=20_000):
            unlock_as(qtbot, window, PASSWORD, user.username)
        shell = window.shell
        promoter = user.role == "promotor"
        # The longest thing the status bar says: it must not be cut.
        feature.controller.say(feature.controller.tr("Not everything was sent") +
                               " (12 necesitan atención, 3 en conflicto)", NOW)
        walk.check(window, f"{user.role}-menus", menus=True)
        for index, page in enumerate(list(shell.pages)):
            shell.go_to(index)
            qtbot.waitUntil(lambda p=page, s=shell: s.stack.currentWidget() is p)
            if page is shell.persons:
                qtbot.waitUntil(lambda s=shell: s.persons.model.rowCount() > 0,
                                timeout=10_000)
            walk.page(window, page, f"{user.role}-{index + 1}", picture=True)
        for name, opener in DETAIL_PAGES.items():
            page = opener(window, feature, data)
            walk.page(window, page, f"{user.role}-{name}", picture=promoter)
        if shell.overview is not None:  # the técnico's figures open the lists behind them
            page = shell.open_overview_list("overdue_visits", None, "")
            walk.page(window, page, f"{user.role}-overview-list", picture=True)
        if promoter:
            for form, cls in sorted(FORMS.items()):
                dialog = shell.open_form(cls, form_context(form, data))
                walk.dialog(dialog, f"form-{form}")
                dialog.park()
            for cls, opener in OTHER_DIALOGS.items():
                dialog = opener(window, feature, data)
                walk.dialog(dialog, f"dialog-{cls.__name__}")
                dialog.reject()
            window.lock()
            walk.page(window, window.unlock_page, "locked", picture=True)
            with qtbot.waitSignal(window.unlocked, timeout=20_000):
                unlock_as(qtbot, window, PASSWORD)
        window.switch_user()
    window.close()
    first = replace(ctx, data_dir=tmp_path / "empty", extras={})
    features: list[SyncFeature] = []  # as build_app wires it: enrolling is offered
    first.extras["enroll"] = lambda w: features[0].enroll(w)
    fresh = make_window(qtbot, first, qapp)
    fresh_feature = SyncFeature(first, fresh, interval_ms=NEVER, retry_ms=NEVER)
    features.append(fresh_feature)
    walk.page(fresh, fresh.first_run, "first-run", picture=True)
    enroll = fresh_feature.enroll(fresh)
    walk.dialog(enroll, "dialog-first-enrollment")
    enroll.reject()
    fresh.close()
    # Pages and dialogs of app/ui that the walk never reached: teach it to open them.
    pages = {c for c in ui_classes(QWidget) if c.__name__.endswith("Page")}
    dialogs = ui_classes(QDialog) - {FormDialog}
    missed = sorted(c.__name__ for c in (pages - walk.pages) | (dialogs - walk.dialogs))
    assert missed == [], "open these in DETAIL_PAGES or OTHER_DIALOGS"
    assert not walk.problems, "\n".join(walk.problems)


def test_every_form_is_in_the_forms_table() -> None:
    """The walk opens forms through FORMS (so do drafts): a form missing there is never
    checked."""
    assert ui_classes(FormDialog) - set(FORMS.values()) == set()
