"""Screenshots of the main screens at 1366×768 with realistic demo data, in Spanish.

A human looks at the PNGs (tests/helpers/ui.py says where); the assertions check that
each screen shows data, and that with real-length names and places no text or short
cell is cut (tests/helpers/walk.py).
"""

from app.core.demo import DemoGenerator
from tests.helpers.constants import TODAY
from tests.helpers.ui import snap
from tests.helpers.walk import clipped, settle


def fits(shell) -> list[str]:
    settle()
    return clipped(shell)


def test_main_screens_with_demo_data(qtbot, shell, workspace):
    DemoGenerator(workspace.db, workspace.writer, workspace.catalogs, TODAY, 7).generate(150)
    with qtbot.waitSignal(shell.home.must_refer_loaded, timeout=10_000):
        shell.home.refresh()
    assert shell.home.visits.count() > 1 and shell.home.must_refer.count() > 1
    snap(shell, "20-home-demo")
    assert fits(shell) == []
    with qtbot.waitSignal(shell.persons.loaded, timeout=10_000):
        shell.go_to(1)
    assert shell.persons.model.total > 500
    snap(shell, "21-persons")
    assert fits(shell) == []
    shell.go_to(2)
    assert shell.cases.model.rowCount() > 10
    snap(shell, "22-cases")
    assert fits(shell) == []
    shell.go_to(3)
    assert shell.referrals.model.rowCount() > 5
    snap(shell, "23-referrals")
    assert fits(shell) == []
    shell.go_to(4)
    assert shell.activities.model.rowCount() > 0
    snap(shell, "24-activities")
    assert fits(shell) == []
    case = shell.cases.model.item_at(0)
    page = shell.open_case(case.id)
    assert page.timeline.count() >= 1
    snap(shell, "25-case-page")
    assert fits(shell) == []
    household = shell.session.ws.cases.get(case.id).household_id
    shell.open_household(household)
    snap(shell, "26-family")
    assert fits(shell) == []
