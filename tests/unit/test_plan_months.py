"""The months column of a plan matrix: the seed's phrasings, their kin, and a property:
any month set written in any of the phrasings people use reads back as itself."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.plan_matrix.months import (
    MONTH_NAMES,
    MonthsError,
    parse_months,
    render_months,
)

ALL = tuple(range(1, 13))
ABBREVIATIONS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct",
                 "nov", "dic")


@pytest.mark.parametrize(("text", "months", "year"), [
    ("de mayo a diciembre 2023", (5, 6, 7, 8, 9, 10, 11, 12), 2023),
    ("junio- julio y agosto 2023", (6, 7, 8), 2023),
    ("junio, septiembre, diciembre 2023", (6, 9, 12), 2023),
    ("enero-diciembre 2023", ALL, 2023),
    ("Realizarse el mes de junio del 2023", (6,), 2023),
    ("junio de 2023", (6,), 2023),
    ("junio - septiembre 2023", (6, 7, 8, 9), 2023),
    ("septiembre y octubre 2023", (9, 10), 2023),
    ("Todo el año", ALL, None),
    ("todo el año 2024", ALL, 2024),
    ("ene - mar", (1, 2, 3), None),
    ("Sept. y Oct.", (9, 10), None),
    ("setiembre", (9,), None),
    ("DE ABRIL A MAYO", (4, 5), None),
    ("marzo / abril / mayo", (3, 4, 5), None),
    ("febrero – junio 2025", (2, 3, 4, 5, 6), 2025),
])
def test_the_seed_phrasings_and_their_kin(text: str, months: tuple[int, ...],
                                          year: int | None) -> None:
    parsed = parse_months(text)
    assert parsed.months == months
    assert parsed.year == year


@pytest.mark.parametrize("text", [
    "", "2023", "cada trimestre", "diciembre a enero", "mayo a", "- junio",
    "mayo 2023 y junio 2024", "junio 23", "primer semestre",
])
def test_what_it_cannot_read_is_refused_with_a_reason(text: str) -> None:
    with pytest.raises(MonthsError) as refused:
        parse_months(text)
    assert refused.value.message


def _runs(months: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for m in months:
        if runs and runs[-1][1] == m - 1:
            runs[-1] = (runs[-1][0], m)
        else:
            runs.append((m, m))
    return runs


@st.composite
def phrasings(draw: st.DrawFn) -> tuple[str, tuple[int, ...], int | None]:
    """A random month set written as people write it: names or abbreviations, any case,
    ranges as 'de X a Y' / 'X-Y' / 'X hasta Y', lists with commas or 'y', a year or not,
    the 'Realizarse el mes de…' preamble for one month."""
    months = sorted(draw(st.sets(st.integers(1, 12), min_size=1)))
    year = draw(st.none() | st.integers(2000, 2100))
    short = draw(st.booleans())
    names = ABBREVIATIONS if short else MONTH_NAMES

    def name(m: int) -> str:
        word = names[m - 1]
        return draw(st.sampled_from((word, word.capitalize(), word.upper())))

    parts = []
    for a, b in _runs(months):
        if a == b:
            parts.append(name(a))
        else:
            style = draw(st.sampled_from(("de {} a {}", "{}-{}", "{} - {}", "{}- {}",
                                          "{} hasta {}", "{} al {}")))
            parts.append(style.format(name(a), name(b)))
    joiner = draw(st.sampled_from((", ", " y ", " / ")))
    text = joiner.join(parts) if len(parts) < 3 or joiner != " y " \
        else ", ".join(parts[:-1]) + " y " + parts[-1]
    if len(months) == 1 and draw(st.booleans()):
        text = f"Realizarse el mes de {text}"
    if year is not None:
        text += draw(st.sampled_from((f" {year}", f" de {year}", f" del {year}")))
    return text, tuple(months), year


@given(phrasings())
def test_any_month_set_in_any_phrasing_reads_back(case) -> None:
    text, months, year = case
    parsed = parse_months(text)
    assert (parsed.months, parsed.year) == (months, year), text


@given(st.sets(st.integers(1, 12), min_size=1), st.none() | st.integers(2000, 2100))
def test_the_export_writes_months_the_import_reads_back(months, year) -> None:
    parsed = parse_months(render_months(sorted(months), year))
    assert (set(parsed.months), parsed.year) == (months, year)
