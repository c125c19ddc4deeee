"""Collect core messages (`N_("...")`) into resources/translations/core_es.ts.

Qt's lupdate handles the widgets' `tr()` strings; this does the same for Qt-free code.
Existing translations are kept; new strings are added as unfinished, vanished ones are
dropped; the desktop's compiled copy (core_es.qm, loaded through Qt) is made again.
Run: .venv/bin/python tools/update_translations.py
"""

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "app", ROOT / "sync"]
TS_FILE = ROOT / "resources" / "translations" / "core_es.ts"
BIN = Path(sys.executable).parent
MARKER = "N_"


def core_strings() -> list[str]:
    found: dict[str, None] = {}
    for folder in SOURCES:
        for path in sorted(folder.rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id == MARKER and node.args
                        and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    found[node.args[0].value] = None
    return list(found)


def existing(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") is None:
            out[message.findtext("source") or ""] = translation.text
    return out


def write(path: Path, strings: list[str], known: dict[str, str]) -> int:
    root = ET.Element("TS", version="2.1", language="es_EC", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "core"
    unfinished = 0
    for source in strings:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in known:
            translation.text = known[source]
        else:
            translation.set("type", "unfinished")
            unfinished += 1
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    compile_qm(path)
    return unfinished


def compile_qm(path: Path) -> None:
    """The .qm beside the .ts, for Qt (the desktop shows the core's labels through it)."""
    subprocess.run([str(BIN / "pyside6-lrelease"), str(path), "-qm",
                    str(path.with_suffix(".qm"))], check=True, capture_output=True)


if __name__ == "__main__":
    count = write(TS_FILE, core_strings(), existing(TS_FILE))
    print(f"{TS_FILE.relative_to(ROOT)}: {count} unfinished")
    sys.exit(0)
