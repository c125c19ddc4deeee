"""A referral's steps as the promoter reads them: when, who, the status, the measure or
answer and the note — the institution's answer where the promoter works (case page and
*Mis derivaciones*). Showing a referral's steps is opening it: its answers count as read
once the list is on screen (a page refreshed behind another one reads nothing)."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from app.core.records import ReferralStatus
from app.ui import labels
from app.ui.shell.session import Session


class ReferralSteps(QListWidget):
    def __init__(self, session: Session, name: str) -> None:
        super().__init__()
        self.session = session
        self.referral_id = ""
        self.unread = ""  # the referral shown, while its new answers wait to be seen
        self.setAccessibleName(name)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)

    def show_referral(self, referral_id: str, steps: Sequence[ReferralStatus],
                      unread: bool = False) -> None:
        """Newest step first; with `unread`, the steps others recorded since the user
        last opened it are in bold, and from now on count as read."""
        self.clear()
        self.referral_id = referral_id
        me = self.session.ws.user.username
        seen = self.session.answers.read_steps(referral_id) if unread else None
        for step in reversed(steps):
            item = QListWidgetItem(self.step_text(step))
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            if seen is not None and step.id not in seen and step.created_by != me:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.addItem(item)
        self.unread = referral_id if unread else ""
        self._seen()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._seen()

    def _seen(self) -> None:
        if self.unread and self.isVisible():
            self.session.answers.mark_read([self.unread])
            self.unread = ""

    def clear_referral(self) -> None:
        self.clear()
        self.referral_id = self.unread = ""

    def step_text(self, step: ReferralStatus) -> str:
        lines = [" · ".join((labels.moment(step.moment), labels.referral_status(step.status),
                             self.session.author(step.created_by)))]
        if step.answer:
            lines.append(self.tr("Measure or answer: {0}").format(step.answer))
        if step.note:
            lines.append(self.tr("Note: {0}").format(step.note))
        return "\n".join(lines)
