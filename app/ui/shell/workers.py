"""Work off the UI thread: a QRunnable whose result comes back as a queued signal.

The runner is passed in by the composition root; signals belong to the task, never to the
application object.
"""

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class TaskSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class Cancelled(Exception):
    pass


class Task(QRunnable):
    """Runs `fn(report)`; `report(done, total)` emits progress and raises if cancelled."""

    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self.cancelled = False
        self.relay: QObject | None = None
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.cancelled = True

    def _report(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        # Results travel boxed in a tuple: PySide6 mishandles the reference count of a
        # bare None sent through a queued Signal(object), which can crash Python 3.11.
        try:
            result = self.fn(self._report)
        except Exception as exc:  # handed to the UI thread, which shows a message
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        # RuntimeError: the window went away while this ran; nobody waits for the answer.
        with contextlib.suppress(RuntimeError):
            signal.emit((value,))


class Relay(QObject):
    """Lives in the caller's thread, so the task's signals arrive there (queued)."""

    def __init__(self, on_done: Callable[[Any], None], on_failed: Callable[[Exception], None],
                 on_progress: Callable[[int, int], None] | None) -> None:
        super().__init__()
        self.on_done, self.on_failed, self.on_progress = on_done, on_failed, on_progress

    @Slot(object)
    def done(self, box: tuple[Any]) -> None:
        self.on_done(box[0])

    @Slot(object)
    def failed(self, box: tuple[Exception]) -> None:
        self.on_failed(box[0])

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        if self.on_progress is not None:
            self.on_progress(done, total)


class Runner:
    """Starts tasks on a thread pool and keeps each alive until its result is delivered."""

    def __init__(self, pool: QThreadPool) -> None:
        self.pool = pool
        self._live: set[Task] = set()

    def start(self, fn: Callable[..., Any], on_done: Callable[[Any], None],
              on_failed: Callable[[Exception], None],
              on_progress: Callable[[int, int], None] | None = None) -> Task:
        task = Task(fn)

        def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def deliver(value: Any) -> None:
                self._live.discard(task)
                # The page that asked may have closed meanwhile (user switched, locked
                # out): its widgets are gone and nobody waits for the answer.
                try:
                    callback(value)
                except RuntimeError as exc:
                    # "Internal C++ object already deleted", "Signal source has been
                    # deleted": the receiver is gone; anything else is a real error.
                    if "deleted" not in str(exc):
                        raise
            return deliver

        task.relay = Relay(finish(on_done), finish(on_failed), on_progress)
        task.signals.done.connect(task.relay.done)
        task.signals.failed.connect(task.relay.failed)
        task.signals.progress.connect(task.relay.progress)
        self._live.add(task)
        self.pool.start(task)
        return task

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
