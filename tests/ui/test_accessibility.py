"""Every input of every form has an accessible name, and Tab follows the visual order."""

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
)

from app.core.services.requests import RequestService
from app.ui.shell.shell import FORMS

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QListWidget, QAbstractSpinBox)


def context_for(form: str, workspace, household, child) -> dict:
    case = workspace.cases.register(
        parish="PIL", household_id=household.id, affected_person_ids=[child.id],
        violation_types=["negligencia"], facts="Hechos.", reporter_name="Rosa")
    referral = workspace.referrals.create(case_id=case.id, institution="junta", reason="X")
    request = RequestService(workspace.context()).record(child.id, "access",
                                                         workspace.today())
    return {"person": {"household_id": household.id}, "household": {},
            "consent": {"person_id": child.id},
            "visit": {"household_id": household.id, "mode": "record"},
            "case": {"household_id": household.id}, "mediation": {"case_id": case.id},
            "referral": {"case_id": case.id}, "referral_step": {"referral_id": referral.id},
            "case_note": {"case_id": case.id}, "case_status": {"case_id": case.id},
            "follow_up": {"case_id": case.id},
            "activity": {}, "data_request": {"person_id": child.id},
            "data_request_answer": {"request_id": request.id},
            "plan_action": {"year": workspace.today().year, "parish": "PIL"}}[form]


@pytest.mark.parametrize("form", sorted(FORMS))
def test_every_input_has_an_accessible_name(form, shell, workspace, household, child):
    dialog = shell.open_form(FORMS[form], context_for(form, workspace, household, child))
    inputs = [w for kind in INPUTS for w in dialog.findChildren(kind)]
    unnamed = [type(w).__name__ for w in inputs
               if w.isVisibleTo(dialog) and not w.accessibleName()
               and not isinstance(w.parent(), INPUTS)]  # a combo's own line edit
    assert unnamed == []
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    assert all(b.text() or b.accessibleName() for b in buttons)
    dialog.park()


def test_tab_follows_the_person_form_top_to_bottom(shell, household):
    dialog = shell.open_form(FORMS["person"], {"household_id": household.id})
    wanted = [dialog.given_names, dialog.surnames, dialog.sex, dialog.doc_type,
              dialog.doc_number, dialog.birth_date, dialog.estimated_age]
    order, widget = [], dialog.given_names
    while len(order) < len(wanted):
        if widget in wanted and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order == wanted
    dialog.park()
