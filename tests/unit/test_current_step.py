"""One definition of a referral's current step: Python (`latest`, which the server and the
documents use) and SQL (`current_step_query`, `CURRENT_STEP_SQL`: the lists, the agenda,
the statistics) agree on any history of steps, synced or not, whatever their stamps."""

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, text

from app.core.records import ReferralStatus
from app.core.records.cases import REFERRAL_STATUSES
from app.core.services.referral_steps import (
    CURRENT_STEP_SQL,
    current_step_query,
    latest,
    steps_in_order,
)

STAMP = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)

# A step: its status, whether the server numbered it yet, and a stamp offset in seconds
# (steps written or synced together share a stamp; device clocks run backwards).
steps_strategy = st.lists(st.tuples(st.sampled_from(REFERRAL_STATUSES), st.booleans(),
                                    st.integers(-2, 2)), min_size=1, max_size=8)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(histories=st.lists(steps_strategy, min_size=1, max_size=4))
def test_python_and_sql_agree(workspace, histories) -> None:
    referral_ids = [f"r{i}" for i in range(len(histories))]
    with workspace.db.write() as s:
        s.execute(delete(ReferralStatus))
        version = 0
        rows = []
        for rid, history in zip(referral_ids, histories, strict=True):
            for status, synced, offset in history:
                version += 1
                rows.append(ReferralStatus(
                    referral_id=rid, status=status, server_version=version if synced else None,
                    created_at=STAMP + timedelta(seconds=offset)).model_dump())
        # Recorded in an interleaved order, as two devices' steps arrive.
        rows.sort(key=lambda r: (r["server_version"] is None, r["server_version"] or 0))
        s.execute(insert(ReferralStatus), rows)
    with workspace.db.read() as s:
        steps: dict[str, list[ReferralStatus]] = {}
        for step in s.execute(steps_in_order(referral_ids)).scalars():
            steps.setdefault(step.referral_id, []).append(step)
        python = {rid: latest(log) for rid, log in steps.items()}
        window = dict(s.execute(current_step_query(
            select(ReferralStatus.referral_id).distinct())).all())
        by_rowid = dict(s.execute(text(
            "SELECT r.id, st.id FROM (SELECT DISTINCT referral_id AS id FROM referral_status) r"
            " JOIN referral_status st ON st.rowid = " + CURRENT_STEP_SQL)).all())
    assert by_rowid == {rid: step.id for rid, step in python.items()}
    assert window == {rid: step.status for rid, step in python.items()}
