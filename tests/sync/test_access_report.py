"""The subject access report (issue 14 §2): everything held about one person and every
opening of their cases, from two devices, as a PDF naming no other person."""

import stat
from datetime import date

from app.core.services.requests import RequestService
from sync.server.cli import main as server_main
from tests.helpers.constants import TODAY
from tests.helpers.pdf import pdf_text


def test_report_lists_every_opening_and_names_no_one_else(any_server, make_device,
                                                          tmp_path, capsys) -> None:
    ana = make_device(any_server, "ana")
    ws = ana.ws
    home = ws.families.create_household(parish="PIL", community="Centro")
    sisa = ws.families.add_person(household_id=home.id, given_names="Sisa",
                                  surnames="Chicaiza", sex="mujer", doc_type="sin_documento",
                                  birth_date=date(2016, 4, 3), relation_to_head="hijo_a",
                                  confirm_duplicates=True)
    brother = ws.families.add_person(household_id=home.id, given_names="Amaru",
                                     surnames="Quishpe", sex="hombre",
                                     birth_date=date(2014, 1, 9), relation_to_head="hijo_a",
                                     confirm_duplicates=True)
    rosa = ws.families.add_person(household_id=home.id, given_names="Rosa",
                                  surnames="Toapanta", sex="mujer", birth_date=date(1990, 1, 8),
                                  relation_to_head="jefe_hogar", confirm_duplicates=True)
    # A visit to the whole family is hers too; one filed under Rosa's own case is not.
    ws.visits.record(household_id=home.id, visit_date=date(2026, 3, 9),
                     observations="Visita a la familia.")
    own = ws.cases.register(parish="PIL", household_id=home.id, affected_person_ids=[rosa.id],
                            violation_types=["negligencia"], facts="Asunto de Rosa",
                            risk_level="medio", reporter_anonymous=True)
    ws.visits.record(household_id=home.id, case_id=own.id, visit_date=date(2026, 4, 21),
                     observations="Por el caso de Rosa.")
    case = ws.cases.register(parish="PIL", household_id=home.id,
                             affected_person_ids=[sisa.id, brother.id],
                             violation_types=["negligencia"],
                             facts="Rosa Toapanta lo vio en la cocina", risk_level="alto",
                             reporter_anonymous=True)
    ws.referrals.create(case_id=case.id, institution="mies", reason="Apoyo familiar")
    ws.families.record_consent(sisa.id, purpose="services", given_by="representative",
                               representative_name="Rosa Toapanta",
                               representative_relation="madre", given_on=TODAY)
    RequestService(ws.context()).record(sisa.id, "access", TODAY, "representative",
                                        "Rosa Toapanta", "madre")
    assert ana.sync().complete
    other = make_device(any_server, "luis")
    assert other.sync().complete
    ws.cases.open(case.id)
    other.ws.families.open_household(home.id)  # her family's page shows her: an access too
    other.ws.cases.open(case.id)
    other.ws.cases.open(case.id)
    assert ana.sync().complete and other.sync().complete
    out = tmp_path / "acceso.pdf"
    assert server_main(["--db", any_server.store.url, "person", "report", "--id", sisa.id,
                        "--out", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = " ".join(pdf_text(out))
    assert "Sisa Chicaiza" in text and case.code in text
    # Every opening, from both devices (by name), and nothing of anyone else.
    assert text.count("Abrió") == 4 and text.count("Familia") == 1
    assert "ana" in text and "luis" in text
    for name in ("Rosa", "Toapanta", "Amaru", "Quishpe", "cocina"):
        assert name not in text, name
    assert "1 otra persona" in text and "2 otras personas" in text
    assert "09/03/2026" in text and "21/04/2026" not in text
    # Bad input: a clear message, no traceback.
    capsys.readouterr()
    assert server_main(["--db", any_server.store.url, "person", "report", "--id", "nadie",
                        "--out", str(tmp_path / "x.pdf")]) == 1
    assert "Traceback" not in capsys.readouterr().err
