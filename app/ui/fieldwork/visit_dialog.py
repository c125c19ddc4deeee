"""Plan a family visit, or record one done (participants, observations, agreements).

A next-visit date becomes a planned visit, so it shows in the agenda on that day.
"""

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.core.records import Visit
from app.ui.forms import FormDialog
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import DateField


def text_box(height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


class VisitDialog(FormDialog):
    FORM = "visit"

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, session, context, parent)
        self.recording = context.get("mode") == "record"
        self.setWindowTitle(self.tr("Record a visit") if self.recording
                            else self.tr("Plan a visit"))
        self.visit_date = self.add_field("visit_date", self.tr("&Date"), DateField(
            self.tr("Visit date"), self.tr("DD/MM/YYYY")))
        self.visit_date.set_value(ctx.today())
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("Names, separated by commas"))
        self.observations = text_box()
        self.agreements = text_box()
        self.next_visit = DateField(self.tr("Next visit"), self.tr("DD/MM/YYYY"))
        if self.recording:
            self.add_field("participants", self.tr("&Participants"), self.participants)
            self.add_field("observations", self.tr("&Observations"), self.observations)
            self.add_field("agreements", self.tr("&Agreements"), self.agreements)
            self.add_field("next_visit_on", self.tr("&Next visit"), self.next_visit)
        else:
            self.add_field("observations", self.tr("&Purpose of the visit"),
                           self.observations)
        self.finish()
        self.resize(520, 420 if self.recording else 240)

    def values(self) -> dict[str, Any]:
        return {"visit_date": self.visit_date.text(),
                "participants": self.participants.text(),
                "observations": self.observations.toPlainText(),
                "agreements": self.agreements.toPlainText(),
                "next_visit_on": self.next_visit.text()}

    def restore(self, values: dict[str, Any]) -> None:
        self.visit_date.setText(values.get("visit_date", ""))
        self.participants.setText(values.get("participants", ""))
        self.observations.setPlainText(values.get("observations", ""))
        self.agreements.setPlainText(values.get("agreements", ""))
        self.next_visit.setText(values.get("next_visit_on", ""))

    def _dates_ok(self) -> bool:
        ok = True
        for name, field in (("visit_date", self.visit_date), ("next_visit_on", self.next_visit)):
            if field.is_invalid() or (name == "visit_date" and field.value() is None):
                self.errors[name].show_message(
                    self.tr("Write the date as day/month/year, e.g. 03/04/2016."))
                ok = False
        return ok

    def submit(self) -> Visit | None:
        self.clear_errors()
        if not self._dates_ok():
            return None
        visits = self.session.ws.visits
        household, case = self.context["household_id"], self.context.get("case_id")
        if not self.recording:
            return visits.plan(household, self.visit_date.value(), case,
                               self.observations.toPlainText())
        visit = visits.record(
            household_id=household, case_id=case, plan_id=self.context.get("plan_id"),
            visit_date=self.visit_date.value(),
            participants=[p.strip() for p in self.participants.text().split(",") if p.strip()],
            observations=self.observations.toPlainText(),
            agreements=self.agreements.toPlainText(), next_visit_on=self.next_visit.value())
        if visit.next_visit_on is not None:
            visits.plan(household, visit.next_visit_on, case,
                        self.tr("Follow-up of the visit of {0}").format(
                            self.visit_date.text()))
        return visit
