"""After a sync that learned of a newer version: tell the user, download it in a worker
with progress, verify it (signature of the pinned key, size, hash) and offer to install."""

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import UserError
from app.core.i18n import Translate
from app.ui.shell.status_bar import StatusBar
from app.ui.shell.workers import Runner


class Downloader(Protocol):
    """What the notice needs of `sync.updates.Updater`."""

    def download(self, release_id: int, signed: Any, progress: Any = None,
                 cancelled: Any = None) -> Path | None: ...

    def verify_local(self, installer: Path) -> Any: ...


class UpdateNotice(QObject):
    ready = Signal(object)  # the verified installer's Path
    failed = Signal(str)

    def __init__(self, updater: Downloader, runner: Runner, status: StatusBar,
                 core_tr: Translate, launch: Callable[[Path], None],
                 quit_app: Callable[[], object], parent: QWidget) -> None:
        super().__init__(parent)
        self.updater, self.runner, self.status, self.core_tr = updater, runner, status, core_tr
        self.launch, self.quit_app, self.window = launch, quit_app, parent
        self.version = ""
        self.busy = False
        self.closed = False
        self.box: QMessageBox | None = None
        self.installer: Path | None = None

    def stop(self) -> None:
        self.closed = True

    def found(self, found: tuple[int, Any]) -> None:
        release_id, signed = found
        version = signed.manifest.version
        if self.busy or version == self.version:
            return  # already downloading or downloaded this one
        self.version, self.busy = version, True
        self.status.showMessage(self.tr("Version {0} of the app is available: downloading it "
                                        "in the background…").format(version), 10_000)
        self.runner.start(lambda report: self.updater.download(
            release_id, signed, progress=report, cancelled=lambda: self.closed),
            self._downloaded, self._failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        if not self.closed:
            self.status.show_progress(self.tr("Downloading version {0}…").format(self.version),
                                      done, total)

    def _downloaded(self, path: Path | None) -> None:
        self.busy = False
        if self.closed:
            return
        self.status.hide_progress()
        if path is None:
            self.version = ""
            return
        self.installer = path
        self.ready.emit(path)
        self.box = QMessageBox(QMessageBox.Icon.Question, self.tr("New version"), self.tr(
            "Version {0} was downloaded and verified. Install it now? The app closes and "
            "your data stays as it is.").format(self.version),
            QMessageBox.StandardButton.NoButton, self.window)
        self.install_button = self.box.addButton(self.tr("&Install now"),
                                                 QMessageBox.ButtonRole.AcceptRole)
        later = self.box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        self.box.setDefaultButton(later)
        self.box.buttonClicked.connect(self._answered)
        self.box.open()

    def _answered(self, button: object) -> None:
        if button is self.install_button and self.installer is not None:
            self.install(self.installer)

    def install(self, installer: Path) -> None:
        try:
            self.updater.verify_local(installer)  # again: the file may have changed since
            self.launch(installer)
        except UserError as exc:
            self._failed(exc)
            return
        self.quit_app()

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        if self.closed:
            return
        self.status.hide_progress()
        message = exc.render(self.core_tr) if isinstance(exc, UserError) else str(exc)
        text = self.tr("The new version could not be installed: {0}").format(message)
        self.status.showMessage(text, 30_000)
        self.failed.emit(text)
