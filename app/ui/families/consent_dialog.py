"""Consent to process a person's data (LOPDP Art. 21): who gave it, for what, when."""

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.core.records import Consent
from app.core.rules.validation import SELF_CONSENT_AGE
from app.ui import labels
from app.ui.forms import FormDialog
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import DateField, combo, select_code


class ConsentDialog(FormDialog):
    FORM = "consent"

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, session, context, parent)
        person = session.ws.families.get_person(context["person_id"])
        self.age = session.ws.families.age_of(person)
        self.setWindowTitle(self.tr("Consent of {0}").format(
            f"{person.given_names} {person.surnames}"))
        self.purpose = self.add_field("purpose", self.tr("&For what"), combo(
            [(c, labels.purpose(c)) for c in ("services", "sharing", "reporting")]))
        self.given_by = self.add_field("given_by", self.tr("&Given by"), combo(
            [("self", self.tr("The person")),
             ("representative", self.tr("The legal representative"))]))
        self.rep_name = self.add_field("representative_name",
                                       self.tr("&Representative's name"), QLineEdit())
        self.rep_relation = self.add_field("representative_relation",
                                           self.tr("Representative's re&lation"), QLineEdit())
        self.given_on = self.add_field("given_on", self.tr("&Date"), DateField(
            self.tr("Date"), self.tr("DD/MM/YYYY")))
        self.given_on.set_value(ctx.today())
        if self.age is not None and self.age < SELF_CONSENT_AGE:
            select_code(self.given_by, "representative")
            self.given_by.setEnabled(False)
            self.given_by.setToolTip(self.tr("Under 15, the legal representative consents."))
        self.given_by.currentIndexChanged.connect(self._update)
        self._update()
        self.finish()

    def _update(self) -> None:
        representative = self.given_by.currentData() == "representative"
        self.rep_name.setEnabled(representative)
        self.rep_relation.setEnabled(representative)

    def values(self) -> dict[str, Any]:
        return {"purpose": self.purpose.currentData(), "given_by": self.given_by.currentData(),
                "representative_name": self.rep_name.text(),
                "representative_relation": self.rep_relation.text(),
                "given_on": self.given_on.text()}

    def restore(self, values: dict[str, Any]) -> None:
        select_code(self.purpose, values.get("purpose", "services"))
        if self.given_by.isEnabled():
            select_code(self.given_by, values.get("given_by", "self"))
        self.rep_name.setText(values.get("representative_name", ""))
        self.rep_relation.setText(values.get("representative_relation", ""))
        self.given_on.setText(values.get("given_on", ""))

    def submit(self) -> Consent | None:
        data = self.values()
        data["given_on"] = self.given_on.value()
        if data["given_on"] is None:
            self.errors["given_on"].show_message(
                self.tr("Write the date as day/month/year, e.g. 03/04/2016."))
            return None
        return self.session.ws.families.record_consent(self.context["person_id"], **data)
