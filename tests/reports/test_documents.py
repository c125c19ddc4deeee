"""Every document: the Spanish text read back from the PDF, accents intact, the pages
rendered and not blank, the embedded font, confidentiality marks, and the audit trail."""

from datetime import date

import pytest
from sqlalchemy import select

from app.core.errors import UserError
from app.core.i18n import translator
from app.core.records import AuditEvent
from app.reports import api
from tests.helpers.pdf import assert_pages_not_blank, embedded_fonts, pdf_text
from tests.helpers.samples import FACTS, INFORMANT, MOTHER, NEIGHBOUR

CHILD = "Sisa Nina Chicaiza Muñoz"


def _read(path) -> str:
    assert_pages_not_blank(path)
    assert any("DejaVuSans" in name for name in embedded_fonts(path))
    pages = pdf_text(path)
    for number, page in enumerate(pages, 1):
        assert "CONFIDENCIAL" in page
        assert f"Página {number} de {len(pages)}" in page
        assert "Consejo Cantonal para la Protección de Derechos de Ambato" in page
        assert "Generado el" in page and "por ana" in page
    return " ".join(pages)


def test_referral_form_holds_art_237_content_and_no_more(ctx, field, out):
    api.referral_form(ctx, field.referral.id, out / "ficha.pdf")
    text = _read(out / "ficha.pdf")
    for expected in (
        "Ficha de derivación", "1. Autoridad a la que se dirige",
        "Junta Cantonal de Protección de Derechos", "2. Denunciante",
        "Defensoría Comunitaria de Pilahuín (CONA Art. 236)", "3. Personas afectadas",
        CHILD, "Cédula de ciudadanía 1804567897", "03/04/2016 (10 años)",
        "Pilahuín, Tamboloma, Casa de bloque azul", "4. Persona o entidad denunciada",
        "Padrastro, 35 años aproximadamente", "5. Circunstancias de los hechos",
        "10/11/2026", "Tamboloma, sector La Peña", "6. Derechos vulnerados",
        "Maltrato físico", "Negligencia / descuido", "7. Motivo de la derivación",
        "orden de cuidado en el hogar", "48 horas", "8. Firmas",
        "Recibido por (nombre, fecha y hora)", field.case.code, "Urgente", "Alto",
    ):
        assert expected in text, expected
    assert FACTS in text
    # Minimum data: the informant is not named, nobody's phone, no ethnicity.
    for absent in (INFORMANT, "0987654321", "0991234567", "Indígena", MOTHER):
        assert absent not in text


def test_a_long_account_runs_over_pages(ctx, workspace, field, out):
    long_facts = " ".join(f"Párrafo {i}: la niña contó lo ocurrido en la escuela." for i in
                          range(400))
    workspace.cases.update(field.case.id, facts=long_facts)
    api.referral_form(ctx, field.referral.id, out / "larga.pdf")
    pages = pdf_text(out / "larga.pdf")
    assert len(pages) >= 3
    assert_pages_not_blank(out / "larga.pdf")
    assert "Párrafo 399" in " ".join(pages) and f"Página 3 de {len(pages)}" in pages[2]


def test_visit_record(ctx, field, out):
    api.visit_record(ctx, field.visit.id, out / "visita.pdf")
    text = _read(out / "visita.pdf")
    for expected in ("Acta de visita familiar", "Defensoría Comunitaria de Pilahuín",
                     "15/11/2026", "Realizada", field.case.code, "15/12/2026",
                     "1. Participantes", MOTHER, CHILD, "2. Observaciones",
                     "crianza sin violencia", "3. Acuerdos",
                     "La madre acompañará a la niña a la escuela.", "4. Firmas",
                     "Miembro de la familia", "Defensor/a comunitario/a"):
        assert expected in text, expected


def test_planned_visit_prints_as_a_blank_acta(ctx, field, out):
    api.visit_record(ctx, field.planned.id, out / "plan.pdf")
    text = _read(out / "plan.pdf")
    assert "Programada" in text and "Miembro de la familia" in text


def test_mediation_record(ctx, field, out):
    api.mediation_record(ctx, field.mediation.id, out / "mediacion.pdf")
    text = _read(out / "mediacion.pdf")
    for expected in ("Acta de mediación", "18/11/2026", field.mediable_case.code, "Acuerdo",
                     "Cuidado de la niña después de la escuela", "1. Partes", MOTHER,
                     NEIGHBOUR, "madre", "vecino", "2. Acuerdos",
                     "El vecino avisará a la madre si la niña está sola.", "COIP Art. 663",
                     "3. Firmas", "Defensor/a comunitario/a, mediador/a"):
        assert expected in text, expected


def test_monthly_report_of_a_parish(ctx, field, out):
    api.monthly_report(ctx, "2026-11", out / "mensual.pdf", parish="PIL")
    text = _read(out / "mensual.pdf")
    for expected in ("Informe mensual", "noviembre de 2026 · Parroquia Pilahuín",
                     "Casos nuevos 2", "Atenciones (personas afectadas) 2",
                     "Visitas familiares realizadas 1", "Mediaciones 1", "Derivaciones 1",
                     "Actividades comunitarias 1", "Participantes en actividades 23",
                     "1. Atenciones", "Maltrato físico 1 50,0 %",
                     "Negligencia / descuido 2 100,0 %", "2. Visitas familiares",
                     "Hogares visitados 1", "3. Mediaciones", "Acuerdo 1 100,0 %",
                     "4. Derivaciones por estado", "Recibida 1 100,0 %", field.case.code,
                     "5. Actividades comunitarias", "Prevención del maltrato infantil",
                     "Niñez (0–11) 7 5 12", "Adultos (18–64) 9 2 11", "Total 16 7 23",
                     "Atenciones por grupo de edad y sexo", "Niñez (0–11) 2 0 2"):
        assert expected in text, expected


