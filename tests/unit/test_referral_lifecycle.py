"""A referral's life cycle: which step may follow which, one pure rule for the desktop's
forms and service and for the server (tests/sync/test_step_order.py)."""

import pytest

from app.core.errors import ValidationFailed
from app.core.i18n import translator
from app.core.records.cases import REFERRAL_STATUSES
from app.core.rules.referrals import NEXT_STEPS, check_step, next_steps


def test_the_life_cycle_speaks_of_known_statuses_only():
    assert set(NEXT_STEPS) == {None, *REFERRAL_STATUSES}
    assert {s for steps in NEXT_STEPS.values() for s in steps} <= set(REFERRAL_STATUSES)


def test_every_status_is_reachable_and_closed_ends_it():
    reached, todo = set(), [None]
    while todo:
        for step in next_steps(todo.pop()):
            if step not in reached:
                reached.add(step)
                todo.append(step)
    assert reached == set(REFERRAL_STATUSES)
    assert next_steps("closed") == ()


@pytest.mark.parametrize(("current", "status"), [
    ("sent", "answered"),        # not "Respondida" before "Recibida"
    ("sent", "in_attention"),
    (None, "received"),          # a referral starts drafted or sent
    ("drafted", "received"),     # a draft is sent before anyone receives it
    ("closed", "answered"),      # nothing after the closing
    ("answered", "received"),    # no going back to the receipt
])
def test_steps_out_of_order_are_refused(current, status):
    [problem] = check_step(current, status)
    assert problem.field == "status"


@pytest.mark.parametrize(("current", "status"), [
    ("sent", "received"), ("received", "answered"), ("received", "in_attention"),
    ("in_attention", "answered"), ("answered", "answered"), ("answered", "closed"),
    ("sent", "rejected"), ("rejected", "sent"), ("drafted", "sent"), (None, "drafted"),
])
def test_steps_in_order_pass(current, status):
    assert check_step(current, status) == []


def test_the_service_offers_and_keeps_the_life_cycle(workspace, child):
    case = workspace.cases.register(parish="PIL", affected_person_ids=[child.id],
                                    violation_types=["maltrato_fisico"], facts="Hechos",
                                    risk_level="alto", reporter_anonymous=True)
    referral = workspace.referrals.create(case_id=case.id, institution="junta",
                                          reason="Medidas de protección")
    assert workspace.referrals.next_steps(referral.id) == ("received", "rejected", "closed")
    with pytest.raises(ValidationFailed) as refused:
        workspace.referrals.add_status(referral.id, "answered", answer="Medida")
    assert "no sigue al paso actual" in refused.value.render(translator("es"))
    assert [s.status for s in workspace.referrals.history(referral.id)] == ["sent"]
    workspace.referrals.add_status(referral.id, "received")
    assert "answered" in workspace.referrals.next_steps(referral.id)
    workspace.referrals.add_status(referral.id, "answered", answer="Medida")
    workspace.referrals.add_status(referral.id, "closed")
    assert workspace.referrals.next_steps(referral.id) == ()
