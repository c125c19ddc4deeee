"""The daily automatic backup, run in a worker while the app is open.

Built once by the composition root. At unlock, at lock (idle or by hand) and every hour
it asks the session's `BackupService` whether a backup is due; if so, it runs one in a
worker and says how it went in the status bar, quietly: a missing folder (the USB stick
is not plugged in) is a passing message, never a dialog, and is tried again later.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.errors import UserError
from app.ui.shell.context import UiContext

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.session import Session

HOURLY_MS = 3_600_000
MESSAGE_MS = 15_000


class AutoBackup(QObject):
    finished = Signal(str)  # the status text shown: for tests and the log

    def __init__(self, ctx: UiContext, window: "MainWindow", every_ms: int = HOURLY_MS
                 ) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.session: Session | None = None
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.check)
        window.session_opened.connect(self.attach)
        window.session_closed.connect(self.detach)
        window.unlocked.connect(self.check)
        window.locked.connect(self.check)

    def attach(self, session: "Session") -> None:
        self.session = session
        self.timer.start()
        if session.desk.backups.restored_unenrolled():
            # A restored copy is a new device (app.core.sync.fork): it syncs once enrolled.
            self._say(self.tr("This data was restored from a backup: enroll this laptop "
                              "with the server again before synchronising."), 0)

    def detach(self) -> None:
        self.session = None
        self.timer.stop()

    def check(self) -> None:
        session = self.session
        if session is None or self.running:
            return
        service = session.desk.backups
        try:
            due = service.due()
        except Exception:  # a store being closed: try at the next occasion
            return
        if not due:
            return
        self.running = True
        self.ctx.runner.start(lambda report: service.run(), self._done, self._failed)

    def _done(self, done: Any) -> None:
        self.running = False
        self._say(self.tr("Backup saved: {0}").format(done.path.name))

    def _failed(self, exc: Exception) -> None:
        self.running = False
        if isinstance(exc, UserError):
            self._say(exc.render(self.ctx.core_tr))
        else:
            self._say(self.tr("The automatic backup failed; it will be tried again later."))

    def _say(self, text: str, timeout_ms: int = MESSAGE_MS) -> None:
        if self.session is not None:
            self.window.status.showMessage(text, timeout_ms)
        self.finished.emit(text)
