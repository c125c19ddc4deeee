"""Mediation: only for transigible conflicts. A non-mediable case is stopped before the
form opens, with the reason and the referral to make instead."""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.records import Mediation
from app.ui import labels
from app.ui.fieldwork.visit_dialog import text_box
from app.ui.forms import FormDialog
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import DateField, combo, select_code

BLOCK_STYLE = "background: #fde7e9; border: 1px solid #b3261e; padding: 10px;"


class MediationBlocked(QDialog):
    """Says why this case cannot be mediated, and offers the referral instead."""

    refer = Signal()

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("This case cannot be mediated"))
        layout = QVBoxLayout(self)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(BLOCK_STYLE)
        self.message.setAccessibleName(self.tr("Why mediation is not allowed"))
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Mediation is only for minor family or community "
                                        "conflicts. Violence must be referred.")))
        buttons = QDialogButtonBox()
        self.refer_button = QPushButton(self.tr("&Create the referral"))
        self.refer_button.setDefault(True)
        buttons.addButton(self.refer_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.refer_button.clicked.connect(self._refer)
        layout.addWidget(buttons)
        self.resize(520, 220)

    def _refer(self) -> None:
        self.accept()
        self.refer.emit()


class MediationDialog(FormDialog):
    FORM = "mediation"

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, session, context, parent)
        self.setWindowTitle(self.tr("Record a mediation"))
        self.held_on = self.add_field("held_on", self.tr("&Date"), DateField(
            self.tr("Date"), self.tr("DD/MM/YYYY")))
        self.held_on.set_value(ctx.today())
        self.subject = self.add_field("subject", self.tr("Su&bject"), QLineEdit())
        self.party_a = self.add_field("parties", self.tr("&First party"), QLineEdit())
        self.party_b = QLineEdit()
        self.party_b.setAccessibleName(self.tr("Second party"))
        self.form.addRow(self.tr("Second part&y"), self.party_b)
        self.agreements = self.add_field("agreements", self.tr("&Agreements"), text_box(120))
        self.outcome = self.add_field("outcome", self.tr("&Outcome"), combo(
            [(c, labels.outcome(c)) for c in ("agreement", "partial", "no_agreement")]))
        self.finish()
        self.resize(520, 420)

    def values(self) -> dict[str, Any]:
        return {"held_on": self.held_on.text(), "subject": self.subject.text(),
                "party_a": self.party_a.text(), "party_b": self.party_b.text(),
                "agreements": self.agreements.toPlainText(),
                "outcome": self.outcome.currentData()}

    def restore(self, values: dict[str, Any]) -> None:
        self.held_on.setText(values.get("held_on", ""))
        self.subject.setText(values.get("subject", ""))
        self.party_a.setText(values.get("party_a", ""))
        self.party_b.setText(values.get("party_b", ""))
        self.agreements.setPlainText(values.get("agreements", ""))
        select_code(self.outcome, values.get("outcome", "agreement"))

    def submit(self) -> Mediation | None:
        if self.held_on.value() is None:
            self.errors["held_on"].show_message(
                self.tr("Write the date as day/month/year, e.g. 03/04/2016."))
            return None
        parties = [{"name": p.text().strip(), "role": ""}
                   for p in (self.party_a, self.party_b) if p.text().strip()]
        return self.session.ws.mediations.record(
            case_id=self.context["case_id"], held_on=self.held_on.value(),
            subject=self.subject.text(), parties=parties,
            agreements=self.agreements.toPlainText(), outcome=self.outcome.currentData())
