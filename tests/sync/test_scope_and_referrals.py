"""Roles and territory (invariant 9), rejected changes (8), the referral round trip."""

from datetime import date

from sqlalchemy import select

from app.core import outbox
from app.core.records import SYNCED_TYPES, Case, Household, Person, Referral


def _family_case(device, parish: str) -> Case:
    ws = device.ws
    h = ws.families.create_household(parish=parish, community="Centro")
    p = ws.families.add_person(household_id=h.id, given_names="Sisa", surnames="Chicaiza",
                               sex="mujer", birth_date=date(2016, 4, 3),
                               relation_to_head="hijo_a", confirm_duplicates=True)
    return ws.cases.register(parish=parish, affected_person_ids=[p.id],
                             violation_types=["negligencia"], facts="Hechos del caso",
                             risk_level="alto", reporter_anonymous=True)


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
    _family_case(ana, "PIL")
    theirs = _family_case(other, "AMB")
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
    _family_case(ana, "PIL")
    assert ana.sync().complete
    admin = make_device(server, "root", role="admin", parish="")
    report = admin.sync()
    assert report.complete and report.received == 0


def test_referral_round_trip_promoter_junta_promoter(any_server, make_device) -> None:
    server = any_server
    ana = make_device(server, "ana", parish="PIL")
    junta = make_device(server, "juana", role="junta", parish="")
    tecnico = make_device(server, "tito", role="tecnico", parish="")
    case = _family_case(ana, "PIL")
    other_case = _family_case(ana, "PIL")
    referral = ana.ws.referrals.create(case_id=case.id, institution="junta",
                                       reason="Medida de protección")
    ana.ws.referrals.create(case_id=other_case.id, institution="fiscalia", reason="Denuncia")
    assert ana.sync().complete
    # The Junta sees the referral addressed to it and its case, nothing else.
    assert junta.sync().complete
    with junta.ws.db.read() as s:
        assert set(s.execute(select(Referral.id)).scalars()) == {referral.id}
        assert set(s.execute(select(Case.id)).scalars()) == {case.id}
        assert s.execute(select(Person)).first() is None
    junta.ws.referrals.add_status(referral.id, "received", note="Recibido en ventanilla")
    junta.ws.referrals.add_status(referral.id, "answered", answer="Medida de acogimiento")
    # The Junta may not edit the case itself.
    junta.ws.cases.update(case.id, facts="Cambiado por la Junta")
    report = junta.sync()
    assert report.sent == 2 and report.rejected == 1
    assert outbox.needs_attention(junta.ws.db)[0].reason == "forbidden"
    # Back on the promoter's device: the new status and the answer.
    assert ana.sync().complete
    [view] = [v for v in ana.ws.referrals.for_case(case.id)]
    assert view.status.status == "answered"
    assert view.status.answer == "Medida de acogimiento"
    with ana.ws.db.read() as s:
        assert s.get(Case, case.id).facts == "Hechos del caso"
    # The Consejo follows it too, and may add a note step.
    assert tecnico.sync().complete
    tecnico.ws.referrals.add_status(referral.id, "closed", note="Cerrado por el Consejo")
    assert tecnico.sync().complete
    assert ana.sync().complete
    assert ana.ws.referrals.for_case(case.id)[0].status.status == "closed"
