"""Duplicates: a repeated document is refused; similar names and birth dates warn."""

from datetime import date

import pytest

from app.core.errors import ValidationFailed
from app.core.i18n import translator


def _add(ws, household, **extra):
    data = {"household_id": household.id, "given_names": "Sisa Nina",
            "surnames": "Chicaiza Muñoz", "sex": "mujer", "birth_date": date(2016, 4, 3)}
    return ws.families.add_person(**{**data, **extra})


def test_same_document_is_refused_naming_the_person(workspace, household, child):
    with pytest.raises(ValidationFailed) as info:
        _add(workspace, household, given_names="Otra", surnames="Persona",
             doc_type="cedula", doc_number=child.doc_number)
    assert "Sisa Nina Chicaiza Muñoz" in info.value.render(translator("es"))
    assert workspace.families.count_persons() == 1


def test_document_change_to_taken_number_is_refused(workspace, household, child):
    other = _add(workspace, household, given_names="Inti", surnames="Caiza",
                 sex="hombre", doc_type="cedula", doc_number="1714307103")
    with pytest.raises(ValidationFailed):
        workspace.families.update_person(other.id, doc_number=child.doc_number)


@pytest.mark.parametrize(("names", "birth", "warns"), [
    (("Sisa Nina", "Chicaiza Muñoz"), date(2016, 4, 3), True),      # identical
    (("SISA  NINA", "Chicaiza Munoz"), date(2016, 9, 1), True),     # accents, case, close date
    (("Chicaiza Muñoz", "Sisa Nina"), date(2016, 4, 3), True),      # order swapped
    (("Sisa Nina", "Chicaiza Muñoz"), date(2010, 4, 3), False),     # six years apart
    (("Sisa", "Chicaiza Muñoz"), date(2016, 4, 3), False),          # different name
])
def test_similar_name_warns_until_confirmed(workspace, household, child, names, birth, warns):
    kwargs = {"given_names": names[0], "surnames": names[1], "birth_date": birth,
              "doc_type": "sin_documento", "doc_number": ""}
    if not warns:
        _add(workspace, household, **kwargs)
        return
    with pytest.raises(ValidationFailed) as info:
        _add(workspace, household, **kwargs)
    assert info.value.problems == [] and len(info.value.warnings) == 1
    assert "Chicaiza Muñoz" in info.value.warnings[0].render(translator("es"))
    assert workspace.families.count_persons() == 1
    _add(workspace, household, confirm_duplicates=True, **kwargs)
    assert workspace.families.count_persons() == 2


def test_deleted_person_frees_the_document(workspace, household, child):
    workspace.families.delete_person(child.id)
    again = _add(workspace, household, doc_type="cedula", doc_number=child.doc_number)
    assert again.id != child.id


@pytest.mark.parametrize("typed", ["180456789-7", " 1804567897", "1804 567 897", "1804567897 "])
def test_formatted_cedula_is_the_same_document(workspace, household, child, typed):
    with pytest.raises(ValidationFailed):
        _add(workspace, household, given_names="Otra", surnames="Persona",
             doc_type="cedula", doc_number=typed)


def test_cedula_is_stored_as_ten_digits(workspace, household):
    person = _add(workspace, household, given_names="Rumi", surnames="Caiza", sex="hombre",
                  doc_type="cedula", doc_number="171430710-3")
    assert workspace.families.get_person(person.id).doc_number == "1714307103"
    # A spreadsheet that dropped the leading zero of province 09.
    person = _add(workspace, household, given_names="Kusi", surnames="Caiza", sex="hombre",
                  doc_type="cedula", doc_number="926687856")
    assert workspace.families.get_person(person.id).doc_number == "0926687856"
