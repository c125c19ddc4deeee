"""Building blocks of the documents: styles, headings, field tables, data tables with
shares, signature lines. Every text goes through Paragraph, so it wraps and is escaped."""

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.core.i18n import N_
from app.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts
from app.reports.layout import GREY, INK, MARGIN_X, PAGE

# Paragraph styles resolve their font when a paragraph is made: register it first.
register_fonts()

WIDTH = PAGE[0] - 2 * MARGIN_X
LIGHT = colors.HexColor("#e8eef7")
RULE = colors.HexColor("#b8c4d6")

TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19, textColor=INK,
                       spaceAfter=2)
SUBTITLE = ParagraphStyle("subtitle", fontName=REGULAR, fontSize=9.5, leading=12,
                          textColor=GREY, spaceAfter=8)
HEADING = ParagraphStyle("heading", fontName=BOLD, fontSize=10.5, leading=13,
                         textColor=INK, spaceBefore=7, spaceAfter=3)
BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5)
CELL = ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=10.5)
CELL_BOLD = ParagraphStyle("cell_bold", parent=CELL, fontName=BOLD)
CELL_RIGHT = ParagraphStyle("cell_right", parent=CELL, alignment=TA_RIGHT)
CELL_RIGHT_BOLD = ParagraphStyle("cell_right_bold", parent=CELL_RIGHT, fontName=BOLD)
SMALL_HEAD = ParagraphStyle("small_head", parent=CELL_BOLD, fontName=REGULAR, fontSize=6.5,
                            leading=8)
SMALL_HEAD_RIGHT = ParagraphStyle("small_head_right", parent=SMALL_HEAD, alignment=TA_RIGHT)
LABEL = ParagraphStyle("label", parent=CELL, fontName=BOLD, textColor=GREY)
LABEL_ABOVE = ParagraphStyle("label_above", parent=LABEL, spaceBefore=4, spaceAfter=2)
NOTE = ParagraphStyle("note", fontName=ITALIC, fontSize=7.5, leading=9.5, textColor=GREY,
                      spaceBefore=2)
CENTER = ParagraphStyle("center", parent=CELL, alignment=TA_CENTER)
SIGN_NAME = ParagraphStyle("sign_name", parent=CELL_BOLD, alignment=TA_CENTER)

# Under every table of cases by type: why its shares may add up to more than 100 %.
SEVERAL_TYPES = N_("A case with several types counts under each of them, so the shares may "
                   "add up to more than 100 %.")


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """Plain text (escaped; line breaks kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def title(text: str, subtitle: str = "") -> list[Flowable]:
    out: list[Flowable] = [para(text, TITLE)]
    if subtitle:
        out.append(para(subtitle, SUBTITLE))
    return out


def heading(text: str) -> Paragraph:
    return para(text, HEADING)


def section(caption: str, *parts: Flowable) -> list[Flowable]:
    """A heading kept with its first part; the parts spaced apart."""
    out: list[Flowable] = [KeepTogether([heading(caption), parts[0]])] if parts else \
        [heading(caption)]
    for part in parts[1:]:
        out += [Spacer(1, 0.25 * cm), part]
    return out


def fields(rows: Sequence[tuple[str, str]], label_width: float = 5 * cm,
           pairs_per_row: int = 1) -> Table:
    """A table of label → value (values wrap), with one or more pairs per row."""
    cells = [[para(label, LABEL), para(value or "—", CELL)] for label, value in rows]
    data = []
    for i in range(0, len(cells), pairs_per_row):
        row = [c for pair in cells[i:i + pairs_per_row] for c in pair]
        data.append(row + [""] * (2 * pairs_per_row - len(row)))
    value_width = WIDTH / pairs_per_row - label_width
    table = Table(data, colWidths=[label_width, value_width] * pairs_per_row)
    table.setStyle(TableStyle([
        *(("BACKGROUND", (c, 0), (c, -1), LIGHT) for c in range(0, 2 * pairs_per_row, 2)),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def grid(header: Sequence[str], rows: Sequence[Sequence[str]],
         widths: Sequence[float] | None = None, numeric_from: int | None = None,
         total: Sequence[str] | None = None, small_header: bool = False) -> Table:
    """A data table; columns from `numeric_from` on are right-aligned numbers."""
    def cells(values: Sequence[str], bold: bool = False) -> list[Paragraph]:
        out = []
        for i, value in enumerate(values):
            numeric = numeric_from is not None and i >= numeric_from
            style = (CELL_RIGHT_BOLD if bold else CELL_RIGHT) if numeric else \
                (CELL_BOLD if bold else CELL)
            out.append(para(value, style))
        return out

    head = cells(header, bold=True)
    if small_header:
        head = [para(v, SMALL_HEAD_RIGHT if numeric_from is not None and i >= numeric_from
                     else SMALL_HEAD) for i, v in enumerate(header)]
    data = [head, *(cells(r) for r in rows)]
    if total is not None:
        data.append(cells(total, bold=True))
    table = Table(data, colWidths=list(widths) if widths else None, repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if total is not None:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    table.setStyle(TableStyle(style))
    return table


def ruled_lines(count: int) -> Table:
    """Empty lines to write on by hand."""
    table = Table([[""] for _ in range(count)], colWidths=[WIDTH], rowHeights=0.75 * cm)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    return table


def signatures(people: Sequence[tuple[str, str]], caption: str = "",
               per_row: int = 2) -> Flowable:
    """Signature boxes: a line to sign on, the name (or blank to fill) and the role."""
    col = WIDTH / per_row
    boxes: list[Any] = []
    for name, role in people:
        boxes.append([Spacer(1, 0.9 * cm), para("_" * 34, CENTER),
                      para(name or " ", SIGN_NAME), para(role, CENTER)])
    rows = [boxes[i:i + per_row] for i in range(0, len(boxes), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    table = Table(rows, colWidths=[col] * per_row)
    # Top-aligned, every line to sign on is level whatever the names and roles below it.
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([heading(caption) if caption else Spacer(1, 0.3 * cm), table])


class KeepWithTail(KeepTogether):
    """Content and the block that closes it (signatures): together on one page when they
    fit one; when the content is longer than a page, its last lines still go with the
    block, so that the block never starts a page alone."""

    def __init__(self, content: Sequence[Flowable], block: Flowable, lines: int = 2) -> None:
        # A KeepTogether inside another measures as endless: its parts are kept instead.
        self.block = list(block._content) if isinstance(block, KeepTogether) else [block]
        super().__init__([*content, *self.block])
        self.content, self.lines = list(content), lines

    def split(self, aW: float, aH: float) -> list[Flowable]:
        self.wrap(aW, aH)
        frame = getattr(self, "_frame", None)
        page = frame._height if frame is not None else aH
        if page >= self._H or not self.content:
            return super().split(aW, aH)  # here, or whole on the next page
        *head, last = self.content
        tail: list[Flowable] = [last]
        if isinstance(last, Paragraph):
            height = last.wrap(aW, page)[1]
            keep = self.lines * last.style.leading
            pieces = last.split(aW, height - keep) if height > keep else []
            if len(pieces) == 2:
                head.append(pieces[0])
                tail = [pieces[1]]
        # Led by an action, as KeepTogether does: what follows flows (and splits) as usual.
        return [self.NullActionFlowable(), *head, KeepTogether([*tail, *self.block])]


def percent(value: float) -> str:
    return f"{value:.1f} %".replace(".", ",")


def number(value: int) -> str:
    return f"{value:,}".replace(",", ".")
