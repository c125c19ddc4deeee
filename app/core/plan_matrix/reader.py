"""Reading a plan matrix from XLSX, CSV or tab-separated text, its columns found by their
loose names (the Quito zonal table's: UNIDAD, MESA DE TRABAJO, ASPECTOS POSITIVOS…,
ASPECTOS QUE SE DEBEN CORREGIR…, ACCIONES PROPUESTAS…, MES A REALIZARSE; or eje,
componente, línea de acción, responsable, meses…)."""

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import UserError
from app.core.i18n import N_
from app.core.text import fold

# Each field and the patterns of its header, tried in this order on every header: the
# first that matches takes the column ("acciones propuestas … de cada unidad" names the
# action, not the unit; "mesa de trabajo" is a line, not a month).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("aspects_to_correct", r"corregir|debilidad|to correct"),
    ("aspects_to_keep", r"positiv|conservar|fortalec|mantener|to keep"),
    ("line", r"mesa de trabajo|^eje|componente|linea|^line|axis"),
    ("target_events", r"eventos|^meta|target events"),
    ("budget", r"presupuesto|budget"),
    ("activity_type", r"^tipo|activity type"),
    ("proposed_action", r"accion|actividad|proposed action"),
    ("months", r"\bmes(es)?\b|cronograma|fecha|\bmonths?\b"),
    ("responsible", r"^unidad|responsable|responsible"),
)
# Each required field and the message when no header names it (whole sentences: a
# message's parameters are not translated).
REQUIRED = {
    "proposed_action": N_("The file has no column for the proposed actions: name it like "
                          "the matrix (“acciones propuestas”)."),
    "months": N_("The file has no column for the months: name it like the matrix "
                 "(“mes a realizarse”)."),
}
UNREADABLE = N_("The file {path} cannot be read as a spreadsheet: {reason}")
EMPTY = N_("The file {path} holds no rows.")


@dataclass(frozen=True)
class Row:
    line: int  # as the spreadsheet numbers it, the header being line 1 or later
    values: dict[str, str]


def read_matrix(path: Path) -> list[Row]:
    """The data rows under the header, as field → text; blank rows are skipped."""
    table = _read_xlsx(path) if path.suffix.lower() in (".xlsx", ".xlsm") \
        else _read_text(path)
    rows = [(n, [c.strip() for c in cells]) for n, cells in table]
    rows = [(n, cells) for n, cells in rows if any(cells)]
    if not rows:
        raise UserError(EMPTY, path=path)
    _header_line, header = rows[0]
    columns = match_columns(header)
    for name, message in REQUIRED.items():
        if name not in columns.values():
            raise UserError(message)
    return [Row(n, {name: cells[i] if i < len(cells) else ""
                    for i, name in columns.items()})
            for n, cells in rows[1:]]


def match_columns(header: list[str]) -> dict[int, str]:
    """Column index → field for each header it recognises (the first column of a field
    wins)."""
    out: dict[int, str] = {}
    for index, title in enumerate(header):
        folded = fold(title)
        for name, pattern in COLUMNS:
            if re.search(pattern, folded):
                if name not in out.values():
                    out[index] = name
                break
    return out


def _read_text(path: Path) -> list[tuple[int, list[str]]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Excel's "CSV" on Windows
    first = text.split("\n", 1)[0]
    delimiter = max("\t;,", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [(reader.line_num, cells) for cells in reader]
    except csv.Error as exc:
        raise UserError(UNREADABLE, path=path, reason=str(exc)) from None


def _read_xlsx(path: Path) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook  # only when a workbook is imported

    # openpyxl raises many kinds for a damaged file (BadZipFile, KeyError, ParseError,
    # IndexError, InvalidFileException…), and a read-only workbook parses its sheet only
    # while the rows are read: both steps are guarded, so any damage is the user's
    # message, never a crash of the page or the command.
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise UserError(UNREADABLE, path=path, reason=type(exc).__name__) from None
    try:
        sheet = book.worksheets[0]
        return [(n, ["" if v is None else _cell(v) for v in values])
                for n, values in enumerate(sheet.iter_rows(values_only=True), start=1)]
    except Exception as exc:
        raise UserError(UNREADABLE, path=path, reason=type(exc).__name__) from None
    finally:
        book.close()


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
