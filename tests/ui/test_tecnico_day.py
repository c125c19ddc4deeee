"""The Consejo technician's day through the main window, from what the real server sent:
the canton overview (per parish: open cases by risk, referrals waiting beyond 48 hours,
overdue visits and follow-ups; each promoter's last sync, a stale one highlighted), a
parish's overdue visits behind a figure, and the case behind a visit."""

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from app.core.clock import FixedClock
from app.core.services.followups import FollowUpService
from app.ui.cases.case_page import CasePage
from app.ui.home.overview_list_page import OverviewListPage
from app.ui.home.overview_model import ALERT
from app.ui.shell.offers import permission_of
from app.ui.sync.feature import SyncFeature
from tests.helpers.constants import NOW, PASSWORD
from tests.helpers.ui import make_window, snap, unlock_as

NEVER = 3_600_000


def _family_case(ws, parish: str, name: str, risk: str):
    home = ws.families.create_household(parish=parish, community="Centro")
    child = ws.families.add_person(household_id=home.id, given_names=name,
                                   surnames="Chicaiza", sex="mujer",
                                   birth_date=date(2016, 4, 3), relation_to_head="hijo_a",
                                   confirm_duplicates=True)
    case = ws.cases.register(parish=parish, household_id=home.id,
                             affected_person_ids=[child.id], violation_types=["negligencia"],
                             facts="Hechos.", risk_level=risk, reporter_anonymous=True)
    return home, case


def _row(model, name: str) -> list[str]:
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == name:
            return [model.index(r, c).data() for c in range(model.columnCount())]
    raise AssertionError(f"no row {name!r}")


def test_the_technician_follows_the_canton(qtbot, qapp, ui_ctx, server, make_device,
                                           qtmodeltester) -> None:
    # Five days ago, Ana (Pilahuín) registered two cases, referred one to the Junta and
    # planned a visit and a follow-up that are now overdue; and synced.
    clock: FixedClock = server.store.clock
    ana = make_device(server, "ana", clock=FixedClock(NOW - timedelta(days=5)))
    home, case = _family_case(ana.ws, "PIL", "Sisa", "critico")
    _family_case(ana.ws, "PIL", "Nina", "alto")
    ana.ws.referrals.create(case_id=case.id, institution="junta", reason="Medidas")
    ana.ws.visits.plan(home.id, date(2026, 11, 19), case.id)
    FollowUpService(ana.ws.context()).schedule(case.id, date(2026, 11, 20), "Llamar")
    clock.advance(timedelta(days=-5))
    assert ana.sync().complete
    clock.advance(timedelta(days=5))
    # Beto (Quisapincha) last synced two weeks ago, by the server's clock.
    beto = make_device(server, "beto", parish="QUI",
                       clock=FixedClock(NOW - timedelta(days=14)))
    _family_case(beto.ws, "QUI", "Killa", "medio")
    clock.advance(timedelta(days=-14))
    assert beto.sync().complete
    clock.advance(timedelta(days=14))
    tito = make_device(server, "tito", role="tecnico", parish="")
    assert tito.sync().complete
    tito.ws.close()

    # Offline from here: the technician's laptop shows what it holds.
    server.stop()
    ctx = replace(ui_ctx, data_dir=tito.ws.data_dir)
    window = make_window(qtbot, ctx, qapp)
    feature = SyncFeature(ctx, window, interval_ms=NEVER, retry_ms=NEVER)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        unlock_as(qtbot, window, PASSWORD)
    shell = window.shell
    page = shell.overview
    assert shell.stack.currentWidget() is page and shell.home is None
    assert shell.nav.item(0).text() == "Resumen cantonal"
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.syncs)
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert headers == ["Parroquia", "Crítico", "Alto", "Medio", "Bajo", "Casos abiertos",
                       "Derivaciones sin respuesta > 48 h", "Visitas atrasadas",
                       "Seguimientos atrasados"]
    assert _row(model, "Pilahuín") == ["Pilahuín", "1", "1", "0", "0", "2", "1", "1", "1"]
    assert _row(model, "Quisapincha") == ["Quisapincha", "0", "0", "1", "0", "1", "0", "0",
                                          "0"]
    assert _row(model, "Todo el cantón")[5:] == ["3", "1", "1", "1"]
    assert page.as_of.text().startswith("Datos de la última sincronización: 22/11/2026")
    # Each promoter's last successful sync; two weeks without one stands out.
    rows = [[page.syncs.index(r, c).data() for c in range(4)] for r in range(2)]
    assert rows == [["beto", "Quisapincha", "08/11/2026", "sin sincronizar hace 14 días"],
                    ["ana", "Pilahuín", "17/11/2026", "hace 5 días"]]
    assert page.syncs.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) == ALERT
    assert page.syncs.index(1, 3).data(Qt.ItemDataRole.ForegroundRole) is None
    snap(window, "62-tecnico-overview")

    # Pilahuín's overdue visits: one click on the figure.
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Pilahuín")
    cell = model.index(row, headers.index("Visitas atrasadas"))
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole) == ALERT
    page.table.scrollTo(cell)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(cell).center())
    listing = shell.detail
    assert isinstance(listing, OverviewListPage)
    qtmodeltester.check(listing.model)
    assert listing.findChildren(type(page.as_of))[0].text() == "Visitas atrasadas · Pilahuín"
    assert [[listing.model.index(0, c).data() for c in range(4)]] == [
        ["19/11/2026", case.code, "Sisa Chicaiza (10 años)", "Centro"]]
    snap(window, "63-tecnico-overdue-visits")
    # Enter opens the visit's case, where the technician may add a note or a referral
    # step, and nothing else.
    qtbot.keyClick(listing.table, Qt.Key.Key_Return)
    case_page = shell.detail
    assert isinstance(case_page, CasePage) and case_page.case_id == case.id
    offered = {permission_of(b) for b in case_page.findChildren(QAbstractButton)
               if b.isVisible() and permission_of(b)}
    assert offered == {"case.note", "referral.step"}
    # Back to the overview from the navigation.
    shell.go_to(0)
    assert shell.stack.currentWidget() is page
    feature.detach()
