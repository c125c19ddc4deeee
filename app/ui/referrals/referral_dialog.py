"""Referrals (derivaciones): to the institutions the case's violation types call for."""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from app.core.records import Referral
from app.core.rules.legal import referral_route
from app.ui import labels
from app.ui.fieldwork.visit_dialog import text_box
from app.ui.forms import FormDialog
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import combo, select_code


def institutions_for(ctx: UiContext, violation_types: list[str]) -> list[tuple[str, str]]:
    """Required institutions first (marked), then those the types allow."""
    catalog = ctx.catalogs.institutions
    must = referral_route(violation_types, ctx.catalogs)
    may: list[str] = []
    for code in violation_types:
        item = ctx.catalogs.violation_types.get(code)
        for inst in (item.extra.get("may_refer", []) if item else []):
            if inst not in must and inst not in may:
                may.append(inst)
    required = ReferralDialog.required_suffix()
    return [(c, catalog.label(c, ctx.language) + required) for c in must] + \
        [(c, catalog.label(c, ctx.language)) for c in may]


class ReferralDialog(FormDialog):
    FORM = "referral"

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, session, context, parent)
        self.case = session.ws.cases.get(context["case_id"])
        self.setWindowTitle(self.tr("Refer case {0}").format(self.case.code))
        self.suggested = institutions_for(ctx, self.case.violation_types)
        self.institution = self.add_field("institution", self.tr("&Institution"),
                                          combo(self.suggested))
        self.show_all = QCheckBox(self.tr("Show &every institution"))
        self.show_all.toggled.connect(self._fill)
        self.form.addRow("", self.show_all)
        self.reason = self.add_field("reason", self.tr("&Reason"), text_box(120))
        self.urgency = self.add_field("urgency", self.tr("&Urgency"), combo(
            [(c, labels.urgency(c)) for c in ("normal", "urgent", "immediate")]))
        self.send = QCheckBox(self.tr("Mark as sent &now"))
        self.send.setChecked(True)
        self.form.addRow("", self.send)
        self.finish()
        if context.get("institution"):
            select_code(self.institution, context["institution"])
        self.resize(560, 380)

    @staticmethod
    def required_suffix() -> str:
        return QCoreApplication.translate("ReferralDialog", " (required by law)")

    def _fill(self, everything: bool) -> None:
        current = self.institution.currentData()
        self.institution.clear()
        items = self.suggested
        if everything:
            known = {c for c, _ in items}
            items = items + [(i.code, i.label(self.ctx.language))
                             for i in self.ctx.catalogs.institutions.active()
                             if i.code not in known]
        for code, label in items:
            self.institution.addItem(label, code)
        select_code(self.institution, current)

    def values(self) -> dict[str, Any]:
        return {"institution": self.institution.currentData(),
                "reason": self.reason.toPlainText(), "urgency": self.urgency.currentData(),
                "send": self.send.isChecked()}

    def restore(self, values: dict[str, Any]) -> None:
        if values.get("institution") and self.institution.findData(values["institution"]) < 0:
            self.show_all.setChecked(True)
        select_code(self.institution, values.get("institution", ""))
        self.reason.setPlainText(values.get("reason", ""))
        select_code(self.urgency, values.get("urgency", "normal"))
        self.send.setChecked(bool(values.get("send", True)))

    def submit(self) -> Referral:
        v = self.values()
        return self.session.ws.referrals.create(
            send=v.pop("send"), case_id=self.case.id, institution=v["institution"] or "",
            reason=v["reason"], urgency=v["urgency"])
