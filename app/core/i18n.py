"""Translation of core messages without Qt.

Core code marks user-facing English source strings with `N_()`; they live in the
Qt Linguist file `resources/translations/core_es.ts` (context "core"). The desktop app
loads the compiled .qm through Qt; the CLI reads the same .ts here, so both speak the
same Spanish.
"""

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TRANSLATIONS = RESOURCES / "translations"
CONTEXT = "core"

Translate = Callable[[str], str]


def N_(text: str) -> str:
    """Mark a core message for translation; it is translated where it is shown."""
    return text


def load_ts(path: Path, context: str = CONTEXT) -> dict[str, str]:
    table: dict[str, str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is not None and translation.text and \
                    translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                table[source] = translation.text
    return table


@cache
def translator(language: str) -> Translate:
    """A function from English source string to the language's text (identity for en)."""
    path = TRANSLATIONS / f"core_{language}.ts"
    if language == "en" or not path.exists():
        return lambda text: text
    table = load_ts(path)
    return lambda text: table.get(text, text)
