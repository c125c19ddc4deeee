"""The plan page's model: planned against done per action, late months said in words."""

from datetime import date

from app.ui.models.plans import PlanProgressModel, strip
from tests.helpers.constants import TODAY


def test_plan_progress_model_marks_done_late_and_planned(workspace, qtmodeltester) -> None:
    ws = workspace
    plan = ws.plans.create_plan(TODAY.year, parish=ws.user.parish)
    [action] = ws.plans.add_actions(plan.id, [{
        "line": "C1 Capacitación integral", "proposed_action": "Talleres de buen trato",
        "months": [3, 10, 12], "target_events": 3}])
    ws.activities.record(activity_type=next(iter(ws.catalogs.activity_types.items)),
                         held_on=date(TODAY.year, 3, 5), parish=ws.user.parish, topic="Buen trato",
                         attendance={"adultos_mujeres": 5}, plan_action_id=action.id)
    model = PlanProgressModel(lambda: TODAY)
    model.set_items(ws.plans.progress(TODAY.year))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    progress = model.progress_at(0)
    assert strip(progress, TODAY) == "··✔······✘·○"
    assert model.index(0, 3).data() == "1 / 3"
    assert model.index(0, 4).data() == "5"
    assert model.index(0, 5).data() == "Planned for October, no activity recorded"
