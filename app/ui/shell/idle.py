"""Auto-lock: no keyboard or mouse input for a while emits `idle`."""

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, app: QObject, interval_ms: int) -> None:
        super().__init__()
        self.app = app
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.idle)
        self.attached = False

    def set_interval(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        # The filter is installed on first use: filtering every event of the unlock
        # screen would cost start-up time for nothing.
        if not self.attached:
            self.app.installEventFilter(self)
            self.attached = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def detach(self) -> None:
        self.stop()
        if self.attached:
            self.app.removeEventFilter(self)
            self.attached = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False
