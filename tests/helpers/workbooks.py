"""Spreadsheets a user might pick that cannot be read: damaged in the ways a cut-short
download or a broken USB stick leaves them, for the importers' tests."""

import random
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

SHEET = "xl/worksheets/sheet1.xml"


def _rewrite(path: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    """A plan matrix workbook at `path` whose zip members pass through `change` (None
    drops the member)."""
    whole = path.with_name(f"whole-{path.name}")
    book = Workbook()
    book.active.append(["Acciones propuestas", "Mes a realizarse"])
    book.active.append(["Taller", "junio"])
    book.save(whole)
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = change(item.filename, source.read(item.filename))
            if data is not None:
                target.writestr(item, data)
    whole.unlink()
    return path


def damaged_workbook(path: Path, how: str) -> Path:
    """`how`: "random" (bytes that are no zip), "cut" (the sheet's XML cut in half),
    "no sheet" (the zip lists a sheet it lacks)."""
    if how == "random":
        path.write_bytes(random.Random(15).randbytes(4096))
        return path
    if how == "cut":
        return _rewrite(path, lambda name, data: data[:len(data) // 2] if name == SHEET
                        else data)
    return _rewrite(path, lambda name, data: None if name == SHEET else data)


DAMAGES = ("random", "cut", "no sheet")
