"""The numbers equal an independent count made from the JSON Lines export."""

import csv
from datetime import date

import pytest

from app.core.services.statistics import Scope, StatisticsService
from app.reports import api
from tests.helpers.independent import expected
from tests.helpers.pdf import pdf_text

PERIODS = [(date(2000, 1, 1), date(2026, 11, 22)), (date(2026, 1, 1), date(2026, 6, 30)),
           (date(2026, 11, 1), date(2026, 11, 30))]


@pytest.mark.parametrize(("start", "end"), PERIODS)
def test_statistics_equal_independent_count(workspace, bulk, start, end):
    stats = StatisticsService(workspace.db).case_stats(Scope(start, end))
    want = expected(workspace.db, start, end)
    assert want.cases > 0
    assert stats.cases == want.cases
    assert stats.attentions == want.attentions
    assert stats.by_violation.counts == dict(want.by_violation)
    assert stats.by_parish.counts == dict(want.by_parish)
    assert stats.by_month.counts == dict(want.by_month)
    assert stats.by_sex.counts == dict(want.by_sex)
    assert stats.by_age_group.counts == dict(want.by_age)
    assert stats.by_ethnicity.counts == dict(want.by_ethnicity)
    assert stats.by_institution.counts == dict(want.by_institution)
    assert stats.by_outcome.counts == dict(want.by_outcome)
    assert {(g, s): n for g, row in stats.age_sex.items() for s, n in row.items()} == \
        dict(want.age_sex)
    assert sum(sum(row.values()) for row in stats.institution_outcome.values()) == \
        sum(want.by_institution.values())


def test_parish_scope_counts_only_that_parish(workspace, bulk):
    everything = expected(workspace.db, date(2000, 1, 1), date(2026, 12, 31))
    stats = StatisticsService(workspace.db).case_stats(Scope(parish="QUI"))
    assert stats.cases == everything.by_parish["QUI"]
    assert set(stats.by_parish.counts) == {"QUI"}


def test_stats_csv_holds_the_independent_numbers(ctx, workspace, bulk, out):
    start, end = PERIODS[0]
    api.stats_export(ctx, out / "stats.csv", "csv", start, end)
    raw = (out / "stats.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert list(rows[0]) == ["tabla", "codigo", "categoria", "cantidad", "porcentaje"]
    got = {(r["tabla"], r["codigo"]): int(r["cantidad"]) for r in rows}
    want = expected(workspace.db, start, end)
    for code, n in want.by_violation.items():
        assert got[("violation_type", code)] == n
        share = next(r for r in rows if r["codigo"] == code and r["tabla"] == "violation_type")
        assert float(share["porcentaje"]) == pytest.approx(100 * n / want.cases, abs=0.005)
    for code, n in want.by_outcome.items():
        assert got[("referral_outcome", code)] == n
    assert sum(v for (t, _), v in got.items() if t == "parish") == want.cases
    for (group, sex), n in want.age_sex.items():
        assert got[("age_sex", f"{group}/{sex}")] == n
    assert sum(v for (t, _), v in got.items() if t == "institution_outcome") == \
        sum(want.by_institution.values())
    assert any(r["categoria"] == "Maltrato físico" for r in rows)  # labels keep accents


def test_stats_xlsx_has_a_sheet_per_table(ctx, workspace, bulk, out):
    from openpyxl import load_workbook

    tables = api.stats_export(ctx, out / "stats.xlsx", "xlsx")
    book = load_workbook(out / "stats.xlsx", read_only=True)
    assert book.sheetnames[0] == "Resumen"
    assert len(book.sheetnames) == len(tables) + 1 == 12
    sheet = book["Casos por parroquia"]
    values = list(sheet.iter_rows(min_row=3, values_only=True))
    want = expected(workspace.db, date(1900, 1, 1), date(2100, 1, 1))
    assert {row[0]: row[2] for row in values} == dict(want.by_parish)
    book.close()


def test_canton_report_prints_the_independent_numbers(ctx, workspace, bulk, out):
    start, end = PERIODS[1]
    api.canton_report(ctx, start, end, out / "canton.pdf")
    text = " ".join(pdf_text(out / "canton.pdf"))
    want = expected(workspace.db, start, end)
    assert f"Casos registrados en el período {want.cases}" in text
    assert f"Atenciones (personas afectadas) {want.attentions}" in text
    for code, n in want.by_parish.items():
        name = workspace.catalogs.territory.parishes[code].name
        share = f"{100 * n / want.cases:.1f} %".replace(".", ",")
        assert f"{name} {n} {share}" in text
    total_refs = sum(want.by_institution.values())
    assert f"Derivaciones {total_refs}" in text


def test_report_and_export_of_one_parish(ctx, workspace, bulk, out):
    start, end = PERIODS[0]
    stats = api.canton_report(ctx, start, end, out / "qui.pdf", parish="QUI")
    want = expected(workspace.db, start, end)
    assert stats.cases == want.by_parish["QUI"] > 0
    text = " ".join(pdf_text(out / "qui.pdf"))
    assert "Parroquia Quisapincha, cantón Ambato" in text
    assert f"Casos registrados en el período {stats.cases}" in text
    api.stats_export(ctx, out / "qui.csv", "csv", start, end, parish="QUI")
    rows = list(csv.DictReader((out / "qui.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["codigo"], int(r["cantidad"])) for r in rows if r["tabla"] == "parish"] == \
        [("QUI", stats.cases)]
