"""A case: whom it affects, what happened, its timeline of everything, its referrals
with the institutions' answers, and the actions."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.permissions import sees_access_log
from app.core.services.cases import TimelineEntry
from app.reports import api
from app.ui import labels
from app.ui.cases.follow_up_dialog import FollowUpDialog
from app.ui.cases.legal_notice import ReferralDue
from app.ui.cases.note_dialog import NoteDialog
from app.ui.cases.status_dialog import StatusDialog
from app.ui.fieldwork.mediation_dialog import MediationBlocked, MediationDialog
from app.ui.fieldwork.visit_dialog import VisitDialog
from app.ui.fieldwork.visit_view import VisitView, open_visit
from app.ui.forms import FormDialog
from app.ui.models.rows import RowsTableModel
from app.ui.referrals.referral_dialog import ReferralDialog
from app.ui.referrals.referral_step_dialog import ReferralStepDialog
from app.ui.referrals.referral_steps import ReferralSteps
from app.ui.reports.documents import Documents
from app.ui.shell.context import UiContext
from app.ui.shell.offers import offered, tag, tag_all
from app.ui.shell.session import Session
from app.ui.widgets import buddy, button_row, heading

OpenForm = Callable[[type[FormDialog], dict[str, Any]], FormDialog]
EXCERPT = 160  # characters of a visit's observations or a reason shown in the timeline


def excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[:EXCERPT - 1].rstrip() + "…"
# What each button writes (app.core.permissions): a role is offered only what it may do.
CASE_ACTIONS = {"note": "case.note", "status": "case.status", "plan": "visit.plan",
                "visit": "visit.record", "mediation": "mediation.record",
                "referral": "referral.create", "step": "referral.step",
                "follow_up": "follow_up.schedule"}


class CasePage(QWidget):
    # Who opened, printed or exported this case (técnico, admin): record id, title.
    access_log_requested = Signal(str, str)

    def __init__(self, ctx: UiContext, session: Session, case_id: str,
                 open_form: OpenForm, documents: Documents | None = None,
                 referral_id: str = "") -> None:
        super().__init__()
        self.ctx, self.session, self.case_id, self.open_form = ctx, session, case_id, open_form
        self.documents = documents or Documents(ctx, session)
        self.blocked: MediationBlocked | None = None
        self.wanted_referral = referral_id  # opened from an answer: show that referral
        self.unread: set[str] = set()
        self.filling = False
        layout = QVBoxLayout(self)
        self.title = heading("")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.facts)
        # The law, said until it is done: the referrals it requires, not yet sent.
        self.due = ReferralDue(ctx, action=session.may("referral.create"))
        self.due.refer_requested.connect(self.refer)
        layout.addWidget(self.due)
        actions, self.buttons = button_row(offered(session.may, (
            ("note", self.tr("Add &note"), self._note),
            ("status", self.tr("Change s&tatus"), self._status),
            ("plan", self.tr("Plan &visit"), lambda: self._visit("plan")),
            ("visit", self.tr("Record vi&sit"), lambda: self._visit("record")),
            ("mediation", self.tr("&Mediation"), self.attempt_mediation),
            ("referral", self.tr("&Refer"), lambda: self.refer()),
            ("step", self.tr("Referral ste&p"), self._step),
            ("follow_up", self.tr("Follo&w-up"), self._follow_up)), CASE_ACTIONS))
        if sees_access_log(session.ws.user.role):
            access = QPushButton(self.tr("Who opened it…"))
            access.clicked.connect(lambda: self.access_log_requested.emit(
                self.case_id, self.case.code))
            self.buttons["access"] = access
            actions.insertWidget(actions.count() - 1, access)
        tag_all(self.buttons, CASE_ACTIONS)
        layout.addLayout(actions)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(QLabel(self.tr("<b>Timeline</b>")))
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)  # where one entry ends
        left_box.addWidget(self.timeline)
        self.acta_buttons = QHBoxLayout()
        self.visit_record = QPushButton(self.tr("Visit r&ecord (PDF)"))
        self.visit_record.setToolTip(self.tr("Select a visit in the timeline"))
        self.visit_record.clicked.connect(lambda: self.print_entry("visit"))
        self.mediation_record = QPushButton(self.tr("Mediation rec&ord (PDF)"))
        self.mediation_record.setToolTip(self.tr("Select a mediation in the timeline"))
        self.mediation_record.clicked.connect(lambda: self.print_entry("mediation"))
        self.acta_buttons.addWidget(self.visit_record)
        self.acta_buttons.addWidget(self.mediation_record)
        self.acta_buttons.addStretch()
        left_box.addLayout(self.acta_buttons)
        self.timeline.currentRowChanged.connect(lambda _: self._enable_documents())
        self.timeline.itemActivated.connect(lambda _: self.view_entry())
        self.visit_view: VisitView | None = None
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(QLabel(self.tr("<b>Referrals</b>")))
        self.referrals = RowsTableModel([
            (self.tr("Institution"), lambda v: ctx.short_label("institutions",
                                                               v.referral.institution)),
            (self.tr("Urgency"), lambda v: labels.urgency(v.referral.urgency)),
            (self.tr("Status"), lambda v: labels.referral_status(v.status.status)),
            (self.tr("Since"), lambda v: labels.day(v.status.moment.astimezone())),
        ], lambda v: v.referral.id)
        self.referral_table = QTableView()
        self.referral_table.setAccessibleName(self.tr("Referrals"))
        self.referral_table.setModel(self.referrals)
        self.referral_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referral_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.referral_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.referral_table.verticalHeader().hide()
        self.referral_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        right_box.addWidget(self.referral_table, 1)
        self.steps = ReferralSteps(session, self.tr("Steps of the referral"))
        right_box.addWidget(buddy(self.tr("<b>Steps of the selected referral</b>"),
                                  self.steps))
        right_box.addWidget(self.steps, 2)
        form_row = QHBoxLayout()
        self.referral_form = QPushButton(self.tr("Referra&l form (PDF)"))
        self.referral_form.setToolTip(self.tr("Select a referral in the table"))
        self.referral_form.clicked.connect(self.print_referral)
        form_row.addWidget(self.referral_form)
        form_row.addStretch()
        right_box.addLayout(form_row)
        self.referral_table.selectionModel().selectionChanged.connect(
            lambda *_: self._referral_chosen())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("<b>Follow-ups</b>")))
        row.addStretch()
        self.done_button = tag(QPushButton(self.tr("Mark as &done")), "follow_up.done")
        self.done_button.clicked.connect(self._mark_done)
        self.done_button.setVisible(session.may("follow_up.done"))
        row.addWidget(self.done_button)
        right_box.addLayout(row)
        self.follow_ups = QListWidget()
        self.follow_ups.setAccessibleName(self.tr("Follow-ups"))
        right_box.addWidget(self.follow_ups, 1)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 520])
        layout.addWidget(split, 1)
        session.ws.cases.open(case_id)  # audited: who viewed this case
        self.refresh()

    def refresh(self) -> None:
        case = self.session.ws.cases.get(self.case_id)
        self.case = case
        affected = self.session.lists.affected(self.case_id)
        self.title.setText(self.tr("Case {0}").format(labels.case_title(case.code, affected)))
        types = ", ".join(self.ctx.label("violation_types", t) for t in case.violation_types)
        self.summary.setText(self.tr("{0} · risk {1} · opened {2} · {3} · {4}").format(
            labels.case_status(case.status),
            self.ctx.label("risk_levels", case.risk_level).lower(),
            labels.day(case.opened_on), self.ctx.parish_name(case.parish), types))
        self.facts.setText(case.facts)
        self.due.show_missing(self.session.ws.cases.missing_referrals(self.case_id))
        self.timeline.clear()
        for entry in reversed(self.session.ws.cases.timeline(self.case_id)):
            item = QListWidgetItem(self.entry_text(entry))
            item.setData(Qt.ItemDataRole.UserRole, (entry.kind, entry.record_id))
            self.timeline.addItem(item)
        self._show_referrals()
        self.follow_ups.clear()
        for follow_up in self.session.followups.for_case(self.case_id):
            done = self.tr(" — done") if follow_up.done else ""
            row = QListWidgetItem(f"{labels.day(follow_up.due_on)} · {follow_up.description}"
                                  f"{done}")
            row.setData(Qt.ItemDataRole.UserRole, None if follow_up.done else follow_up.id)
            self.follow_ups.addItem(row)
        self._enable_documents()

    def entry_text(self, entry: TimelineEntry) -> str:
        """Its own date (and time, for what was written at a moment), what, who; then
        what it says."""
        when = labels.moment(entry.at) if entry.at is not None else labels.day(entry.on)
        what = labels.timeline_kind(entry.kind)
        lines: list[str] = []
        if entry.kind == "case_note" and entry.code:
            status = self.tr("Status: {0}").format(labels.case_status(entry.code))
            lines.append(f"{status} — {entry.text}" if entry.text else status)
        elif entry.kind == "case_note":
            lines.append(entry.text)
        elif entry.kind == "visit":
            what = labels.visit_state(entry.code)
            lines.append(excerpt(entry.text))
        elif entry.kind == "mediation":
            lines.append(f"{labels.outcome(entry.code)}: {excerpt(entry.text)}")
        else:  # a referral (its sending) or a later step of it
            institution = self.ctx.label("institutions", entry.institution)
            lines.append(f"{institution}: {labels.referral_status(entry.code)}")
            if entry.answer:
                lines.append(self.tr("Measure or answer: {0}").format(entry.answer))
            if entry.kind == "referral_status" and entry.text:
                lines.append(self.tr("Note: {0}").format(entry.text))
        head = " · ".join((when, what, self.session.author(entry.author)))
        return "\n".join([head, *(line for line in lines if line)])

    # Referrals and their answers ----------------------------------------------------
    def _show_referrals(self) -> None:
        chosen = self._selected_referral() or self.wanted_referral
        views = self.session.ws.referrals.for_case(self.case_id)
        self.unread = {a.referral_id for a in self.session.answers.unread()}
        self.referrals.set_items(views)
        ids = [v.referral.id for v in views]
        if not ids:
            self.steps.clear_referral()
            return
        if chosen not in ids:  # an unread answer first, else the newest referral
            chosen = next((i for i in ids if i in self.unread), ids[-1])
        self.wanted_referral = ""
        self.filling = True  # shown once, below
        self.referral_table.selectRow(ids.index(chosen))
        self.filling = False
        self._referral_chosen()

    def _referral_chosen(self) -> None:
        if self.filling:
            return
        rows = self.referral_table.selectionModel().selectedRows()
        if rows:
            view = self.referrals.item_at(rows[0].row())
            self.steps.show_referral(view.referral.id, view.steps,
                                     view.referral.id in self.unread)
        self._enable_documents()

    def _open(self, form: type[FormDialog], context: dict[str, Any]) -> FormDialog:
        dialog = self.open_form(form, context)
        dialog.saved.connect(lambda _: self.refresh())
        return dialog

    def view_entry(self) -> None:
        """The timeline entry under the cursor, read-only (a visit: its participants,
        observations and agreements)."""
        entry = self._timeline_entry()
        if entry is not None and entry[0] == "visit":
            self.visit_view = open_visit(self, self.session, entry[1], self._open)

    def _note(self) -> None:
        self._open(NoteDialog, {"case_id": self.case_id})

    def _status(self) -> None:
        self._open(StatusDialog, {"case_id": self.case_id})

    def _visit(self, mode: str) -> None:
        if self.case.household_id:
            self._open(VisitDialog, {"household_id": self.case.household_id,
                                     "case_id": self.case_id, "mode": mode})

    def attempt_mediation(self) -> None:
        """Mediation is checked against the law before the form opens."""
        problems = self.session.ws.mediations.check_allowed(self.case_id)
        if not problems:
            self._open(MediationDialog, {"case_id": self.case_id})
            return
        text = " ".join(p.render(self.ctx.core_tr) for p in problems)
        self.blocked = MediationBlocked(text, self)
        self.blocked.refer.connect(self.refer)
        self.blocked.open()

    def refer(self, institution: str = "") -> ReferralDialog:
        return self._open(ReferralDialog, {"case_id": self.case_id,
                                           "institution": institution})  # type: ignore[return-value]

    def _follow_up(self) -> None:
        self._open(FollowUpDialog, {"case_id": self.case_id})

    def _mark_done(self) -> None:
        item = self.follow_ups.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.session.followups.mark_done(item.data(Qt.ItemDataRole.UserRole))
            self.refresh()

    def _selected_referral(self) -> str | None:
        rows = self.referral_table.selectionModel().selectedRows()
        if not rows and self.referrals.rowCount() == 1:
            row = 0
        elif rows:
            row = rows[0].row()
        else:
            return None
        return self.referrals.item_at(row).referral.id

    def _step(self) -> None:
        referral_id = self._selected_referral()
        if referral_id is not None:
            self._open(ReferralStepDialog, {"referral_id": referral_id})

    # Documents ----------------------------------------------------------------
    def _timeline_entry(self) -> tuple[str, str] | None:
        item = self.timeline.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _enable_documents(self) -> None:
        entry = self._timeline_entry()
        kind = entry[0] if entry else ""
        self.visit_record.setEnabled(kind == "visit")
        self.mediation_record.setEnabled(kind == "mediation")
        self.referral_form.setEnabled(self._selected_referral() is not None)

    def print_referral(self) -> bool:
        referral_id = self._selected_referral()
        if referral_id is None:
            return False
        return self.documents.generate(
            self, self.tr("Referral form"), self.documents.propose("referral", self.case.code),
            self.tr("PDF documents (*.pdf)"),
            lambda rc, out, progress, cancelled: api.referral_form(
                rc, referral_id, out, progress=progress, cancelled=cancelled))

    def print_entry(self, kind: str) -> bool:
        """The acta of the visit or mediation selected in the timeline."""
        entry = self._timeline_entry()
        if entry is None or entry[0] != kind:
            return False
        record_id = entry[1]
        write = api.visit_record if kind == "visit" else api.mediation_record
        title = self.tr("Visit record") if kind == "visit" else self.tr("Mediation record")
        return self.documents.generate(
            self, title, self.documents.propose(kind, self.case.code),
            self.tr("PDF documents (*.pdf)"),
            lambda rc, out, progress, cancelled: write(rc, record_id, out, progress=progress,
                                                       cancelled=cancelled))
