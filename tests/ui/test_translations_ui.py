"""The Spanish UI translation is complete and compiled: a new tr() string without its
Spanish fails here (lupdate is re-run over the sources into a scratch copy)."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.core.i18n import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TS = TRANSLATIONS / "ui_es.ts"


def sources() -> list[str]:
    ui = ROOT / "app" / "ui"
    return [str(p) for p in sorted(ui.rglob("*.py"))]


def test_every_ui_string_has_a_finished_spanish_translation(tmp_path):
    scratch = tmp_path / "ui_es.ts"
    shutil.copy(TS, scratch)
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-ts", str(scratch)],
                   check=True, capture_output=True)
    unfinished = []
    for message in ET.parse(scratch).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("vanished", "obsolete"):
            continue
        if kind == "unfinished" or translation is None or not translation.text:
            unfinished.append(message.findtext("source"))
    assert unfinished == [], "run lupdate and translate these in ui_es.ts"


@pytest.mark.parametrize("name", ["ui_es", "qt_es", "core_es"])
def test_compiled_qm_matches_the_ts(tmp_path, name):
    out = tmp_path / f"{name}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TRANSLATIONS / f"{name}.ts"), "-qm",
                    str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (TRANSLATIONS / f"{name}.qm").read_bytes(), \
        f"recompile: pyside6-lrelease resources/translations/{name}.ts"
