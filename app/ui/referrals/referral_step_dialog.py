"""A step in a referral's life: sent, received, answered, with its date, note and measure."""

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.core.records import ReferralStatus
from app.ui import labels
from app.ui.fieldwork.visit_dialog import text_box
from app.ui.forms import FormDialog
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import combo, select_code


class ReferralStepDialog(FormDialog):
    """A new step in a referral's life: received, in attention, answered, closed…"""

    FORM = "referral_step"

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, session, context, parent)
        self.setWindowTitle(self.tr("Referral: new step"))
        # Only the steps its life cycle allows next (the server checks the same rule).
        steps = session.ws.referrals.next_steps(context["referral_id"])
        self.status = self.add_field("status", self.tr("S&tatus"), combo(
            [(c, labels.referral_status(c)) for c in steps]))
        select_code(self.status, context.get("next", "received"))
        self.note = self.add_field("note", self.tr("&Note"), text_box(80))
        self.answer = self.add_field("answer", self.tr("&Answer or measure issued"),
                                     text_box(80))
        self.finish()
        if not steps:
            self.show_banner(self.tr("This referral is closed: no step follows."))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def values(self) -> dict[str, Any]:
        return {"status": self.status.currentData(), "note": self.note.toPlainText(),
                "answer": self.answer.toPlainText()}

    def restore(self, values: dict[str, Any]) -> None:
        select_code(self.status, values.get("status", "received"))
        self.note.setPlainText(values.get("note", ""))
        self.answer.setPlainText(values.get("answer", ""))

    def submit(self) -> ReferralStatus:
        return self.session.ws.referrals.add_status(self.context["referral_id"],
                                                    **self.values())
