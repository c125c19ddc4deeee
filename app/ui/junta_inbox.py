""""Bandeja de derivaciones": referrals addressed to the Junta, marked received and
answered with a measure; each step is a ReferralService status (a synced change).
Each referral names the children and adolescents its case affects, identified as on the
referral form: name, age and CONA category, sex, document and address."""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError
from app.core.services.affected import AffectedPerson
from app.core.services.referrals import ReferralService
from app.core.services.sync_desk import SyncDesk
from app.ui import labels
from app.ui.cases import table_view
from app.ui.context import UiContext
from app.ui.models.rows import RowsTableModel
from app.ui.widgets import ErrorLabel, buddy, column_widths, combo, heading

ANSWER_STEPS = ("answered", "in_attention", "rejected", "closed")
# Who works from the inbox: the Junta, and the Consejo's technicians who follow it.
INBOX_ROLES = ("junta", "tecnico")


class ReferralInboxPage(QWidget):
    changed = Signal()
    open_case = Signal(str)

    def __init__(self, ctx: UiContext, desk: SyncDesk, referrals: ReferralService,
                 institution: str = "junta") -> None:
        super().__init__()
        self.ctx, self.desk, self.referrals = ctx, desk, referrals
        self.core_tr = ctx.core_tr
        self.institution = institution
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Referral inbox")))
        self.count = QLabel()
        layout.addWidget(self.count)
        self.model = RowsTableModel([
            (self.tr("Case"), lambda r: r.case_code),
            (self.tr("Affected persons"), lambda r: "; ".join(
                f"{p.full_name} ({self.age_text(p)})" for p in r.affected)),
            (self.tr("Urgency"), lambda r: labels.urgency(r.urgency)),
            (self.tr("Reason"), lambda r: r.reason),
            (self.tr("Status"), lambda r: labels.referral_status(r.status)),
            (self.tr("Since"), lambda r: labels.day(r.since)),
            (self.tr("Measure or answer"), lambda r: r.answer),
        ], lambda r: r.referral_id)
        self.table = table_view(self.tr("Referral inbox"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        column_widths(self.table, {0: 16})
        self.table.activated.connect(lambda index: self.open_case.emit(
            self.model.item_at(index.row()).case_id))
        layout.addWidget(self.table, 3)
        self.persons = RowsTableModel([
            (self.tr("Names and surnames"), lambda p: p.full_name),
            (self.tr("Age"), self.age_text),
            (self.tr("Category"), lambda p: labels.age_category(p.category)),
            (self.tr("Sex"), lambda p: ctx.label("sexes", p.sex)),
            (self.tr("Identity document"), self.document_text),
            (self.tr("Address"), self.address_text),
        ], lambda p: p.person_id)
        self.person_table = table_view(self.tr("Affected persons of the referral"))
        self.person_table.setModel(self.persons)
        self.person_table.horizontalHeader().setSectionResizeMode(
            5, QHeaderView.ResizeMode.Stretch)
        column_widths(self.person_table, {0: 30, 1: 10, 2: 30, 3: 10, 4: 26})
        title = buddy(self.tr("Affected &persons of the referral"), self.person_table)
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        layout.addWidget(title)
        layout.addWidget(self.person_table, 1)
        self.received = QPushButton(self.tr("Mark as &received"))
        self.received.clicked.connect(self.mark_received)
        form = QFormLayout()
        self.step = combo([(c, labels.referral_status(c)) for c in ANSWER_STEPS],
                          name=self.tr("New status"))
        self.answer = QLineEdit()
        self.answer.setAccessibleName(self.tr("Measure or answer"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("New &status"), self.step)
        form.addRow(self.tr("&Measure or answer"), self.answer)
        form.addRow(self.tr("&Note"), self.note)
        for field in (self.step, self.answer, self.note):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.received)
        buttons.addStretch()
        self.save = QPushButton(self.tr("Save &answer"))
        self.save.clicked.connect(self.record_answer)
        layout.addLayout(form)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh()

    # How an affected person is shown: as on the referral form (reports.people).
    def age_text(self, person: AffectedPerson) -> str:
        if person.age is None:
            return self.tr("Age not recorded")
        if person.estimated:
            return self.tr("about {0} years").format(person.age)
        return self.tr("{0} years").format(person.age)

    def document_text(self, person: AffectedPerson) -> str:
        kind = self.ctx.label("document_types", person.doc_type)
        return f"{kind} {person.doc_number}".strip()

    def address_text(self, person: AffectedPerson) -> str:
        parts = [self.ctx.parish_name(person.parish) if person.parish else "",
                 person.community, person.address_reference]
        return ", ".join(p for p in parts if p)

    def refresh(self) -> None:
        chosen = self.current()
        rows = self.desk.referral_inbox(self.institution)
        self.model.set_items(rows)
        waiting = sum(1 for r in rows if r.status == "sent")
        self.count.setText(self.tr("Referrals: {0} · not yet received: {1}").format(
            len(rows), waiting))
        ids = [r.referral_id for r in rows]
        if rows:
            keep = chosen.referral_id if chosen is not None else ""
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._enable()

    def current(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        chosen = self.current()
        self.persons.set_items(chosen.affected if chosen is not None else ())
        self.received.setEnabled(chosen is not None and chosen.status in ("sent", "drafted"))
        self.save.setEnabled(chosen is not None)

    def mark_received(self) -> None:
        self._add("received")

    def record_answer(self) -> None:
        if not self.answer.text().strip() and self.step.currentData() == "answered":
            self.error.show_message(self.tr("Type the measure or the answer."))
            return
        self._add(self.step.currentData(), self.note.text().strip(),
                  self.answer.text().strip())

    def _add(self, status: str, note: str = "", answer: str = "") -> None:
        chosen = self.current()
        if chosen is None:
            return
        try:
            self.referrals.add_status(chosen.referral_id, status, note=note, answer=answer)
        except UserError as exc:
            self.error.show_message(exc.render(self.core_tr))
            return
        self.error.show_message("")
        self.answer.clear()
        self.note.clear()
        self.refresh()
        self.changed.emit()
