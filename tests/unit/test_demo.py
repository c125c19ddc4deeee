"""Demo data: realistic, deterministic for a seed, confined to a parish when asked."""

from collections import Counter

from app.core.clock import FixedClock
from app.core.demo import DemoGenerator
from app.core.exporting import iter_records
from app.core.records.cases import REFERRAL_STATUSES
from app.core.store.keyring import LocalUser
from app.core.workspace import initialise
from tests.helpers.constants import NOW, PASSWORD, TODAY

STAMPS = {"created_at", "updated_at", "created_device", "updated_device"}


def _generate(folder, catalogs, families, seed, parish=None):
    ws = initialise(folder, LocalUser("ana", "promotor"), PASSWORD, catalogs, FixedClock(NOW))
    DemoGenerator(ws.db, ws.writer, ws.catalogs, TODAY, seed).generate(families, parish)
    rows = [{k: v for k, v in r.items() if k not in STAMPS} for r in iter_records(ws.db)]
    ws.close()
    return rows


def test_same_seed_same_data(tmp_path, catalogs):
    a = _generate(tmp_path / "a", catalogs, 60, seed=9)
    b = _generate(tmp_path / "b", catalogs, 60, seed=9)
    c = _generate(tmp_path / "c", catalogs, 60, seed=10)
    assert a == b
    assert a != c


def test_covers_every_type_status_and_passes_the_rules(tmp_path, catalogs):
    rows = _generate(tmp_path / "d", catalogs, 1500, seed=1)
    kinds = Counter(r["type"] for r in rows)
    assert kinds["household"] == 1500
    assert 4 * 1500 < kinds["person"] < 8 * 1500
    cases = [r for r in rows if r["type"] == "case"]
    assert {t for c in cases for t in c["violation_types"]} == \
        set(catalogs.violation_types.items)
    assert {r["status"] for r in rows if r["type"] == "referral_status"} == \
        set(REFERRAL_STATUSES)
    for kind in ("visit", "mediation", "activity", "consent", "follow_up"):
        assert kinds[kind] > 0, kind
    mediated = {r["case_id"] for r in rows if r["type"] == "mediation"}
    by_id = {c["id"]: c for c in cases}
    for case_id in mediated:   # never a mediation on a non-mediable case
        assert all(catalogs.violation_types.get(t).extra["mediable"]
                   for t in by_id[case_id]["violation_types"])
    codes = [c["code"] for c in cases]
    assert len(codes) == len(set(codes))
    names = " ".join(r["surnames"] for r in rows if r["type"] == "person")
    assert "ñ" in names or "Ñ" in names


def test_parish_option_confines_everything(tmp_path, catalogs):
    rows = _generate(tmp_path / "e", catalogs, 80, seed=2, parish="QUI")
    assert {r["parish"] for r in rows if "parish" in r} == {"QUI"}


def test_refused_on_a_store_with_data(workspace, household):
    import pytest

    from app.core.errors import UserError

    with pytest.raises(UserError):
        DemoGenerator(workspace.db, workspace.writer, workspace.catalogs, TODAY, 1).generate(3)


def test_plans_partly_fulfilled_by_activities(tmp_path, catalogs):
    ws = initialise(tmp_path / "p", LocalUser("tito", "tecnico"), PASSWORD, catalogs,
                    FixedClock(NOW))
    try:
        summary = DemoGenerator(ws.db, ws.writer, ws.catalogs, TODAY, 3).generate(5, "QUI")
        plans = ws.plans.plans(TODAY.year)
        progress = ws.plans.progress(TODAY.year)
    finally:
        ws.close()
    assert summary.plans == 2
    assert sorted(p.parish for p in plans) == ["", "QUI"]  # the POA and the parish's PTA
    done = [m for r in progress for m in r.done_months]
    late = [m for r in progress for m in r.late_months(TODAY)]
    assert done and late  # partly fulfilled
    assert all(m <= TODAY.month for m in done)
    assert all(m in r.action.months for r in progress for m in r.done_months)


def test_trainings_get_lists_consistent_with_their_counts(tmp_path, catalogs):
    rows = _generate(tmp_path / "t", catalogs, 5, seed=3)
    listed: dict[str, Counter] = {}
    for r in rows:
        if r["type"] == "attendee":
            listed.setdefault(r["activity_id"], Counter())[
                f"{r['age_group']}_{'mujeres' if r['sex'] == 'mujer' else 'hombres'}"] += 1
            # A name only with consent; children's and adolescents' by their representative.
            assert bool(r["given_names"]) == bool(r["name_consent"])
            if r["given_names"] and r["age_group"] in ("ninez", "adolescencia"):
                assert r["name_consent"] == "representative"
    activities = {r["id"]: r for r in rows if r["type"] == "activity"}
    assert len(listed) >= 3
    for activity_id, counts in listed.items():
        activity = activities[activity_id]
        assert activity["activity_type"] == "capacitacion" and activity["hours"]
        assert {k: v for k, v in activity["attendance"].items() if v} == dict(counts)
    named = [r for r in rows if r["type"] == "attendee" and r["given_names"]]
    assert 0 < len(named) < sum(sum(c.values()) for c in listed.values())
