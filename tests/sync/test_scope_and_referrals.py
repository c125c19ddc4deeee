"""Roles and territory (invariant 9), rejected changes (8), the referral round trip, and
what of the referred case's family the Junta receives."""

from datetime import date, timedelta

from sqlalchemy import select

from app.core.clock import FixedClock
from app.core.records import (
    SYNCED_TYPES,
    Case,
    Conflict,
    Consent,
    Household,
    Person,
    Referral,
)
from app.core.services.agenda import AgendaService
from app.core.sync import outbox
from tests.helpers.constants import NOW, TODAY
from tests.helpers.server import family_case


def _all_ids(device) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    with device.ws.db.read() as s:
        for name, model in SYNCED_TYPES.items():
            found[name] = set(s.execute(select(model.id)).scalars())
    return found


def test_promoter_never_receives_another_parish(server, make_device) -> None:
    ana = make_device(server, "ana", parish="PIL")
    other = make_device(server, "olga", parish="AMB")
    tecnico = make_device(server, "tito", role="tecnico", parish="")
    family_case(ana.ws, "PIL")
    theirs = family_case(other.ws, "AMB")
    assert ana.sync().complete and other.sync().complete and ana.sync().complete
    mine = _all_ids(ana)
    theirs_ids = _all_ids(other)
    with ana.ws.db.read() as s:
        assert {h.parish for h in s.execute(select(Household)).scalars()} == {"PIL"}
        assert {c.parish for c in s.execute(select(Case)).scalars()} == {"PIL"}
        assert theirs.id not in set(s.execute(select(Case.id)).scalars())
    for name in mine:
        assert not (mine[name] & (theirs_ids[name] - mine[name]))
    # The technician of the Consejo sees both parishes.
    assert tecnico.sync().complete
    with tecnico.ws.db.read() as s:
        assert {c.parish for c in s.execute(select(Case)).scalars()} == {"PIL", "AMB"}


def test_write_outside_territory_is_rejected_and_needs_attention(server, make_device) -> None:
    ana = make_device(server, "ana", parish="PIL")
    ana.ws.families.create_household(parish="AMB", community="Ajena")
    ana.ws.families.create_household(parish="PIL", community="Propia")
    report = ana.sync()
    assert report.rejected == 1 and report.sent == 1 and not report.complete
    [entry] = outbox.needs_attention(ana.ws.db)
    assert entry.reason == "out_of_scope" and entry.fields["community"] == "Ajena"
    # It stays listed; it is not sent again as if pending.
    assert outbox.pending_count(ana.ws.db) == 0


def test_admin_receives_no_case_content(server, make_device) -> None:
    ana = make_device(server, "ana", parish="PIL")
    family_case(ana.ws, "PIL")
    assert ana.sync().complete
    admin = make_device(server, "root", role="admin", parish="")
    report = admin.sync()
    assert report.complete and report.received == 0


def test_referral_round_trip_promoter_junta_promoter(any_server, make_device) -> None:
    server = any_server
    ana = make_device(server, "ana", parish="PIL")
    junta = make_device(server, "juana", role="junta", parish="")
    tecnico = make_device(server, "tito", role="tecnico", parish="")
    case = family_case(ana.ws, "PIL")
    child_id = case.affected_person_ids[0]
    home_id = ana.ws.families.get_person(child_id).household_id
    ana.ws.families.update_person(child_id, ethnicity="indigena", phone="0991234567")
    ana.ws.families.add_person(household_id=home_id, given_names="Rosa", surnames="Chicaiza",
                               sex="mujer", birth_date=date(1990, 1, 8),
                               relation_to_head="jefe_hogar", confirm_duplicates=True)
    ana.ws.families.record_consent(child_id, purpose="sharing", given_by="representative",
                                   representative_name="Rosa Chicaiza",
                                   representative_relation="madre", given_on=TODAY)
    other_case = family_case(ana.ws, "PIL")
    referral = ana.ws.referrals.create(case_id=case.id, institution="junta",
                                       reason="Medida de protección")
    ana.ws.referrals.create(case_id=other_case.id, institution="fiscalia", reason="Denuncia")
    assert ana.sync().complete
    # Three days on, the promoter's agenda lists both referrals as waiting for an answer.
    agenda = AgendaService(ana.ws.db, FixedClock(NOW + timedelta(days=3)), "ana",
                           ana.ws.catalogs)
    assert referral.id in {i.record_id for i in agenda.load().referrals}
    assert len(agenda.load().referrals) == 2
    # The Junta sees the referral addressed to it and its case, nothing else.
    assert junta.sync().complete
    with junta.ws.db.read() as s:
        assert set(s.execute(select(Referral.id)).scalars()) == {referral.id}
        assert set(s.execute(select(Case.id)).scalars()) == {case.id}
        # Who the case affects, and where the child lives: not the mother, not the
        # consent, nothing of the other case's family.
        assert set(s.execute(select(Person.id)).scalars()) == {child_id}
        assert set(s.execute(select(Household.id)).scalars()) == {home_id}
        assert s.execute(select(Consent)).first() is None
        child = s.get(Person, child_id)
        assert (child.given_names, child.surnames, child.sex, child.birth_date) == (
            "Sisa", "Chicaiza", "mujer", date(2016, 4, 3))
        # Identified as on the referral form, nothing more (no ethnicity, no phone).
        assert (child.ethnicity, child.phone, child.relation_to_head) == ("", "", "")
        assert s.get(Household, home_id).community == "Centro"
    junta.ws.referrals.add_status(referral.id, "received", note="Recibido en ventanilla")
    junta.ws.referrals.add_status(referral.id, "answered", answer="Medida de acogimiento")
    # The Junta may not edit the case itself, nor the child it receives.
    junta.ws.cases.update(case.id, facts="Cambiado por la Junta")
    junta.ws.families.update_person(child_id, given_names="Cambiada por la Junta")
    report = junta.sync()
    assert report.sent == 2 and report.rejected == 2
    assert [e.reason for e in outbox.needs_attention(junta.ws.db)] == ["forbidden"] * 2
    # Back on the promoter's device: the new status and the answer.
    assert ana.sync().complete
    [view] = [v for v in ana.ws.referrals.for_case(case.id)]
    assert view.status.status == "answered"
    assert view.status.answer == "Medida de acogimiento"
    # ... and the answered referral leaves the agenda's waiting list.
    assert referral.id not in {i.record_id for i in agenda.load().referrals}
    assert len(agenda.load().referrals) == 1
    with ana.ws.db.read() as s:
        assert s.get(Case, case.id).facts == "Hechos del caso"
        assert s.get(Person, child_id).given_names == "Sisa"
    # The Consejo follows it too, and may add a note step.
    assert tecnico.sync().complete
    tecnico.ws.referrals.add_status(referral.id, "closed", note="Cerrado por el Consejo")
    assert tecnico.sync().complete
    assert ana.sync().complete
    assert ana.ws.referrals.for_case(case.id)[0].status.status == "closed"


