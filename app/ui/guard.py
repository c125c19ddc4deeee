"""Work-around for a PySide6 6.12 defect on Python 3.11.

PySide6 6.12.0 returns None from every void method without taking a reference to it
(harmless from Python 3.12, where None is immortal). On 3.11 each such call lowers None's
reference count by one, and after some thousands of calls Python aborts with
"none_dealloc". Until the dependency is pinned or Python 3.12 is required, the guard
puts the lost references back a few times a second. It increments the count directly
(no holder object), so that nothing gives them back again when Python shuts down.
"""

import ctypes
import sys

import PySide6
from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 200


def needed() -> bool:
    return sys.version_info < (3, 12) and tuple(PySide6.__version_info__[:2]) == (6, 12)


class NoneRefGuard(QObject):
    def __init__(self, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__()
        self.floor = sys.getrefcount(None)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.top_up)

    def start(self) -> "NoneRefGuard":
        self.timer.start()
        return self

    def top_up(self) -> None:
        deficit = self.floor - sys.getrefcount(None)
        for _ in range(max(deficit, 0)):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
