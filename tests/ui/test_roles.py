"""Every role is offered only what it may do: a walk through every section, detail page
and menu of the main window, for each role, over a store synced from the real server.
Each button or menu entry that writes names its action (app/ui/shell/offers.py); what a role
is offered must be exactly what app/core/permissions.py gives it — which
tests/sync/test_permissions.py proves the server accepts, and nothing more."""

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMenu, QWidget

from app.core import permissions
from app.core.services.followups import FollowUpService
from app.ui.shell.offers import permission_of
from app.ui.sync.feature import SyncFeature
from tests.helpers.constants import PASSWORD, TODAY
from tests.helpers.ui import make_window, snap, unlock_as

NEVER = 3_600_000


@pytest.fixture
def canton(server, make_device):
    """A promoter's family, case (referred to the Junta, with a follow-up, a planned visit
    and a conflict on its facts) and an activity, on the server."""
    ana, beto = make_device(server, "ana"), make_device(server, "beto")
    ws = ana.ws
    home = ws.families.create_household(parish="PIL", community="Centro")
    child = ws.families.add_person(household_id=home.id, given_names="Sisa",
                                   surnames="Chicaiza", sex="mujer", birth_date=date(2016, 4, 3),
                                   relation_to_head="hijo_a", confirm_duplicates=True)
    case = ws.cases.register(parish="PIL", household_id=home.id, affected_person_ids=[child.id],
                             violation_types=["negligencia"], facts="Hechos del caso",
                             risk_level="alto", reporter_anonymous=True)
    ws.referrals.create(case_id=case.id, institution="junta", reason="Medidas de protección")
    FollowUpService(ws.context()).schedule(case.id, date(2026, 11, 20), "Llamar")
    ws.visits.plan(home.id, date(2026, 11, 18), case.id)
    ws.activities.record(activity_type="taller", held_on=TODAY, parish="PIL",
                         topic="Buen trato", attendance={"adultos_mujeres": 5})
    assert ana.sync().complete and beto.sync().complete
    beto.ws.cases.update(case.id, facts="Hechos según Beto")
    ws.cases.update(case.id, facts="Hechos según Ana")
    assert beto.sync().complete and ana.sync().complete
    return server, ana, make_device, home.id, case.id


def _offered(widget: QWidget) -> set[str]:
    """The actions offered by the visible buttons of a widget."""
    return {permission_of(b) for b in widget.findChildren(QAbstractButton)
            if b.isVisible() and permission_of(b)}


def _menu_offers(menu: QMenu) -> set[str]:
    found = set()
    for action in menu.actions():
        if action.menu() is not None:
            found |= _menu_offers(action.menu())
        elif action.isVisible() and permission_of(action):
            found.add(permission_of(action))
    return found


def _shortcuts(window) -> set[str]:
    return {a.shortcut().toString() for a in window.findChildren(QAction)
            if not a.shortcut().isEmpty()}


@pytest.mark.parametrize("role", permissions.ROLES)
def test_each_role_is_offered_what_it_may_do_and_nothing_else(qtbot, qapp, ui_ctx, canton,
                                                               role) -> None:
    srv, ana, make, home_id, case_id = canton
    device = ana if role == "promotor" else make(srv, f"user_{role}", role=role, parish="")
    assert device.sync().pulled_all
    device.ws.close()
    ctx = replace(ui_ctx, data_dir=device.ws.data_dir)
    window = make_window(qtbot, ctx, qapp)
    feature = SyncFeature(ctx, window, interval_ms=NEVER, retry_ms=NEVER)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        unlock_as(qtbot, window, PASSWORD)
    shell = window.shell
    snap(window, f"64-start-{role}")
    offered: dict[str, set[str]] = {}
    # The sections of the role, in its navigation; each page as the user sees it.
    assert [shell.nav.item(i).text() for i in range(shell.nav.count())] == \
        [shell.section_title(k) for k in permissions.sections(role)]
    for index, key in enumerate(shell.sections):
        shell.go_to(index)
        assert shell.stack.currentWidget() is shell.pages[index]
        offered[key] = _offered(window)
    # The detail pages it can reach: the case, the family, the lists behind figures.
    if role != "admin":
        shell.open_case(case_id)
        offered["case"] = _offered(window)
    if "families" in shell.sections:
        shell.open_household(home_id)
        offered["family"] = _offered(window)
    if shell.overview is not None:
        shell.open_overview_list("overdue_visits", "PIL", "")
        offered["overview list"] = _offered(window)
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.text() in ("Cambios en &conflicto", "Necesitan &atención"):
                action.trigger()
                offered[action.text()] = _offered(window)
    offered["menus"] = _menu_offers(window.menuBar())
    everything = set().union(*offered.values())
    for where, actions in offered.items():
        refused = {a for a in actions if not permissions.may(role, a)}
        assert not refused, f"{role} is offered {refused} on {where}"
    assert everything == permissions.actions(role)
    # No shortcut of another role's work: Ctrl+N (new family) and Ctrl+Shift+N (register
    # a case) are the promoter's only.
    keys = _shortcuts(window)
    assert ("Ctrl+N" in keys) == permissions.may(role, "family.create")
    assert ("Ctrl+Shift+N" in keys) == permissions.may(role, "case.register")
    if role == "junta":
        titles = {shell.nav.item(i).text() for i in range(shell.nav.count())}
        assert titles == {"Bandeja de derivaciones"}
        assert shell.search is None and "Ctrl+K" not in keys
    feature.detach()
    window.close()