def test_junta_follows_the_persons_its_cases_affect(any_server, make_device) -> None:
    server = any_server
    ana = make_device(server, "ana", parish="PIL")
    beto = make_device(server, "beto", parish="PIL")
    junta = make_device(server, "juana", role="junta", parish="")
    case = family_case(ana.ws, "PIL")
    child_id = case.affected_person_ids[0]
    home_id = ana.ws.families.get_person(child_id).household_id
    ana.ws.referrals.create(case_id=case.id, institution="junta", reason="Medidas")
    assert ana.sync().complete and junta.sync().complete and beto.sync().complete
    # Later: a brother is named in the case, and the child moves to her grandmother's.
    brother = ana.ws.families.add_person(
        household_id=home_id, given_names="Kevin", surnames="Chicaiza", sex="hombre",
        estimated_age=14, estimated_on=TODAY, relation_to_head="hijo_a",
        confirm_duplicates=True)
    ana.ws.cases.update(case.id, affected_person_ids=[child_id, brother.id])
    grandma = ana.ws.families.create_household(parish="PIL", community="Tamboloma",
                                               address_reference="Junto a la capilla")
    ana.ws.families.update_person(child_id, household_id=grandma.id,
                                  surnames="Chicaiza Toapanta")
    assert ana.sync().complete and junta.sync().complete
    with junta.ws.db.read() as s:
        assert set(s.execute(select(Person.id)).scalars()) == {child_id, brother.id}
        assert set(s.execute(select(Household.id)).scalars()) == {home_id, grandma.id}
        child = s.get(Person, child_id)
        assert (child.household_id, child.surnames) == (grandma.id, "Chicaiza Toapanta")
        assert s.get(Person, brother.id).estimated_age == 14
    # Two promoters rename the child at once: the conflict stays among promoters (both
    # values might be of fields the Junta does not receive); the kept value reaches it.
    ana.ws.families.update_person(child_id, given_names="Sisa Maria")
    beto.ws.families.update_person(child_id, given_names="Sisa Mariana")
    assert ana.sync().complete and beto.sync().conflicts == 1
    assert junta.sync().complete
    with junta.ws.db.read() as s:
        assert s.get(Person, child_id).given_names == "Sisa Maria"
        assert s.execute(select(Conflict)).first() is None
    # The Junta may not move the child either.
    junta.ws.families.update_person(child_id, household_id=home_id)
    assert junta.sync().rejected == 1
    assert outbox.needs_attention(junta.ws.db)[0].reason == "forbidden"


def test_junta_receives_a_referral_re_addressed_to_it_but_no_other_parish(
        server, make_device) -> None:
    ana = make_device(server, "ana", parish="PIL")
    olga = make_device(server, "olga", parish="AMB")
    junta = make_device(server, "juana", role="junta", parish="")
    theirs = family_case(olga.ws, "AMB")
    case = family_case(ana.ws, "PIL")
    child_id = case.affected_person_ids[0]
    referral = ana.ws.referrals.create(case_id=case.id, institution="dinapen",
                                       reason="Medidas")
    assert olga.sync().complete and ana.sync().complete and junta.sync().complete
    with junta.ws.db.read() as s:
        assert s.execute(select(Person.id)).first() is None
    # The referral is re-addressed to the Junta; the case also names a person of another
    # parish (a mistyped id, or a tampered client): that edit is refused as out of the
    # territory, and only Pilahuín's child is opened.
    with ana.ws.db.write() as s:
        ana.ws.writer.update(s, Referral, referral.id, {"institution": "junta"})
        ana.ws.writer.update(s, Case, case.id, {
            "affected_person_ids": [child_id, theirs.affected_person_ids[0]]})
    report = ana.sync()
    assert (report.sent, report.rejected) == (1, 1)
    assert [(e.record_id, e.reason) for e in outbox.needs_attention(ana.ws.db)] == [
        (case.id, "out_of_scope")]
    assert junta.sync().complete
    with junta.ws.db.read() as s:
        assert set(s.execute(select(Person.id)).scalars()) == {child_id}
        assert {h.parish for h in s.execute(select(Household)).scalars()} == {"PIL"}
        assert s.execute(select(Case.id)).scalars().all() == [case.id]
