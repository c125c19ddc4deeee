"""Run lupdate over app/ui and merge {source: translation} pairs into ui_es.ts.

Usage: .venv/bin/python tools/fill_ui_translations.py [FILE.py]  (FILE defines ES = {...})
ES fills unfinished entries by source. FILE may also define CHANGED = {"Context|source":
translation}: it replaces the Spanish of entries already finished (a mnemonic moved).
Prints the sources still unfinished; then compile with pyside6-lrelease.
"""

import runpy
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "ui_es.ts"
BIN = Path(sys.executable).parent


def main(extra: dict[str, str], changed: dict[str, str] | None = None) -> list[str]:
    sources = [str(p) for p in sorted((ROOT / "app" / "ui").rglob("*.py"))]
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS)], check=True,
                   capture_output=True)
    tree = ET.parse(TS)
    left = []
    changed = changed or {}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            key = f"{context.findtext('name')}|{message.findtext('source')}"
            translation = message.find("translation")
            if key in changed and translation is not None and \
                    translation.get("type") not in ("vanished", "obsolete"):
                translation.text = changed[key]
                translation.attrib.pop("type", None)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        if source in extra:
            translation.text = extra[source]
            del translation.attrib["type"]
        else:
            left.append(source)
    ET.indent(tree, space="  ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return left


if __name__ == "__main__":
    given = runpy.run_path(sys.argv[1]) if len(sys.argv) > 1 else {}
    for text in main(given.get("ES", {}), given.get("CHANGED", {})):
        print(text)
