"""Community activities (trainings, fairs, workshops) with attendance by sex and age."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.records import CommunityActivity
from app.core.records.community import ATTENDANCE_KEYS
from app.reports import api
from app.ui import labels
from app.ui.cases.cases_page import table_view
from app.ui.fieldwork.activity_dialog import AGE_RANGES, GROUPS, ActivityDialog
from app.ui.fieldwork.participants_dialog import ParticipantsDialog
from app.ui.forms import FormDialog, OpenForm
from app.ui.models.rows import RowsTableModel
from app.ui.reports.documents import Documents
from app.ui.shell.context import UiContext
from app.ui.shell.offers import tag
from app.ui.shell.session import Session
from app.ui.widgets import (
    column_widths,
    heading,
)


class ActivitiesPage(QWidget):
    def __init__(self, ctx: UiContext, session: Session, open_form: OpenForm,
                 documents: Documents | None = None) -> None:
        super().__init__()
        self.ctx, self.session, self.open_form = ctx, session, open_form
        self.documents = documents or Documents(ctx, session)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Community activities")))
        top.addStretch()
        if session.may("activity.record"):
            new = tag(QPushButton(self.tr("&New activity")), "activity.record")
            new.clicked.connect(self.new_activity)
            top.addWidget(new)
        self.participants: QPushButton | None = None
        if session.may("activity.record"):
            self.participants = tag(QPushButton(self.tr("Participant &list…")),
                                    "activity.record")
            self.participants.clicked.connect(lambda: self.open_participants())
            top.addWidget(self.participants)
        self.certificates = QPushButton(self.tr("Certificates of &participation…"))
        self.certificates.setToolTip(self.tr(
            "One page for each participant of the selected training who consented to "
            "their name on it."))
        self.certificates.clicked.connect(self.print_certificates)
        top.addWidget(self.certificates)
        layout.addLayout(top)
        total = self.tr("Total")
        self.model = RowsTableModel([
            (self.tr("Date"), lambda a: labels.day(a.held_on), lambda a: a.held_on),
            (self.tr("Type"), lambda a: ctx.label("activity_types", a.activity_type)),
            (self.tr("Topic"), lambda a: a.topic),
            (self.tr("Parish"), lambda a: ctx.parish_name(a.parish)),
            # Attendance by age: the ranges head the columns (the groups' names are their
            # tips), so that the topic and parish keep room with larger text.
            *[(AGE_RANGES[g], self._group_count(g)) for g in GROUPS],
            (total, lambda a: str(a.total_attendance)),
        ], lambda a: a.id)
        self.model.header_tips = {4 + i: labels.attendance_group(g)
                                  for i, g in enumerate(GROUPS)}
        self.table = table_view(self.tr("Community activities"))
        self.table.setModel(self.model)
        for column in (2, 3):  # topic and parish share the room the counts leave
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch)
        column_widths(self.table, {0: 13, 1: 17, 4: 5, 5: 5, 6: 5, 7: 5, 8: 5})
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.table.activated.connect(lambda _: self.open_participants())
        self.model.modelReset.connect(self._enable)
        self._enable()

    @staticmethod
    def _group_count(group: str) -> Callable[[CommunityActivity], str]:
        keys = [k for k in ATTENDANCE_KEYS if k.startswith(group + "_")]
        return lambda a: str(sum(a.attendance.get(k, 0) for k in keys))

    def _selected(self) -> CommunityActivity | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        activity = self._selected()
        selected = activity is not None
        # Certificates are for trainings only: a meeting's participants took no course.
        self.certificates.setEnabled(activity is not None and self.session.ws.activities
                                     .is_training(activity.activity_type,
                                                  activity.plan_action_id))
        if self.participants is not None:
            self.participants.setEnabled(selected)

    def open_participants(self, activity_id: str | None = None) -> ParticipantsDialog | None:
        """The list of the selected activity (or the one given), written as it is typed."""
        if activity_id is None:
            selected = self._selected()
            activity_id = selected.id if selected else None
        if activity_id is None or self.participants is None:
            return None
        dialog = ParticipantsDialog(self.ctx, self.session,
                                    self.session.ws.activities.get(activity_id), self)
        dialog.finished.connect(lambda _: self.refresh() if dialog.changed else None)
        dialog.open()
        return dialog

    def print_certificates(self) -> bool:
        """The selected activity's certificates, for its participants named with consent
        (the document says so when there are none)."""
        activity = self._selected()
        if activity is None:
            return False
        activity_id = activity.id
        return self.documents.generate(
            self, self.tr("Certificates of participation"),
            self.documents.propose("certificates", activity.held_on.isoformat()),
            self.tr("PDF documents (*.pdf)"),
            lambda rc, out, progress, cancelled: api.certificates(
                rc, activity_id, out, progress=progress, cancelled=cancelled))

    def refresh(self) -> None:
        self.model.set_items(self.session.lists.activities())

    def new_activity(self) -> FormDialog:
        dialog = self.open_form(ActivityDialog, {})
        dialog.saved.connect(lambda _: self.refresh())
        return dialog
