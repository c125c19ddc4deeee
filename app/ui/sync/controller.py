"""Drives the Qt-free sync engine from the desktop: a worker, the status bar, a timer.

"Sincronizar ahora" (menu and status bar) runs `SyncClient.sync` on the runner with its
progress (records sent and received) and a cancel action; while the server answers, a
timer syncs again every few minutes, and while it does not, it retries sooner, so a sync
happens soon after the server becomes reachable again. Failures are shown in the user's
language (the core translator renders the engine's messages).
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from app.core.errors import UserError
from app.core.i18n import Translate
from app.core.sync.syncstatus import Store, SyncStatus, sync_status
from app.ui import labels
from app.ui.shell.status_bar import StatusBar
from app.ui.shell.workers import Runner, Task
from app.ui.sync.policy import AUTH_CODES, DEFAULT_INTERVAL_MS, DEFAULT_RETRY_MS


class Engine(Protocol):
    """What the controller needs of `sync.client.SyncClient`."""

    def sync(self, progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> Any: ...


class UpdateCheck(Protocol):
    """What the controller needs of `sync.updates.Updater`."""

    def check(self) -> Any: ...


@dataclass(frozen=True)
class SyncOutcome:
    report: Any  # sync.client.SyncReport
    status: SyncStatus
    cancelled: bool
    update: Any = None  # (release id, SignedManifest) when a newer version exists


class SyncController(QObject):
    finished = Signal(object)  # SyncOutcome
    failed = Signal(str, str)  # error code, message in the user's language
    update_found = Signal(object)  # (release id, SignedManifest)

    def __init__(self, db: Store, engine: Engine, status: StatusBar, runner: Runner,
                 core_tr: Translate, updater: UpdateCheck | None = None,
                 interval_ms: int = DEFAULT_INTERVAL_MS, retry_ms: int = DEFAULT_RETRY_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.engine, self.status, self.runner = db, engine, status, runner
        self.core_tr, self.updater = core_tr, updater
        self.interval_ms, self.retry_ms = interval_ms, retry_ms
        self.task: Task | None = None
        self.stop_requested = threading.Event()
        self.closed = False
        self.last_error = ""
        self.action = QAction(self.tr("Synchronise &now"), self)
        self.action.setShortcut(QKeySequence("F9"))
        self.action.setToolTip(self.tr("Send pending changes and receive new records (F9)"))
        self.action.triggered.connect(lambda _=False: self.sync_now())
        self.cancel_action = QAction(self.tr("&Cancel synchronisation"), self)
        self.cancel_action.setEnabled(False)
        self.cancel_action.triggered.connect(lambda _=False: self.cancel())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        status.sync.add_action(self.action)

    # Life cycle ----------------------------------------------------------------
    def start(self) -> None:
        """Show the current state; when enrolled, sync soon and then every few minutes."""
        current = sync_status(self.db)
        self.show(current)
        if current.enrolled:
            self.timer.start(self.retry_ms)

    def stop(self) -> None:
        """The session is closing: no more syncs, and a running one stops between batches."""
        self.closed = True
        self.timer.stop()
        self.stop_requested.set()
        self.status.hide_progress()

    @property
    def running(self) -> bool:
        return self.task is not None

    # Sync ----------------------------------------------------------------------
    def sync_now(self) -> None:
        if self.running or self.closed:
            return
        self.timer.stop()
        self.stop_requested.clear()
        self.action.setEnabled(False)
        self.cancel_action.setEnabled(True)
        self.status.sync.add_action(self.cancel_action)  # the status bar button cancels
        self.say(self.tr("Synchronising…"))
        self._progress(0, 0)
        engine, updater, stop = self.engine, self.updater, self.stop_requested

        def work(report: Callable[[int, int], None]) -> SyncOutcome:
            result = engine.sync(progress=report, cancelled=stop.is_set)
            found = None
            if updater is not None and not stop.is_set():
                try:
                    found = updater.check()
                except UserError:
                    found = None  # an update check never fails a sync
            return SyncOutcome(result, sync_status(self.db), stop.is_set(), found)

        self.task = self.runner.start(work, self._done, self._failed, self._progress)

    def cancel(self) -> None:
        if self.running:
            self.stop_requested.set()
            self.cancel_action.setEnabled(False)
            self.say(self.tr("Cancelling…"))

    def _progress(self, sent: int, received: int) -> None:
        if not self.closed:
            self.status.show_progress(self.tr("Synchronising: {0} sent, {1} received")
                                      .format(sent, received))

    def _finish(self) -> bool:
        self.task = None
        if self.closed:
            return False
        self.status.hide_progress()
        self.action.setEnabled(True)
        self.cancel_action.setEnabled(False)
        self.status.sync.add_action(self.action)
        return True

    def _done(self, outcome: SyncOutcome) -> None:
        if not self._finish():
            return
        self.last_error = ""
        self.status.refresh_pending()
        if outcome.cancelled:
            self.show(outcome.status, self.tr("Synchronisation cancelled"))
        elif getattr(outcome.report, "server_behind", False):
            # Restored from an older backup: this laptop holds the only copy of what came
            # after, so nothing was repaired; the Consejo must know.
            self.show(outcome.status, self.tr("Server has older data than this laptop: "
                                              "tell the Consejo"))
            self.status.sync.state.setToolTip(self.tr(
                "The server has older data than this laptop: nothing was repaired; tell "
                "the Consejo."))
        else:
            self.show(outcome.status)
        self.timer.start(self.interval_ms)
        self.finished.emit(outcome)
        if outcome.update is not None:
            self.update_found.emit(outcome.update)

    def _failed(self, exc: Exception) -> None:
        if not self._finish():
            return
        code = getattr(exc, "code", "")
        if isinstance(exc, UserError):
            message = exc.render(self.core_tr)
        else:
            message = self.tr("Synchronisation failed: {0}. Try again later; if it happens "
                              "again, tell the Consejo's technician.").format(exc)
        self.last_error = message
        if code == "wiped":
            # The server revoked this device: its store is gone (its unsent work saved
            # for the Consejo), nothing is left to read or to sync.
            self.stop()
            self.say(self.tr("Device revoked: its data was erased"))
            self.failed.emit(code, message)
            return
        self.status.refresh_pending()
        self.say(self.short_failure(code), self._last_success())
        self.status.sync.state.setToolTip(message)
        if code == "unreachable":
            self.timer.start(self.retry_ms)
        elif code not in AUTH_CODES and code != "not_enrolled":
            self.timer.start(self.interval_ms)
        self.failed.emit(code, message)

    def refresh_state(self) -> None:
        """The outbox changed outside a sync (a refused change resent or dismissed): show
        the counts again, unless a sync or its failure is what the status bar says."""
        if not (self.running or self.closed or self.last_error):
            self.show(sync_status(self.db))

    # What the status bar says ---------------------------------------------------
    def short_failure(self, code: str) -> str:
        if code == "unreachable":
            return self.tr("Server not reachable")
        if code == "revoked":
            return self.tr("Device no longer authorised")
        if code == "disabled":
            return self.tr("User disabled on the server")
        if code in AUTH_CODES:
            return self.tr("Not authorised by the server")
        if code == "not_enrolled":
            return self.tr("Not enrolled with a server")
        if code == "update_required":
            return self.tr("Update the app to synchronise")
        return self.tr("Synchronisation failed")

    def show(self, current: SyncStatus, text: str = "") -> None:
        if not current.enrolled:
            self.say(self.tr("Not enrolled with a server"))
            self.status.sync.state.setToolTip(self.tr("Use Synchronisation › Enroll with "
                                                      "the server…"))
            return
        if not text:
            text = self.tr("Not everything was sent") if current.pending \
                else self.tr("Synchronised")
        problems = []
        if current.needs_attention:
            problems.append(self.tr("{0} need attention").format(current.needs_attention))
        if current.open_conflicts:
            problems.append(self.tr("{0} in conflict").format(current.open_conflicts))
        if problems:
            text = f"{text} ({', '.join(problems)})"
        last, verified = _local(current.last_success), _local(current.verified_at)
        if verified is not None and last is not None and verified >= last:
            text = self.tr("{0}, verified").format(text)  # at the last sync's time
        elif verified is not None:
            text = self.tr("{0} · verified {1}").format(text, labels.moment(verified))
        self.say(text, last)
        self.status.sync.state.setToolTip(current.server_url)

    def say(self, text: str, last_sync: datetime | None = None) -> None:
        """The state in the status bar, never squeezed into a cut-off word."""
        state = self.status.sync.state
        self.status.sync.show_state(text, last_sync)
        state.setMinimumWidth(state.sizeHint().width())

    def _last_success(self) -> datetime | None:
        return _local(sync_status(self.db).last_success)


def _local(iso: str) -> datetime | None:
    return datetime.fromisoformat(iso).astimezone() if iso else None
