"""The status bar: who is working, how many changes wait to be sent, and a slot for sync.

The sync issue plugs in through `SyncSlot` (`MainWindow.status.sync`, reachable from
`MainWindow.session_opened`): it calls `show_state(text, last_sync)` when its state
changes and `add_action(action)` once for "Sincronizar ahora"; it calls
`refresh_pending()` after a push, and `show_progress()`/`hide_progress()` around long work.
Nothing here knows how sync works.
"""

from collections.abc import Callable
from datetime import datetime

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStatusBar,
    QToolButton,
    QWidget,
)

from app.ui import labels


class SyncSlot(QWidget):
    """Holds the sync state label and its action button; empty until sync attaches."""

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state = QLabel(self.tr("Not synchronised yet"))
        self.state.setAccessibleName(self.tr("Synchronisation state"))
        self.button = QToolButton()
        self.button.hide()
        layout.addWidget(self.state)
        layout.addWidget(self.button)

    def show_state(self, text: str, last_sync: datetime | None = None) -> None:
        if last_sync is not None:
            text = self.tr("{0} · last sync {1} {2}").format(
                text, labels.day(last_sync), last_sync.strftime("%H:%M"))
        self.state.setText(text)

    def add_action(self, action: QAction) -> None:
        self.button.setDefaultAction(action)
        self.button.show()


class StatusBar(QStatusBar):
    def __init__(self, pending_count: Callable[[], int]) -> None:
        super().__init__()
        self.pending_count = pending_count
        self.user = QLabel()
        self.pending = QLabel()
        self.pending.setAccessibleName(self.tr("Changes waiting to be sent"))
        self.sync = SyncSlot()
        self.work = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.work.hide()
        self.progress.hide()
        self.addWidget(self.user)
        self.addWidget(self.work)
        self.addWidget(self.progress)
        self.addPermanentWidget(self.pending)
        self.addPermanentWidget(self.sync)

    def set_user(self, text: str) -> None:
        self.user.setText(text)

    def refresh_pending(self) -> None:
        count = self.pending_count()
        self.pending.setText(self.tr("Changes waiting to be sent: {0}").format(count))

    def show_progress(self, text: str, done: int = 0, total: int = 0) -> None:
        """Long work under way; total 0 shows a busy bar without a percentage."""
        self.work.setText(text)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.work.show()
        self.progress.show()

    def hide_progress(self) -> None:
        self.work.hide()
        self.progress.hide()
