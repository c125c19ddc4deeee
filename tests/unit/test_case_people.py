"""Whom a case affects: one query for every view that names a case by its people."""

from datetime import date

from app.core.services.affected import CasePeople, affected_by_case
from app.core.services.worklists import WorkLists
from tests.helpers.constants import TODAY


def kevin(workspace, household):
    # No birth date: an age estimated a year ago, so "about 14" today.
    return workspace.families.add_person(
        household_id=household.id, given_names="Kevin", surnames="Chicaiza", sex="hombre",
        estimated_age=13, estimated_on=date(2025, 11, 1), relation_to_head="hijo_a")


def test_a_case_names_its_people_in_the_cases_order_with_their_ages(workspace, household,
                                                                    child):
    boy = kevin(workspace, household)
    case = workspace.cases.register(
        parish="PIL", household_id=household.id, affected_person_ids=[boy.id, child.id],
        violation_types=["negligencia"], facts="Hechos", reporter_anonymous=True)
    other = workspace.cases.register(
        parish="PIL", household_id=household.id, affected_person_ids=[child.id],
        violation_types=["negligencia"], facts="Hechos", reporter_anonymous=True)
    people = CasePeople(workspace.db, workspace.clock).of([case.id, other.id])
    assert [(p.full_name, p.age, p.estimated, p.category) for p in people[case.id]] == [
        ("Kevin Chicaiza", 14, True, "adolescencia"),
        ("Sisa Nina Chicaiza Muñoz", 10, False, "ninez")]
    assert [p.person_id for p in people[other.id]] == [child.id]
    assert people[case.id][1].community == "Tamboloma"
    # The lists read the same: a case row carries its people.
    rows = {r.id: r for r in WorkLists(workspace.db, "ana", workspace.clock).cases()}
    assert rows[case.id].affected == people[case.id]


def test_removed_persons_and_cases_without_people_are_left_out(workspace, household, child):
    boy = kevin(workspace, household)
    case = workspace.cases.register(
        parish="PIL", household_id=household.id, affected_person_ids=[child.id, boy.id],
        violation_types=["negligencia"], facts="Hechos", reporter_anonymous=True)
    workspace.families.delete_person(boy.id)
    with workspace.db.read() as s:
        found = affected_by_case(s, [case.id, "no-such-case"], TODAY)
    assert list(found) == [case.id]
    assert [p.person_id for p in found[case.id]] == [child.id]
    assert CasePeople(workspace.db, workspace.clock).of([]) == {}


def test_many_cases_in_one_call(workspace, household, child, monkeypatch):
    ids = [workspace.cases.register(
        parish="PIL", household_id=household.id, affected_person_ids=[child.id],
        violation_types=["negligencia"], facts="Hechos", reporter_anonymous=True).id
        for _ in range(3)]
    from app.core.services import affected

    monkeypatch.setattr(affected, "CHUNK", 2)  # several statements, one answer
    found = CasePeople(workspace.db, workspace.clock).of(ids)
    assert sorted(found) == sorted(ids)
