"""The subject access report from the desktop (técnico): made from this computer's
store; who opened the cases from the server (every device) when connected, else this
computer's own openings, said so on paper. No other person named."""

from datetime import date

from app.reports.access_local import write_local_access_report
from app.reports.access_report import AccessLine
from app.reports.context import ReportContext
from sync.admin_client import AdminClient
from tests.helpers.pdf import pdf_text
from tests.helpers.server import family_case


def test_desktop_report_online_and_offline(server, make_device, tmp_path) -> None:
    ana = make_device(server, "ana")
    case = family_case(ana.ws)
    child = case.affected_person_ids[0]
    home = ana.ws.families.get_person(child).household_id
    rosa = ana.ws.families.add_person(household_id=home, given_names="Rosa",
                                      surnames="Toapanta", sex="mujer", estimated_age=35,
                                      relation_to_head="jefe_hogar", confirm_duplicates=True)
    # A visit to the whole family is the girl's too; one under Rosa's own case is not.
    ana.ws.visits.record(household_id=home, visit_date=date(2026, 3, 9),
                         observations="Visita a la familia.")
    own = ana.ws.cases.register(parish="PIL", household_id=home, affected_person_ids=[rosa.id],
                                violation_types=["negligencia"], facts="Asunto de Rosa",
                                risk_level="medio", reporter_anonymous=True)
    ana.ws.visits.record(household_id=home, case_id=own.id, visit_date=date(2026, 4, 21),
                         observations="Por el caso de Rosa.")
    assert ana.sync().complete
    ana.ws.cases.open(case.id)
    assert ana.sync().complete
    tere = make_device(server, "tere", role="tecnico", parish="")
    assert tere.sync().complete
    tere.ws.cases.open(case.id)
    ctx = ReportContext.from_workspace(tere.ws)
    online = [AccessLine(e.at, e.username, e.device_name or e.device_id, e.action,
                         e.record_type, e.record_id)
              for e in AdminClient(tere.ws.db).access_log(child)]
    out = tmp_path / "online.pdf"
    write_local_access_report(ctx, child, out, online)
    text = " ".join(pdf_text(out))
    assert "Sisa Chicaiza" in text and case.code in text and "Rosa" not in text
    assert text.count("Abrió") == 1 and "ana" in text  # the server's word: Ana's
    assert "1 otra persona" in text
    assert "09/03/2026" in text and "21/04/2026" not in text
    # Offline: this computer's own opening, and the document says so.
    out = tmp_path / "offline.pdf"
    write_local_access_report(ctx, child, out, None)
    text = " ".join(pdf_text(out))
    assert text.count("Abrió") == 1 and "tere" in text and "este equipo" in text
    assert "sin conexión" in text.lower()
    # Printing it is audited like any document, and reaches the server at the next sync.
    assert tere.sync().audit_sent == 3
