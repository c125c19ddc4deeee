"""Documents people sign: the signature block stays with the content it closes (never
alone on a page) and its lines are level; an acta asks signatures only of the adults
present; the user is named by display name; the monthly report explains its shares."""

from datetime import date

import pytest
from pypdf import PdfReader

from app.core.catalogs import Catalogs
from app.core.store.keyring import LocalUser
from app.core.workspace import initialise
from app.reports import api
from tests.helpers.constants import PASSWORD
from tests.helpers.pdf import assert_pages_not_blank, pdf_text
from tests.helpers.samples import MOTHER, NEIGHBOUR

LINE = "_" * 34
CHILD_NAME = "Sisa Nina Chicaiza Muñoz"


def _signature_page(pages: list[str], caption: str) -> str:
    [page] = [p for p in pages if caption in p]
    return page


def _after(text: str, caption: str) -> str:
    return text[text.index(caption):]


def line_heights(path, page_number: int) -> list[float]:
    """The heights on the page at which signature lines are drawn, in drawing order."""
    found: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip() == LINE:  # the text's origin on the page: tm within cm
            found.append(round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5], 1))

    PdfReader(path).pages[page_number].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("institution", ["junta", "fiscalia"])
def test_referral_signatures_never_start_a_page_alone(ctx, workspace, field, out,
                                                      institution):
    """The account of the facts grows line by line: wherever the page ends, the
    signatures keep the end of section 7 with them."""
    case = field.case
    referral = workspace.referrals.create(
        case_id=case.id, institution=institution,
        reason=" ".join(f"Motivo{i:03d} de la derivación." for i in range(60)))
    sentence = "La niña contó lo ocurrido a su profesora en la escuela del sector. "
    for count in range(2, 64, 2):
        workspace.cases.update(case.id, facts=sentence * count)
        path = out / f"ficha-{count}.pdf"
        api.referral_form(ctx, referral.id, path)
        pages = pdf_text(path)
        page = _signature_page(pages, "8. Firmas")
        before = page[:page.index("8. Firmas")]
        assert "Motivo0" in before or "48 horas" in before, (count, len(pages))


def test_signature_lines_are_level(ctx, workspace, field, out):
    long_name = "María de los Ángeles Chicaiza Toalombo de la Cruz Pilamunga Masaquiza"
    ws = workspace
    visit = ws.visits.record(household_id=field.case.household_id, case_id=field.case.id,
                             visit_date=date(2026, 11, 20), observations="Visita.",
                             participants=[long_name, MOTHER, "Rosa Pérez"])
    api.visit_record(ctx, visit.id, out / "visita.pdf")
    pages = PdfReader(out / "visita.pdf").pages
    heights = line_heights(out / "visita.pdf", len(pages) - 1)
    assert len(heights) == 4
    assert heights[0] == heights[1] and heights[2] == heights[3], heights


def test_acta_asks_signatures_only_of_the_adults_present(ctx, workspace, field, out):
    api.visit_record(ctx, field.visit.id, out / "visita.pdf")
    text = " ".join(pdf_text(out / "visita.pdf"))
    assert CHILD_NAME in text[:text.index("4. Firmas")]  # she took part
    signing = _after(text, "4. Firmas")
    assert MOTHER in signing and CHILD_NAME not in signing
    assert signing.count(LINE) == 2  # the defender and the mother
    # A mediation's parties sign when adults; a child named as a party does not.
    mediation = workspace.mediations.record(
        case_id=field.mediable_case.id, held_on=date(2026, 11, 19), subject="Horarios",
        parties=[{"name": MOTHER, "role": "madre"}, {"name": "Sisa", "role": "hija"},
                 {"name": NEIGHBOUR, "role": "vecino"}], outcome="agreement")
    api.mediation_record(ctx, mediation.id, out / "mediacion.pdf")
    text = " ".join(pdf_text(out / "mediacion.pdf"))
    signing = _after(text, "3. Firmas")
    assert MOTHER in signing and NEIGHBOUR in signing and "hija" not in signing
    assert signing.count(LINE) == 3


def test_documents_name_the_user_by_display_name(tmp_path, catalogs: Catalogs, clock, out):
    ws = initialise(tmp_path / "maria", LocalUser("mquispe", "promotor", "PIL",
                                                  "María Quispe"), PASSWORD, catalogs, clock)
    try:
        home = ws.families.create_household(parish="PIL", community="Tamboloma")
        child = ws.families.add_person(household_id=home.id, given_names="Killa",
                                       surnames="Toalombo", sex="mujer",
                                       birth_date=date(2018, 1, 5))
        case = ws.cases.register(parish="PIL", household_id=home.id,
                                 affected_person_ids=[child.id], violation_types=["negligencia"],
                                 facts="Hechos.", reporter_anonymous=True, risk_level="bajo")
        referral = ws.referrals.create(case_id=case.id, institution="junta", reason="Motivo.")
        visit = ws.visits.record(household_id=home.id, case_id=case.id, visit_date=date(
            2026, 11, 20), observations="Visita.", participants=["Rosa Toalombo"])
        ctx = api.context(ws)
        api.referral_form(ctx, referral.id, out / "ficha.pdf")
        api.visit_record(ctx, visit.id, out / "visita.pdf")
        api.monthly_report(ctx, "2026-11", out / "mensual.pdf", promoter="mquispe")
        for name in ("ficha.pdf", "visita.pdf", "mensual.pdf"):
            text = " ".join(pdf_text(out / name))
            assert "María Quispe" in text and "mquispe" not in text, name
            assert "por María Quispe" in text
    finally:
        ws.close()


def test_monthly_report_explains_shares_over_100_percent(ctx, field, out):
    api.monthly_report(ctx, "2026-11", out / "mensual.pdf", parish="PIL")
    assert_pages_not_blank(out / "mensual.pdf")
    text = " ".join(pdf_text(out / "mensual.pdf"))
    assert "Negligencia / descuido 2 100,0 %" in text and "Maltrato físico 1 50,0 %" in text
    assert ("Un caso con varios tipos cuenta en cada uno de ellos; por eso los "
            "porcentajes pueden sumar más de 100 %.") in text
