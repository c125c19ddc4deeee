"""People's data requests through the widgets (issue 14 §2): recorded from the family
page by keyboard, listed on Inicio overdue first with its due date, answered from there."""

from datetime import timedelta

from PySide6.QtCore import Qt

from app.core.services.requests import RequestService
from app.ui.families.request_dialog import RequestDialog
from app.ui.home.answer_request_dialog import AnswerRequestDialog
from tests.helpers.constants import TODAY
from tests.helpers.ui import save, snap


def test_record_list_and_answer_a_request(qtbot, shell, workspace, household, child,
                                          qtmodeltester) -> None:
    # One received 20 days ago (overdue), recorded by the service.
    late = RequestService(workspace.context()).record(child.id, "rectification",
                                                      TODAY - timedelta(days=20))
    page = shell.open_household(household.id)
    qtbot.mouseClick(page.buttons["request"], Qt.MouseButton.LeftButton)
    dialog = shell.dialogs[-1]
    assert isinstance(dialog, RequestDialog)
    dialog.requested_by.setCurrentIndex(1)  # a representative
    save(qtbot, dialog)
    assert dialog.errors["representative_name"].isVisible()
    qtbot.keyClicks(dialog.rep_name, "Rosa Munoz")
    qtbot.keyClicks(dialog.rep_relation, "madre")
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    shell.go_to_section("home")
    requests = shell.home.requests
    requests.refresh()
    model = requests.model
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert rows[0][1] == "Rectificación" and rows[0][4] == "Vencida hace 5 días"
    assert rows[1][1] == "Acceso" and rows[1][3] == \
        (TODAY + timedelta(days=15)).strftime("%d/%m/%Y")
    assert rows[1][4] == "Quedan 15 días"
    snap(shell, "data_requests_inicio")
    # Answered from Inicio (Enter on the selected row): it leaves the list.
    requests.table.setFocus()
    requests.table.selectRow(0)
    qtbot.keyClick(requests.table, Qt.Key.Key_Return)
    answer = shell.dialogs[-1]
    assert isinstance(answer, AnswerRequestDialog)
    qtbot.keyClicks(answer.note, "Datos corregidos")
    with qtbot.waitSignal(answer.saved):
        save(qtbot, answer)
    requests.refresh()
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Acceso"]
    assert late.id not in {r.id for r in RequestService(workspace.context()).open_requests()}
