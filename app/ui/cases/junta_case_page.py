"""A referred case as the Junta sees it: read-only, with who it affects, the steps of its
referrals to the Junta (date, who, note, measure or answer) and what the Junta may record
on them — receipt, measure or answer, notes. Nothing the server would refuse the Junta
(no edits of the case, no visits, no notes on the case itself)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.services.referrals import ReferralView
from app.ui import labels
from app.ui.cases.affected_table import affected_model, affected_view
from app.ui.cases.cases_page import table_view
from app.ui.models.rows import RowsTableModel
from app.ui.referrals.referral_step_form import ReferralStepForm
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import buddy, column_widths, heading

JUNTA = "junta"


def bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class JuntaCasePage(QWidget):
    def __init__(self, ctx: UiContext, session: Session, case_id: str) -> None:
        super().__init__()
        self.ctx, self.session, self.case_id = ctx, session, case_id
        layout = QVBoxLayout(self)
        self.title = heading("")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        self.persons = affected_model(ctx)
        self.person_table = affected_view(self.persons, self.tr("Affected persons"))
        layout.addWidget(bold(buddy(self.tr("Affected &persons"), self.person_table)))
        layout.addWidget(self.person_table, 1)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.facts)
        scroll.setAccessibleName(self.tr("Facts"))
        left.addWidget(bold(QLabel(self.tr("Facts"))))
        left.addWidget(scroll, 1)
        columns.addLayout(left, 2)
        right = QVBoxLayout()
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Referral to the Junta"))
        self.choice_label = bold(buddy(self.tr("Referral to the &Junta"), self.choice))
        top = QHBoxLayout()
        top.addWidget(self.choice_label)
        top.addWidget(self.choice, 1)
        right.addLayout(top)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        right.addWidget(self.reason)
        self.steps = RowsTableModel([
            (self.tr("Date"), lambda s: labels.day(s.moment.astimezone())),
            (self.tr("Status"), lambda s: labels.referral_status(s.status)),
            (self.tr("By"), lambda s: s.created_by),
            (self.tr("Note"), lambda s: s.note),
            (self.tr("Measure or answer"), lambda s: s.answer),
        ], lambda s: s.id)
        self.step_table = table_view(self.tr("Steps of the referral"))
        self.step_table.setSortingEnabled(False)
        self.step_table.setModel(self.steps)
        self.step_table.setWordWrap(True)
        # Widths in characters; with larger text the table scrolls rather than cut.
        column_widths(self.step_table, {0: 14, 1: 18, 2: 10, 3: 24, 4: 30})
        right.addWidget(bold(buddy(self.tr("S&teps of the referral"), self.step_table)))
        right.addWidget(self.step_table, 1)
        self.form = ReferralStepForm(session.ws.referrals, ctx.core_tr)
        self.form.recorded.connect(lambda _: self.refresh())
        self.form.setVisible(session.may("referral.step"))
        right.addWidget(self.form)
        columns.addLayout(right, 3)
        layout.addLayout(columns, 3)
        self.choice.currentIndexChanged.connect(lambda _: self._show_referral())
        session.ws.cases.open(case_id)  # audited: who viewed this case
        self.refresh()

    def refresh(self) -> None:
        ws = self.session.ws
        case = ws.cases.get(self.case_id)
        self.title.setText(self.tr("Case {0}").format(case.code))
        types = ", ".join(self.ctx.label("violation_types", t) for t in case.violation_types)
        self.summary.setText(self.tr("{0} · risk {1} · opened {2} · {3} · {4}").format(
            labels.case_status(case.status),
            self.ctx.label("risk_levels", case.risk_level).lower(),
            labels.day(case.opened_on), self.ctx.parish_name(case.parish), types))
        self.facts.setText(case.facts)
        self.persons.set_items(self.session.people.of([self.case_id]).get(self.case_id, ()))
        chosen = self.choice.currentData()
        self.views: list[ReferralView] = [v for v in ws.referrals.for_case(self.case_id)
                                          if v.referral.institution == JUNTA]
        self.choice.blockSignals(True)
        self.choice.clear()
        for view in self.views:
            self.choice.addItem(self.tr("{0} · {1} · {2}").format(
                labels.day(view.referral.created_at), labels.urgency(view.referral.urgency),
                labels.referral_status(view.status.status)), view.referral.id)
        index = self.choice.findData(chosen)
        self.choice.setCurrentIndex(index if index >= 0 else 0)
        self.choice.blockSignals(False)
        self.choice_label.setVisible(len(self.views) > 1)
        self.choice.setVisible(len(self.views) > 1)
        self._show_referral()

    def _show_referral(self) -> None:
        referral_id = self.choice.currentData()
        view = next((v for v in self.views if v.referral.id == referral_id), None)
        self.reason.setText(self.tr("Reason: {0} · urgency: {1}").format(
            view.referral.reason, labels.urgency(view.referral.urgency).lower())
            if view is not None else self.tr("No referral to the Junta."))
        history = self.session.ws.referrals.history(referral_id) if referral_id else []
        self.steps.set_items(history)
        self.step_table.resizeRowsToContents()
        self.form.set_referral(referral_id)
