"""The Spanish translation is complete: every marked core string has a finished entry."""

import xml.etree.ElementTree as ET

from app.core.i18n import TRANSLATIONS, load_ts
from tools.update_translations import core_strings


def test_every_core_string_is_translated():
    table = load_ts(TRANSLATIONS / "core_es.ts")
    missing = [s for s in core_strings() if not table.get(s)]
    assert missing == []


def test_no_unfinished_entries_in_any_ts():
    for path in TRANSLATIONS.glob("*_es.ts"):
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            assert translation is not None and translation.get("type") != "unfinished", \
                (path.name, message.findtext("source"))
            assert translation.text, (path.name, message.findtext("source"))


def test_placeholders_survive_translation():
    import re

    for source, target in load_ts(TRANSLATIONS / "core_es.ts").items():
        assert set(re.findall(r"{\w+}", source)) == set(re.findall(r"{\w+}", target)), source
