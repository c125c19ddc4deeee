"""What the Junta records on a referral: its receipt, and each next step with the measure
or answer and a note, both several lines long. Only the steps the life cycle allows next
are offered (ReferralService.next_steps, the rule the server checks too)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError
from app.core.i18n import Translate
from app.core.rules.referrals import next_steps
from app.core.services.referrals import ReferralService
from app.ui import labels
from app.ui.shell.offers import tag
from app.ui.widgets import ErrorLabel, buddy, combo

ACTION = "referral.step"


def text_area(name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class ReferralStepForm(QWidget):
    recorded = Signal(str)  # the status recorded

    def __init__(self, referrals: ReferralService, core_tr: Translate,
                 wide: bool = False) -> None:
        """`wide`: the status and buttons, the measure and the note side by side (under a
        full-width table); else one above the other (in a column)."""
        super().__init__()
        self.referrals, self.core_tr = referrals, core_tr
        self.referral_id: str | None = None
        self.step = combo([], name=self.tr("New status"))
        self.answer = text_area(self.tr("Measure or answer"), 4)
        self.note = text_area(self.tr("Note"), 2 if not wide else 4)
        self.closed = QLabel(self.tr("This referral is closed: no step follows."))
        self.closed.hide()
        self.received = tag(QPushButton(self.tr("Mark as &received")), ACTION)
        self.received.clicked.connect(self.mark_received)
        self.save = tag(QPushButton(self.tr("Sa&ve step")), ACTION)
        self.save.clicked.connect(self.record)
        self.error = ErrorLabel()
        titles = (buddy(self.tr("New &status"), self.step),
                  buddy(self.tr("&Measure or answer"), self.answer),
                  buddy(self.tr("&Note"), self.note))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if wide:
            grid = QGridLayout()
            for column, (title, field) in enumerate(zip(
                    titles, (self.step, self.answer, self.note), strict=True)):
                grid.addWidget(title, 0, column)
                grid.addWidget(field, 1, column, Qt.AlignmentFlag.AlignTop)
            buttons = QVBoxLayout()
            buttons.addWidget(self.received)
            buttons.addWidget(self.save)
            buttons.addWidget(self.closed)
            grid.addLayout(buttons, 2, 0)
            grid.setColumnStretch(1, 3)
            grid.setColumnStretch(2, 2)
            grid.setRowStretch(3, 1)
            layout.addLayout(grid)
        else:
            form = QFormLayout()
            for title, field in zip(titles, (self.step, self.answer, self.note), strict=True):
                form.addRow(title, field)
            layout.addLayout(form)
            layout.addWidget(self.closed)
            buttons_row = QHBoxLayout()
            buttons_row.addWidget(self.received)
            buttons_row.addStretch()
            buttons_row.addWidget(self.save)
            layout.addLayout(buttons_row)
        layout.addWidget(self.error)
        self.answer.textChanged.connect(lambda: self.error.show_message(""))
        self.set_referral(None)

    def set_referral(self, referral_id: str | None) -> None:
        """Offer the steps that may follow this referral's current one."""
        self.referral_id = referral_id
        current = self.referrals.current_status(referral_id) if referral_id else None
        steps = next_steps(current) if referral_id else ()
        self.step.clear()
        for code in steps:
            self.step.addItem(labels.referral_status(code), code)
        if "answered" in steps:  # what the Junta most often records next
            self.step.setCurrentIndex(self.step.findData("answered"))
        self.received.setEnabled(current == "sent")
        for widget in (self.step, self.answer, self.note, self.save):
            widget.setEnabled(bool(steps))
        self.closed.setVisible(referral_id is not None and not steps)
        self.error.show_message("")

    def mark_received(self) -> None:
        self._add("received", self.note.toPlainText().strip(), "")

    def record(self) -> None:
        status = self.step.currentData()
        answer = self.answer.toPlainText().strip()
        if status == "answered" and not answer:
            self.error.show_message(self.tr("Type the measure or the answer."))
            self.answer.setFocus()
            return
        self._add(status, self.note.toPlainText().strip(), answer)

    def _add(self, status: str, note: str, answer: str) -> None:
        if self.referral_id is None or not status:
            return
        try:
            self.referrals.add_status(self.referral_id, status, note=note, answer=answer)
        except UserError as exc:
            self.error.show_message(exc.render(self.core_tr))
            return
        self.answer.clear()
        self.note.clear()
        self.set_referral(self.referral_id)
        self.recorded.emit(status)
