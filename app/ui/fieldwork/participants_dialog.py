"""The attendance list of an activity already recorded (the list is often typed after the
training, from the sheet people signed): each participant added or removed is written at
once, and the activity's counts follow the list."""

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.core.records import Attendee, CommunityActivity
from app.ui import labels
from app.ui.fieldwork.attendance_list import AttendanceList
from app.ui.models.attendees import Entry
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import heading, wrapped

ENTRY_FIELDS = ("given_names", "surnames", "sex", "age_group", "name_consent", "consent_on",
                "age")


def entry_of(attendee: Attendee) -> Entry:
    return {"id": attendee.id, **{k: getattr(attendee, k) for k in ENTRY_FIELDS}}


class ParticipantsDialog(QDialog):
    def __init__(self, ctx: UiContext, session: Session, activity: CommunityActivity,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.session, self.activity = ctx, session, activity
        self.changed = False  # the activities page refreshes its counts on close
        self.setWindowTitle(self.tr("Participants"))
        service = session.ws.activities
        self.list = AttendanceList(ctx, ctx.today(), keep=self._keep, forget=self._forget)
        self.list.empty_text = self.tr(
            "No list yet: the activity keeps the counts typed for it.")
        self.list.set_entries([entry_of(a) for a in service.attendees(activity.id)])
        self.list.changed.connect(lambda: setattr(self, "changed", True))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(activity.topic, 1.15))
        layout.addWidget(wrapped(self.tr("{0} · {1} · {2}").format(
            labels.day(activity.held_on),
            ctx.label("activity_types", activity.activity_type),
            ctx.parish_name(activity.parish))))
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 480)

    def _keep(self, entry: Entry) -> Entry:
        data: dict[str, Any] = AttendanceList.record_data(entry)
        [kept] = self.session.ws.activities.add_attendees(self.activity.id, [data])
        return entry_of(kept)

    def _forget(self, entry: Entry) -> None:
        self.session.ws.activities.remove_attendee(entry["id"])
