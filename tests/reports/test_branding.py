"""The institutional header is configurable per store; file names are proposed in Spanish."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.core.errors import UserError
from app.core.i18n import RESOURCES
from app.reports import api
from app.reports.context import ReportContext
from tests.helpers.pdf import assert_pages_not_blank, pdf_text


def test_custom_header_and_logo(workspace, field, out, tmp_path):
    logo = tmp_path / "escudo.png"
    logo.write_bytes((RESOURCES / "logo.png").read_bytes())
    api.set_branding(workspace, "Consejo de Protección de Derechos de Baños",
                     "Defensorías de Baños de Agua Santa", logo)
    assert api.branding(workspace).logo == str(logo)
    api.referral_form(api.context(workspace), field.referral.id, out / "f.pdf")
    assert_pages_not_blank(out / "f.pdf")
    text = pdf_text(out / "f.pdf")[0]
    assert "Consejo de Protección de Derechos de Baños" in text
    assert "Defensorías de Baños de Agua Santa" in text
    api.set_branding(workspace)  # back to the defaults
    api.referral_form(api.context(workspace), field.referral.id, out / "g.pdf")
    assert "Consejo Cantonal para la Protección de Derechos de Ambato" in \
        pdf_text(out / "g.pdf")[0]


def test_a_logo_must_be_an_image_file(workspace, tmp_path):
    with pytest.raises(UserError):
        api.set_branding(workspace, logo=tmp_path / "nothing.png")
    (tmp_path / "logo.svg").write_text("<svg/>")
    with pytest.raises(UserError):
        api.set_branding(workspace, logo=tmp_path / "logo.svg")


def test_proposed_file_names(ctx):
    assert api.file_name(ctx, "referral", "PIL-2026-0001") == \
        "ficha-derivacion-PIL-2026-0001.pdf"
    assert api.file_name(ctx, "stats", suffix=".xlsx") == "estadisticas.xlsx"
    assert api.file_name(ctx, "monthly", "2026-11 Pilahuín") == \
        "informe-mensual-2026-11-Pilahuín.pdf"


def test_stored_utc_stamps_print_as_local_days():
    stamp = datetime(2026, 11, 22, 3, 0)  # naive, as SQLite returns it: UTC
    assert ReportContext.local_day(stamp) == \
        stamp.replace(tzinfo=UTC).astimezone().date()
    assert ReportContext.day(date(2026, 3, 9)) == "09/03/2026"
    assert ReportContext.day(None) == "—"


def test_fonts_ship_with_their_licence():
    fonts = RESOURCES / "fonts"
    assert {p.name for p in fonts.glob("*.ttf")} >= {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}
    assert "Bitstream" in Path(fonts / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
