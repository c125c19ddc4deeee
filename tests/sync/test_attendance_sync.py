"""An attendance list filled on two devices offline: both participants survive the sync
(one record each, no conflict) and every side derives the same counts from the list."""

from datetime import date

from sqlalchemy import select

from app.core.records import Conflict


def test_attendees_added_offline_on_two_devices_both_survive(server, make_device) -> None:
    ana = make_device(server, "ana")  # promoters of PIL
    eva = make_device(server, "eva")
    training = ana.ws.activities.record(
        activity_type="capacitacion", held_on=date(2026, 11, 20), parish="PIL",
        topic="Buen trato", hours=3, attendance={"adultos_mujeres": 12})
    assert ana.sync().complete and eva.sync().complete
    # Offline, each adds a participant to the same list.
    ana.ws.activities.add_attendees(training.id, [
        {"given_names": "Rosa", "surnames": "Caiza", "sex": "mujer", "age_group": "adultos",
         "name_consent": "self", "consent_on": date(2026, 11, 20)}])
    eva.ws.activities.add_attendees(training.id, [
        {"sex": "hombre", "age_group": "adolescencia"}])
    for device in (ana, eva, ana):
        assert device.sync().complete
    for device in (ana, eva):
        names = sorted((a.name, a.sex) for a in device.ws.activities.attendees(training.id))
        assert names == [("", "hombre"), ("Rosa Caiza", "mujer")]
        counts = device.ws.activities.get(training.id).attendance
        assert (counts["adultos_mujeres"], counts["adolescencia_hombres"],
                sum(counts.values())) == (1, 1, 2)
        with device.ws.db.read() as s:
            assert s.execute(select(Conflict)).first() is None
