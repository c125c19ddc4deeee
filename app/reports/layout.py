"""Page layout shared by every document: institutional header, "CONFIDENCIAL", footer
with generation date, author and "Página X de Y"; atomic writing to the chosen path.

The PDF is built in memory and written straight to `<out>.part` in the chosen folder,
then renamed: no temporary file with case data ever lands anywhere else.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from app.core.files import atomic_write_bytes
from app.core.i18n import N_
from app.reports.context import ReportContext
from app.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts

# Binary (Flate) image streams: reportlab's ASCII85 encoder is pure Python without its C
# accelerator and would re-encode the logo for ~25 ms in every document.
rl_config.useA85 = 0

PAGE = A4
MARGIN_X = 2 * cm
TOP = 3.3 * cm
BOTTOM = 2.0 * cm
INK = colors.HexColor("#173f7a")
RED = colors.HexColor("#b3261e")
GREY = colors.HexColor("#5f6368")


@dataclass(frozen=True)
class DocMeta:
    title: str
    reference: str = ""  # printed in the footer, e.g. the case code
    confidential: bool = True


def _numbered_canvas(ctx: ReportContext) -> type[Canvas]:
    """A canvas that holds pages back until the end, to print "Página X de Y"."""
    page_text = ctx.tr(N_("Page {page} of {pages}"))

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(REGULAR, 8)
                self.setFillColor(GREY)
                self.drawRightString(PAGE[0] - MARGIN_X, 1.2 * cm, page_text.format(
                    page=self._pageNumber, pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas


def _decorate(ctx: ReportContext, meta: DocMeta) -> Callable[[Canvas, Any], None]:
    tr = ctx.tr
    institution = ctx.branding.institution_text(tr, ctx.catalogs.territory.canton)
    unit = ctx.branding.unit_text(tr)
    logo = ctx.branding.logo_path()
    generated = tr(N_("Generated on {date} at {time} by {author}")).format(
        date=ctx.now.strftime("%d/%m/%Y"), time=ctx.now.strftime("%H:%M"), author=ctx.author)
    stamp = tr(N_("CONFIDENTIAL"))
    notice = tr(N_("Contains personal data protected by law (LOPDP). Do not copy or "
                   "share it beyond its addressee."))

    def draw(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        width, height = PAGE
        canvas.saveState()
        top = height - 1.1 * cm
        x = MARGIN_X
        if logo is not None:
            canvas.drawImage(str(logo), x, top - 1.6 * cm, 1.6 * cm, 1.6 * cm,
                             preserveAspectRatio=True, mask="auto")
            x += 1.9 * cm
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 10.5)
        canvas.drawString(x, top - 0.55 * cm, institution)
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(GREY)
        canvas.drawString(x, top - 1.05 * cm, unit)
        if meta.confidential:
            canvas.setStrokeColor(RED)
            canvas.setFillColor(RED)
            canvas.setLineWidth(1.2)
            w = canvas.stringWidth(stamp, BOLD, 10) + 0.5 * cm
            canvas.rect(width - MARGIN_X - w, top - 1.6 * cm, w, 0.6 * cm)
            canvas.setFont(BOLD, 10)
            canvas.drawCentredString(width - MARGIN_X - w / 2, top - 1.42 * cm, stamp)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.5)
        canvas.line(MARGIN_X, top - 1.85 * cm, width - MARGIN_X, top - 1.85 * cm)
        # Footer (the page number is added by the canvas when the total is known).
        canvas.setStrokeColor(colors.lightgrey)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, 1.6 * cm, width - MARGIN_X, 1.6 * cm)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(GREY)
        left = f"{meta.title} · {meta.reference}" if meta.reference else meta.title
        canvas.drawString(MARGIN_X, 1.2 * cm, left)
        canvas.drawString(MARGIN_X, 0.8 * cm, generated)
        if meta.confidential:
            canvas.setFont(ITALIC, 7)
            canvas.setFillColor(RED)
            canvas.drawString(MARGIN_X, 0.45 * cm, notice)
        canvas.restoreState()

    return draw


def build_pdf(ctx: ReportContext, out: Path, meta: DocMeta,
              story: Sequence[Flowable]) -> None:
    """Lay out `story` on institutional pages and write it atomically to `out`."""
    register_fonts()
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=TOP,
        bottomMargin=BOTTOM, title=meta.title, author=ctx.author,
        subject=ctx.branding.institution_text(ctx.tr, ctx.catalogs.territory.canton),
        creator="Defensoría", lang="es-EC" if ctx.language == "es" else ctx.language)
    decorate = _decorate(ctx, meta)
    doc.build(list(story), onFirstPage=decorate, onLaterPages=decorate,
              canvasmaker=_numbered_canvas(ctx))
    atomic_write_bytes(out, buffer.getvalue())  # owner-only: the document holds case data
