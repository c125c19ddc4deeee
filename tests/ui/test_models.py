"""Every table model passes pytest-qt's qtmodeltester, with real rows from a real store."""

from datetime import date

from app.ui.models.persons import PAGE, PersonTableModel
from app.ui.models.rows import RowsTableModel


def fill(workspace, households: int = 3, per: int = 90) -> None:
    for h in range(households):
        household = workspace.families.create_household(parish=("PIL", "QUI", "IZA")[h % 3],
                                                        community="Centro")
        for i in range(per):
            workspace.families.add_person(
                household_id=household.id, given_names=f"Persona {h}-{i}", surnames="Prueba",
                sex="mujer" if i % 2 else "hombre", birth_date=date(2000, 1, 1 + i % 28),
                confirm_duplicates=True)


def test_person_model_fetches_incrementally_and_passes_modeltester(qtmodeltester, ui_ctx,
                                                                   session, workspace):
    fill(workspace)
    model = PersonTableModel(ui_ctx, session.persons)
    model.reload()
    assert model.total == 270
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 270 and not model.canFetchMore()
    qtmodeltester.check(model)
    model.sort(0)
    assert model.canFetchMore()
    model.fetchMore()
    first = model.person_at(0)
    assert first.full_name.endswith("Prueba")
    qtmodeltester.check(model)


def test_person_model_filters_by_parish(qtmodeltester, ui_ctx, session, workspace):
    fill(workspace, per=5)
    model = PersonTableModel(ui_ctx, session.persons)
    from app.core.services.listing import PersonFilter

    model.filter = PersonFilter(parish="QUI")
    model.reload()
    assert model.total == 5
    qtmodeltester.check(model)


def test_rows_model_passes_modeltester(qtmodeltester):
    model = RowsTableModel([("A", lambda x: x[0]), ("B", lambda x: x[1])], lambda x: x[0])
    model.set_items([("b", "2"), ("a", "1"), ("c", "3")])
    qtmodeltester.check(model)
    model.sort(0)
    assert model.item_at(0) == ("a", "1")
    qtmodeltester.check(model)
