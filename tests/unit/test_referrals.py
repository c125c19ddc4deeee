"""A referral's status is its latest step."""

from datetime import UTC, datetime

from app.core.records import ReferralStatus
from app.core.services.referrals import latest

STAMP = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def _step(status: str, version: int | None = None, at: datetime = STAMP) -> ReferralStatus:
    return ReferralStatus(referral_id="r", status=status, server_version=version,
                          created_at=at)


def test_unsynced_steps_with_one_stamp_follow_the_order_recorded():
    steps = [_step("sent"), _step("received"), _step("in_attention"), _step("answered")]
    assert latest(steps).status == "answered"
    # A correction recorded after (the clerk went back to "received"): the last one counts.
    assert latest([*steps, _step("received")]).status == "received"


def test_server_order_beats_device_clocks():
    late_clock = datetime(2031, 1, 1, tzinfo=UTC)     # a device years ahead
    steps = [_step("received", 7, late_clock), _step("answered", 9, STAMP)]
    assert latest(steps).status == "answered"


def test_unsynced_local_step_is_newest():
    assert latest([_step("answered", 9), _step("closed", None)]).status == "closed"


def test_referral_status_through_the_service(workspace, child):
    case = workspace.cases.register(parish="PIL", affected_person_ids=[child.id],
                                    violation_types=["maltrato_fisico"], facts="Hechos",
                                    risk_level="alto", reporter_anonymous=True)
    referral = workspace.referrals.create(case_id=case.id, institution="junta",
                                          reason="Medidas de protección")
    workspace.referrals.add_status(referral.id, "received")
    workspace.referrals.add_status(referral.id, "answered", answer="Medida emitida")
    view, = workspace.referrals.for_case(case.id)
    assert (view.status.status, view.status.answer) == ("answered", "Medida emitida")


def test_my_referrals_show_the_latest_synced_step(workspace, child):
    from sqlalchemy import update

    from app.core.services.worklists import WorkLists

    case = workspace.cases.register(parish="PIL", affected_person_ids=[child.id],
                                    violation_types=["maltrato_fisico"], facts="Hechos",
                                    risk_level="alto", reporter_anonymous=True)
    referral = workspace.referrals.create(case_id=case.id, institution="junta",
                                          reason="Medidas de protección")
    received = workspace.referrals.add_status(referral.id, "received")
    sent = next(s for s in workspace.referrals.history(referral.id) if s.status == "sent")
    with workspace.db.write() as s:   # as after a pull: the server ordered both steps
        s.execute(update(ReferralStatus).where(ReferralStatus.id == sent.id)
                  .values(server_version=5))
        s.execute(update(ReferralStatus).where(ReferralStatus.id == received.id)
                  .values(server_version=7))
    rows = WorkLists(workspace.db, "ana", workspace.clock).my_referrals()
    assert [(r.id, r.status) for r in rows] == [(referral.id, "received")]
