"""The last resort for an exception nothing caught (a bug in a slot).

Without it PySide prints a traceback to a console the user never sees and the window
goes on as if nothing happened. Here the user is told, in their language, that something
failed, naming only the error's kind: its text and traceback may hold case data. The
traceback goes to `errors.log` in the data folder only when that file already exists
(made on purpose, to diagnose a fault): by default nothing about the error is written.
"""

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

LOG_NAME = "errors.log"
Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class UnexpectedErrors(QObject):
    def __init__(self, window: QWidget, data_dir: Path) -> None:
        super().__init__(window)
        self.window, self.log = window, data_dir / LOG_NAME
        self.box: QMessageBox | None = None
        self._previous: Hook | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def handle(self, kind: type[BaseException], error: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) and self._previous is not None:
            self._previous(kind, error, tb)
            return
        if self.log.is_file():
            with self.log.open("a", encoding="utf-8") as out:
                out.writelines(traceback.format_exception(kind, error, tb))
        text = self.tr("Unexpected error ({kind}). What was saved is safe; if it happens "
                       "again, tell the administrator.").format(kind=kind.__name__)
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Unexpected error"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setAccessibleName(self.tr("Unexpected error"))
        self.box = box
        box.open()  # window-modal, not blocking: the handler returns to the event loop
