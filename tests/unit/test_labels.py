"""One table of words for the codes records hold (app/core/labels.py): every code has its
words, documents and the record descriptions read them from it, in finished Spanish."""

from app.core import labels
from app.core.i18n import translator
from app.core.record_words import CODES
from app.core.records.cases import CASE_STATUSES, REFERRAL_STATUSES
from app.core.rules.ages import CATEGORIES
from app.reports import api
from app.reports import labels as report_labels


def test_every_code_of_the_records_has_its_words() -> None:
    assert set(labels.CASE_STATUS) == set(CASE_STATUSES)
    assert set(labels.REFERRAL_STATUS) == set(REFERRAL_STATUSES)
    assert set(labels.REFERRAL_STATUS_SHORT) == set(REFERRAL_STATUSES)
    assert set(labels.AGE_GROUP) == set(labels.AGE_CATEGORY) == set(CATEGORIES)
    assert set(labels.VISIT_STATE) == set(labels.VISIT_TITLE)


def test_every_word_has_finished_spanish() -> None:
    es = translator("es")
    tables = [v for k, v in vars(labels).items() if k.isupper() and isinstance(v, dict)]
    assert len(tables) >= 12
    untranslated = [source for table in tables for source in table.values()
                    if es(source) == source and source not in ("Normal",)]
    assert untranslated == []


def test_documents_and_record_descriptions_say_what_the_table_says(workspace) -> None:
    es, ctx = translator("es"), api.context(workspace, "es")
    status = report_labels.coded(labels.REFERRAL_STATUS)
    assert [status(ctx, code) for code in REFERRAL_STATUSES] == [
        "Borrador", "Enviada", "Recibida", "En atención", "Respondida", "Cerrado",
        "Rechazada o redirigida"]
    assert es(CODES["immediate"]) == "Peligro inmediato"
    assert es(CODES["drafted"]) == es(labels.REFERRAL_STATUS["drafted"])
    assert labels.word(labels.URGENCY, "immediate", es) == "Peligro inmediato"
    assert labels.word(labels.URGENCY, "unknown-code", es) == "unknown-code"


def test_the_core_table_pulls_in_no_store() -> None:
    """The unlock window imports it (through app/ui/labels.py) before any SQL toolkit."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(labels.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {a.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                 for a in node.names}
    assert imported == {"app.core.i18n"}
