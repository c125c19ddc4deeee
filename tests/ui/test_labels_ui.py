"""The screens word codes as the core's one table does, in the language installed."""

from PySide6.QtWidgets import QApplication

from app.core import labels as words
from app.core.i18n import translator
from app.ui import i18n, labels


def test_screens_say_what_documents_say_in_spanish(spanish) -> None:
    es = translator("es")
    assert [labels.referral_status(c) for c in words.REFERRAL_STATUS] == [
        es(w) for w in words.REFERRAL_STATUS.values()]
    assert labels.urgency("immediate") == "Peligro inmediato"
    assert labels.case_status("referred") == "Derivado"
    assert labels.visit_state("done") == "Visita realizada"
    assert labels.purpose("services") == es(words.PURPOSE["services"])
    assert labels.age_category("ninez") == "Niña o niño (menor de 12)"
    assert labels.attendance_group("adultos_mayores") == "Adultos mayores (65+)"
    assert labels.referral_status("no-such-code") == "no-such-code"


def test_english_shows_the_source_words(qapp: QApplication) -> None:
    installed = i18n.install(qapp, "en")
    try:
        assert labels.referral_status("drafted") == "Draft"
        assert labels.urgency("immediate") == "Immediate danger"
    finally:
        i18n.uninstall(qapp, installed)
