"""Documents and exports from the desktop: ask where to save, write in a worker with
progress and cancel, then offer to open the file in the system's viewer.

The save dialog and the viewer are collaborators (`ask_path`, `open_file`): the composition
root passes the real ones, tests pass functions. Nothing is ever written to a temp folder.
"""

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.core.errors import UserError
from app.reports import api
from app.reports.context import CancelFn, ProgressFn, ReportContext
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session

# ask_path(parent, title, proposed path, filter) -> the chosen path, or None if dismissed
AskPath = Callable[[QWidget | None, str, Path, str], Path | None]
OpenFile = Callable[[Path], object]
# work(report context, output path, progress, cancelled): runs in a worker thread
Work = Callable[[ReportContext, Path, ProgressFn, CancelFn], Any]


def ask_save_path(parent: QWidget | None, title: str, proposed: Path,
                  filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(proposed), filters)
    return Path(name) if name else None


def open_in_viewer(path: Path) -> object:
    """The system's viewer, which also prints."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


class Documents(QObject):
    """Runs one document or export at a time for the pages that ask for it."""

    written = Signal(object)  # the Path of a finished document
    failed = Signal(str)  # the message shown to the user
    cancelled = Signal()
    working = Signal(str, int, int)  # for the status bar: text, done, total (0: busy)
    idle = Signal()

    def __init__(self, ctx: UiContext, session: Session, ask_path: AskPath = ask_save_path,
                 open_file: OpenFile = open_in_viewer, folder: Path | None = None,
                 confirm_open: bool = True) -> None:
        super().__init__()
        self.ctx, self.session = ctx, session
        self.ask_path, self.open_file = ask_path, open_file
        self.folder = folder
        self.confirm_open = confirm_open
        self.progress: QProgressDialog | None = None
        self.offer: QMessageBox | None = None
        self.open_button: QAbstractButton | None = None
        self._cancel: threading.Event | None = None
        self.title = ""

    def warm_up(self) -> None:
        """Load the layout code and fonts in a worker so the first document is quick."""
        self.ctx.runner.start(lambda report: api.warm_up(), lambda _: None, lambda _: None)

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    def report_context(self) -> ReportContext:
        return api.context(self.session.ws, self.ctx.language)

    def propose(self, kind: str, detail: str = "", suffix: str = ".pdf") -> str:
        return api.file_name(self.report_context(), kind, detail, suffix)

    def generate(self, parent: QWidget | None, title: str, proposed_name: str, filters: str,
                 work: Work, cancellable: bool = True) -> bool:
        """Ask for a path, then write in a worker; False if the user dismissed the dialog."""
        if self.busy:
            return False
        folder = self.folder or documents_folder()
        path = self.ask_path(parent, title, folder / proposed_name, filters)
        if path is None:
            return False
        self.folder = path.parent  # the next document proposes the same folder
        cancel = threading.Event()
        self._cancel = cancel
        self.progress = self._progress_dialog(parent, title, cancellable)
        self.title = title
        self.working.emit(self.progress.labelText(), 0, 0)
        ws, language = self.session.ws, self.ctx.language

        def run(report: Callable[[int, int], None]) -> Path:
            if cancel.is_set():
                raise api.Cancelled()
            work(api.context(ws, language), path, report, cancel.is_set)
            return path

        self.ctx.runner.start(run, self._done, self._failed, self._step)
        return True

    def cancel(self) -> None:
        """Stop the work under way: the document stops at its next step, writing nothing."""
        if self._cancel is not None:
            self._cancel.set()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Cancelling…"))

    def _progress_dialog(self, parent: QWidget | None, title: str,
                         cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Preparing “{0}”…").format(title), "", 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setMinimumWidth(380)
        dialog.setAccessibleName(self.tr("Progress"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            # canceled also fires when the dialog is closed with Esc
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.show()
        return dialog

    def _step(self, done: int, total: int) -> None:
        dialog = self.progress
        if dialog is None or self._cancel_requested():
            return
        self.working.emit(dialog.labelText(), done, total)
        dialog.setRange(0, total)
        # a modal dialog's setValue processes events: the result may arrive inside it
        dialog.setValue(done)

    def _cancel_requested(self) -> bool:
        return self._cancel is not None and self._cancel.is_set()

    def _finish(self) -> None:
        self._cancel = None  # first: closing the dialog emits canceled, now a no-op
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.idle.emit()

    def _done(self, path: Path) -> None:
        parent = self.progress.parentWidget() if self.progress is not None else None
        self._finish()
        self.written.emit(path)
        if self.confirm_open:
            self._offer_to_open(parent, path)

    def _failed(self, exc: Exception) -> None:
        parent = self.progress.parentWidget() if self.progress is not None else None
        self._finish()
        if isinstance(exc, api.Cancelled):
            self.cancelled.emit()
            return
        message = self.describe(exc)
        self.failed.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The document was not made"),
                          message, QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def describe(self, exc: Exception) -> str:
        if isinstance(exc, UserError):
            return exc.render(self.ctx.core_tr)
        return self.tr("The document could not be made: {0}. Check that the folder exists "
                       "and that you may write there, then try again; if it happens again, "
                       "tell the Consejo's technician.").format(exc)

    def _opened(self, chosen: bool, path: Path) -> None:
        if chosen:
            self.open_file(path)

    def _offer_to_open(self, parent: QWidget | None, path: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Document ready"),
                          self.tr("Saved as {0}.").format(path),
                          QMessageBox.StandardButton.NoButton, parent)
        self.open_button = box.addButton(self.tr("&Open or print"),
                                         QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.open_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        button = self.open_button
        box.buttonClicked.connect(lambda clicked: self._opened(clicked is button, path))
        box.finished.connect(lambda _: setattr(self, "offer", None))
        self.offer = box
        box.open()
