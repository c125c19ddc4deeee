"""A person's request about their data (LOPDP: access, rectification, deletion,
objection): who asked, what, and the day received; it is due 15 days later."""

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.core.records import DataRequest
from app.core.services.requests import RequestService
from app.ui import labels
from app.ui.forms import FormDialog
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import DateField, combo, select_code

KINDS = ("access", "rectification", "deletion", "objection")


class RequestDialog(FormDialog):
    FORM = "data_request"

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, session, context, parent)
        person = session.ws.families.get_person(context["person_id"])
        self.setWindowTitle(self.tr("Data request of {0}").format(
            f"{person.given_names} {person.surnames}"))
        self.kind = self.add_field("kind", self.tr("&Request"), combo(
            [(k, labels.request_kind(k)) for k in KINDS]))
        self.requested_by = self.add_field("requested_by", self.tr("&Asked by"), combo(
            [("self", self.tr("The person")),
             ("representative", self.tr("A representative"))]))
        self.rep_name = self.add_field("representative_name",
                                       self.tr("Representative's &name"), QLineEdit())
        self.rep_relation = self.add_field("representative_relation",
                                           self.tr("Representative's re&lation"), QLineEdit())
        self.received_on = self.add_field("received_on", self.tr("Received &on"), DateField(
            self.tr("Received on"), self.tr("DD/MM/YYYY")))
        self.received_on.set_value(ctx.today())
        self.requested_by.currentIndexChanged.connect(self._update)
        self._update()
        self.finish()

    def _update(self) -> None:
        representative = self.requested_by.currentData() == "representative"
        self.rep_name.setEnabled(representative)
        self.rep_relation.setEnabled(representative)

    def values(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData(),
                "requested_by": self.requested_by.currentData(),
                "representative_name": self.rep_name.text(),
                "representative_relation": self.rep_relation.text(),
                "received_on": self.received_on.text()}

    def restore(self, values: dict[str, Any]) -> None:
        select_code(self.kind, values.get("kind", "access"))
        select_code(self.requested_by, values.get("requested_by", "self"))
        self.rep_name.setText(values.get("representative_name", ""))
        self.rep_relation.setText(values.get("representative_relation", ""))
        self.received_on.setText(values.get("received_on", ""))

    def submit(self) -> DataRequest | None:
        received = self.received_on.value()
        if received is None:
            self.errors["received_on"].show_message(
                self.tr("Write the date as day/month/year, e.g. 03/04/2016."))
            return None
        data = self.values()
        return RequestService(self.session.ws.context()).record(
            self.context["person_id"], data["kind"], received, data["requested_by"],
            data["representative_name"], data["representative_relation"])