def test_monthly_report_of_a_promoter(ctx, workspace, field, out):
    workspace.visits.plan(field.case.household_id, date(2026, 11, 28), case_id=field.case.id)
    api.monthly_report(ctx, "2026-11", out / "ana.pdf", promoter="ana")
    text = _read(out / "ana.pdf")
    assert "noviembre de 2026 · Todas las parroquias, promotor/a ana" in text
    assert "Casos nuevos 2" in text
    assert "Programadas para el mes 2" in text and "Programadas y aún pendientes 1" in text
    api.monthly_report(ctx, "2026-11", out / "otro.pdf", promoter="otro")
    text = _read(out / "otro.pdf")
    assert "Casos nuevos 0" in text and "Visitas familiares realizadas 0" in text


def test_monthly_report_of_an_empty_month_still_reads_well(ctx, field, out):
    api.monthly_report(ctx, "2025-02", out / "vacio.pdf", parish="PIL")
    text = _read(out / "vacio.pdf")
    assert "Casos nuevos 0" in text
    assert "No se registraron actividades en este mes." in text


def test_canton_report_sections_and_charts(ctx, field, bulk, out):
    api.canton_report(ctx, date(2025, 1, 1), date(2026, 11, 30), out / "canton.pdf")
    text = _read(out / "canton.pdf")
    for expected in ("Informe cantonal de vulneración de derechos",
                     "Período del 01/01/2025 al 30/11/2026 · Cantón Ambato",
                     "1. Casos por tipo de vulneración", "2. Tendencia mensual",
                     "Casos registrados por mes", "11/2026", "3. Casos por parroquia",
                     "4. Atenciones por sexo", "5. Atenciones por grupo de edad",
                     "Adolescencia (12–17)", "6. Atenciones por autoidentificación étnica",
                     "7. Derivaciones por institución", "8. Derivaciones por resultado",
                     "Definiciones", "Pilahuín", "Niñez (0–11)"):
        assert expected in text, expected


def test_english_documents_for_an_english_ui(workspace, field, out):
    ctx = api.context(workspace, language="en")
    api.referral_form(ctx, field.referral.id, out / "en.pdf")
    text = " ".join(pdf_text(out / "en.pdf"))
    assert "Referral form" in text and "CONFIDENTIAL" in text and "Page 1 of 1" in text
    assert "Physical abuse" in text and CHILD in text


def test_documents_are_audited(ctx, workspace, field, out):
    api.referral_form(ctx, field.referral.id, out / "a.pdf")
    api.canton_report(ctx, date(2026, 1, 1), date(2026, 11, 30), out / "b.pdf")
    with workspace.db.read() as s:
        events = list(s.execute(select(AuditEvent.action, AuditEvent.record_type,
                                       AuditEvent.record_id)
                                .where(AuditEvent.action == "print")).all())
    assert ("print", "referral", field.referral.id) in events
    assert ("print", "report", "canton:2026-01-01:2026-11-30") in events
    api.stats_export(ctx, out / "s.csv", "csv")
    api.pseudonymised_export(workspace, out / "p.csv")
    with workspace.db.read() as s:
        exports = set(s.execute(select(AuditEvent.record_type)
                                .where(AuditEvent.action == "export")).scalars())
    assert {"statistics", "pseudonymised"} <= exports


@pytest.mark.parametrize("call", ["referral", "visit", "mediation"])
def test_unknown_id_is_a_user_error_and_writes_nothing(ctx, field, out, call):
    fn = {"referral": api.referral_form, "visit": api.visit_record,
          "mediation": api.mediation_record}[call]
    with pytest.raises(UserError) as caught:
        fn(ctx, "0000-not-an-id", out / "x.pdf")
    assert "0000-not-an-id" in caught.value.render(translator("es"))
    assert list(out.iterdir()) == []


def test_cancel_stops_before_anything_is_written(ctx, field, out):
    seen = []
    with pytest.raises(api.Cancelled):
        api.canton_report(ctx, date(2026, 1, 1), date(2026, 11, 30), out / "c.pdf",
                          progress=lambda done, total: seen.append((done, total)),
                          cancelled=lambda: len(seen) >= 2)
    assert seen == [(1, 4), (2, 4)]
    assert list(out.iterdir()) == []


def test_progress_reaches_the_end(ctx, field, out):
    seen = []
    api.monthly_report(ctx, "2026-11", out / "m.pdf",
                       progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (3, 3)
    assert [p.name for p in out.iterdir()] == ["m.pdf"]  # no .part left behind


def test_a_missing_folder_is_a_user_error(ctx, workspace, field, out):
    with pytest.raises(UserError) as caught:
        api.referral_form(ctx, field.referral.id, out / "no" / "f.pdf")
    assert caught.value.render(translator("es")).startswith("No se puede usar el archivo")
    with pytest.raises(UserError):
        api.pseudonymised_export(workspace, out / "no" / "p.csv")
