"""Reading back what the reports wrote: text through pypdf, pages through pdftoppm."""

import shutil
import subprocess
from pathlib import Path

from PIL import Image
from pypdf import PdfReader


def pdf_text(path: Path) -> list[str]:
    """The text of each page, with runs of whitespace made single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def embedded_fonts(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
    return names


def render(path: Path, dpi: int = 40) -> list[Path]:
    """Every page as a PNG (poppler's pdftoppm, installed by .ci/run)."""
    assert shutil.which("pdftoppm"), "pdftoppm missing: apt-get install poppler-utils"
    prefix = path.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(path), str(prefix)], check=True,
                   capture_output=True, timeout=120)
    return sorted(path.parent.glob(prefix.name + "-*.png"))


def body_ink(png: Path) -> float:
    """Share of non-white pixels between the header and the footer of a page."""
    image = Image.open(png).convert("L")
    width, height = image.size
    body = image.crop((0, int(height * 0.13), width, int(height * 0.88)))
    dark = sum(body.histogram()[:200])
    return dark / (body.size[0] * body.size[1])


def assert_pages_not_blank(path: Path) -> int:
    pages = render(path)
    assert pages, f"{path.name} rendered no page"
    assert len(pages) == len(PdfReader(path).pages)
    for png in pages:
        assert body_ink(png) > 0.002, f"{png.name} is blank"
    return len(pages)
