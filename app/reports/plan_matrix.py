"""A plan's matrix as the Consejo keeps it (XLSX or CSV), with the done columns filled in:
the months with an activity of each action, the events held and their participants.

The planned columns carry the import's names (app/core/plan_matrix/reader.py finds them
again), so an exported matrix imports back as the same actions.
"""

import csv
import io
from pathlib import Path

from app.core.catalogs import Catalogs
from app.core.files import atomic_write_bytes
from app.core.i18n import N_, Translate
from app.core.plan_matrix.months import render_months
from app.core.services.plans import ActionProgress

HEADERS = (
    N_("Responsible unit"), N_("Line / axis / component"), N_("Positive aspects to keep"),
    N_("Aspects to correct"), N_("Proposed actions"), N_("Month to carry out"),
    N_("Activity type"), N_("Target events"), N_("Budget (USD)"),
    N_("Months done"), N_("Months without activity"), N_("Activities held"),
    N_("Participants"),
)


def matrix_rows(rows: list[ActionProgress], catalogs: Catalogs,
                tr: Translate) -> list[list[object]]:
    out: list[list[object]] = [[tr(h) for h in HEADERS]]
    for r in rows:
        a, year = r.action, r.plan.year
        kind = catalogs.activity_types.items.get(a.activity_type)
        out.append([
            a.responsible, a.line, a.aspects_to_keep, a.aspects_to_correct,
            a.proposed_action, render_months(a.months, year) if a.months else "",
            kind.label("es") if kind else "", a.target_events if a.target_events is not None
            else "", a.budget_cents / 100 if a.budget_cents is not None else "",
            render_months(r.done_months, year) if r.done_months else "",
            render_months(r.pending_months, year) if r.pending_months else "",
            sum(r.events.values()), sum(r.participants.values()),
        ])
    return out


def matrix_csv(table: list[list[object]]) -> bytes:
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(table)
    return ("\ufeff" + text.getvalue()).encode("utf-8")  # the BOM: Excel reads UTF-8


def matrix_xlsx(table: list[list[object]], title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "".join(c for c in title if c not in "[]:*?/\\")[:31] or "Plan"
    for row in table:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDEFGHIJKLM", (22, 24, 30, 30, 50, 24, 16, 10, 12, 24,
                                                 24, 10, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_matrix(rows: list[ActionProgress], out: Path, catalogs: Catalogs,
                  tr: Translate) -> None:
    """Written owner-only and whole, or not at all (app.core.files)."""
    table = matrix_rows(rows, catalogs, tr)
    title = rows[0].plan.title if rows else "Plan"
    data = matrix_xlsx(table, title) if out.suffix.lower() == ".xlsx" else matrix_csv(table)
    atomic_write_bytes(out, data)
