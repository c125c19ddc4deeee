"""The server keeps a referral's life cycle across devices: a step that no longer follows
the referral's current step, as the server orders every device's steps, is rejected into
"needs attention" — never stored out of order."""

from app.core.i18n import translator
from app.core.records import ReferralStatus
from app.core.sync import outbox
from tests.helpers.server import family_case


def _referred(srv, make_device):
    ana = make_device(srv, "ana")
    juana = make_device(srv, "juana", role="junta", parish="")
    tito = make_device(srv, "tito", role="tecnico", parish="")
    case = family_case(ana.ws)
    referral = ana.ws.referrals.create(case_id=case.id, institution="junta",
                                       reason="Medidas de protección")
    assert ana.sync().complete and juana.sync().complete and tito.sync().complete
    return ana, juana, tito, referral


def test_receipt_and_answer_in_one_push_are_both_applied(any_server, make_device):
    ana, juana, _, referral = _referred(any_server, make_device)
    juana.ws.referrals.add_status(referral.id, "received")
    juana.ws.referrals.add_status(referral.id, "answered", answer="Medida de apoyo familiar")
    assert juana.sync().complete
    assert ana.sync().complete
    assert [s.status for s in ana.ws.referrals.history(referral.id)] == \
        ["sent", "received", "answered"]


def test_an_answer_after_another_device_closed_the_referral_is_rejected(
        any_server, make_device):
    ana, juana, tito, referral = _referred(any_server, make_device)
    juana.ws.referrals.add_status(referral.id, "received")
    assert juana.sync().complete and tito.sync().complete
    # The Consejo closes it while the Junta, offline, answers it.
    tito.ws.referrals.add_status(referral.id, "closed", note="Cerrado por el Consejo")
    juana.ws.referrals.add_status(referral.id, "answered", answer="Medida")
    assert tito.sync().complete
    report = juana.sync()
    assert report.rejected == 1
    [entry] = outbox.needs_attention(juana.ws.db)
    assert (entry.record_type, entry.reason) == ("referral_status", "step_order")
    assert translator("es")(outbox.reason_message(entry.reason)).startswith(
        "La derivación ya había pasado a otro paso en otro equipo.")
    assert ana.sync().complete
    assert [s.status for s in ana.ws.referrals.history(referral.id)] == \
        ["sent", "received", "closed"]


def test_a_device_skipping_the_receipt_is_refused_by_the_server(any_server, make_device):
    """An old or altered desktop writes "answered" straight after "sent"."""
    ana, juana, _, referral = _referred(any_server, make_device)
    with juana.ws.db.write() as s:
        juana.ws.writer.create(s, ReferralStatus(referral_id=referral.id, status="answered",
                                                 answer="Medida"))
    assert juana.sync().rejected == 1
    assert ana.sync().complete
    assert [s.status for s in ana.ws.referrals.history(referral.id)] == ["sent"]
