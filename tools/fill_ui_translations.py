"""Run lupdate over app/ui and merge {source: translation} pairs into ui_es.ts.

Usage: .venv/bin/python tools/fill_ui_translations.py [FILE.py]  (FILE defines ES = {...})
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


def main(extra: dict[str, str]) -> list[str]:
    sources = [str(p) for p in sorted((ROOT / "app" / "ui").rglob("*.py"))]
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS)], check=True,
                   capture_output=True)
    tree = ET.parse(TS)
    left = []
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
    pairs = runpy.run_path(sys.argv[1])["ES"] if len(sys.argv) > 1 else {}
    for text in main(pairs):
        print(text)
