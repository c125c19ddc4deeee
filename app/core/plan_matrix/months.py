"""The months column of a plan matrix, written in Spanish as people write it.

"de mayo a diciembre 2023", "junio- julio y agosto 2023", "junio, septiembre, diciembre
2023", "enero-diciembre 2023", "Realizarse el mes de junio del 2023", "todo el año",
"ene - mar", "sept. y oct.": month names or their abbreviations, joined into ranges ("a",
"al", "hasta", a dash) and lists (commas, "y", "e", "/"), with or without a year, among a
few filler words. Any other word is refused rather than guessed: a plan that silently
lost a month would later show it as neither planned nor late.
"""

import re
from dataclasses import dataclass

from app.core.errors import UserError
from app.core.i18n import N_
from app.core.text import fold

MONTH_NAMES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
               "septiembre", "octubre", "noviembre", "diciembre")
MONTHS: dict[str, int] = {name: i for i, name in enumerate(MONTH_NAMES, start=1)}
MONTHS.update({"setiembre": 9, "ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6,
               "jul": 7, "ago": 8, "sep": 9, "sept": 9, "set": 9, "oct": 10, "nov": 11,
               "dic": 12})
RANGE_WORDS = frozenset({"a", "al", "hasta", "-"})
LIST_WORDS = frozenset({",", "y", "e", "/", ";", "&"})
FILLER = frozenset({"de", "del", "el", "la", "los", "las", "mes", "meses", "en", "durante",
                    "realizarse", "realizara", "a realizarse", "ano", "anos", "desde",
                    "se", "realizar", "ejecutar", "ejecutarse", "hasta el", "periodo", "."})
WHOLE_YEAR = ("todo el ano", "todos los meses", "permanente", "mensual", "mensualmente",
              "todo el periodo")
TOKEN = re.compile(r"\d+|[a-z]+|[-–—]|[,/;&.]")
NO_MONTH = N_("No month found in “{text}”.")
UNKNOWN_WORD = N_("“{word}” is not a month in “{text}”.")
BAD_RANGE = N_("A range of months must end after it starts: “{text}”.")
SEVERAL_YEARS = N_("The months name several years: {years}.")


class MonthsError(UserError):
    """A months text that cannot be read; the message says why."""


@dataclass(frozen=True)
class Months:
    months: tuple[int, ...]  # sorted, each once
    year: int | None  # the year the text names, if any


def parse_months(text: str) -> Months:
    """The months a text names (and its year), or MonthsError."""
    folded = fold(text)
    if any(phrase in folded for phrase in WHOLE_YEAR):
        rest = folded
        for phrase in WHOLE_YEAR:
            rest = rest.replace(phrase, " ")
        return Months(tuple(range(1, 13)), _years(_tokens(rest, text), text))
    tokens = _tokens(folded, text)
    year = _years(tokens, text)
    found: set[int] = set()
    pending_range = False
    previous: int | None = None
    for kind, value in tokens:
        if kind == "month":
            if pending_range:
                if previous is None or value < previous:
                    raise MonthsError(BAD_RANGE, text=text)
                found.update(range(previous, value + 1))
                pending_range = False
            found.add(value)
            previous = value
        elif kind == "range":
            if previous is None:
                raise MonthsError(BAD_RANGE, text=text)
            pending_range = True
        elif kind == "list" and pending_range:
            raise MonthsError(BAD_RANGE, text=text)
    if pending_range:
        raise MonthsError(BAD_RANGE, text=text)
    if not found:
        raise MonthsError(NO_MONTH, text=text)
    return Months(tuple(sorted(found)), year)


def _tokens(folded: str, text: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for raw in TOKEN.findall(folded.replace("–", "-").replace("—", "-")):
        if raw.isdigit():
            if len(raw) != 4:
                raise MonthsError(UNKNOWN_WORD, word=raw, text=text)
            out.append(("year", int(raw)))
        elif raw in MONTHS:
            out.append(("month", MONTHS[raw]))
        elif raw in RANGE_WORDS:
            out.append(("range", 0))
        elif raw in LIST_WORDS:
            out.append(("list", 0))
        elif raw not in FILLER:
            raise MonthsError(UNKNOWN_WORD, word=raw, text=text)
    # A dash between a month and a year ("junio - 2023") joins, it is no range.
    return [t for i, t in enumerate(out)
            if not (t[0] == "range" and i + 1 < len(out) and out[i + 1][0] == "year")]


def _years(tokens: list[tuple[str, int]], text: str) -> int | None:
    years = sorted({value for kind, value in tokens if kind == "year"})
    if len(years) > 1:
        raise MonthsError(SEVERAL_YEARS, years=", ".join(map(str, years)))
    return years[0] if years else None


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def render_months(months: tuple[int, ...] | list[int], year: int | None = None) -> str:
    """The months as the matrix writes them: runs as ranges, the rest as a list
    ("de mayo a julio, septiembre y diciembre 2023"); the export's months column."""
    runs: list[tuple[int, int]] = []
    for m in sorted(set(months)):
        if runs and runs[-1][1] == m - 1:
            runs[-1] = (runs[-1][0], m)
        else:
            runs.append((m, m))
    parts = [MONTH_NAMES[a - 1] if a == b else
             f"{MONTH_NAMES[a - 1]} a {MONTH_NAMES[b - 1]}" for a, b in runs]
    if len(runs) == 1 and runs[0] == (1, 12):
        parts = ["enero a diciembre"]
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " y " + parts[-1]
    return f"{text} {year}" if year else text
