"""The main window: first run, unlock, the workspace, auto-lock and switching users."""

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget

from app.core import accounts
from app.core.accounts import LocalUser
from app.core.errors import UserError
from app.core.i18n import translator
from app.ui import i18n
from app.ui.focus import FocusTracker
from app.ui.shell.context import UiContext
from app.ui.shell.first_run_page import FirstRunPage
from app.ui.shell.idle import IdleWatcher
from app.ui.shell.menus import Menus
from app.ui.shell.preferences_dialog import LARGE_TEXT_FACTOR, PreferencesDialog
from app.ui.shell.status_bar import StatusBar
from app.ui.shell.unlock_page import UnlockPage
from app.ui.widgets import rescale_fonts

if TYPE_CHECKING:
    from app.ui.shell.session import Session
    from app.ui.shell.shell import Shell

# The store, its SQL toolkit and the workspace pages load after the unlock window shows
# (a worker imports them while the user types the password), so the window comes fast.
HEAVY_MODULES = ("app.core.workspace", "app.ui.shell.session", "app.ui.shell.shell")


def load_heavy_modules() -> None:
    for name in HEAVY_MODULES:
        importlib.import_module(name)
    # The documents' layout code and fonts too (half a second of imports): loaded after
    # unlocking, they would hold the interpreter while the home page is built.
    importlib.import_module("app.reports.api").warm_up()


class MainWindow(QMainWindow):
    unlocked = Signal()
    locked = Signal()
    warmed = Signal()  # the store's modules are loaded: unlocking is now quick
    integrity_checked = Signal()  # the background check of the store file has finished
    session_opened = Signal(object)  # a Session: where sync attaches to the status bar
    session_closed = Signal()  # that Session is gone (switch user, quit): sync stops

    def __init__(self, ctx: UiContext, app: QApplication) -> None:
        super().__init__()
        self.ctx, self.app = ctx, app
        self.session: Session | None = None
        self.shell: Shell | None = None
        self.locked_user: str | None = None
        self.translators = i18n.install(app, ctx.language, self)
        self.base_font = app.font()
        self.apply_text_size()
        self.focus = FocusTracker(app, self)  # a ring shows where the keyboard is
        self.idle = IdleWatcher(app, ctx.idle_interval_ms())
        self.idle.idle.connect(lambda: self.lock(idle=True))
        self.menus = Menus(self)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.status = StatusBar(self._pending)
        self.setStatusBar(self.status)
        self.status.hide()
        self.setMinimumSize(1024, 640)
        self.resize(1366, 768)
        geometry = ctx.settings.value("ui/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.build()
        # Once the event loop runs, i.e. after the window has shown: not competing with it.
        QTimer.singleShot(0, self._warm_up)

    def _warm_up(self) -> None:
        self.ctx.runner.start(lambda report: load_heavy_modules(),
                              lambda _: self.warmed.emit(), lambda exc: self.warmed.emit())

    # Pages ---------------------------------------------------------------------
    def build(self) -> None:
        self.setWindowTitle(self.tr("Defensoría Comunitaria"))
        self.menuBar().clear()
        if accounts.has_users(self.ctx.data_dir):
            self.unlock_page = UnlockPage(accounts.local_users(self.ctx.data_dir))
            self.unlock_page.unlock_requested.connect(self.try_unlock)
            self._show(self.unlock_page)
            self.unlock_page.prepare()
        else:
            self.first_run = FirstRunPage(self.ctx, "enroll" in self.ctx.extras)
            self.first_run.language_changed.connect(self.set_language)
            self.first_run.create_requested.connect(self.create_first_user)
            enroll = self.ctx.extras.get("enroll")
            if callable(enroll):  # the sync issue's enrollment flow, given the window
                self.first_run.enroll_requested.connect(lambda: enroll(self))
            self._show(self.first_run)

    def _show(self, page: object) -> None:
        if self.stack.indexOf(page) < 0:  # type: ignore[arg-type]
            self.stack.addWidget(page)  # type: ignore[arg-type]
        self.stack.setCurrentWidget(page)  # type: ignore[arg-type]

    def set_language(self, language: str) -> None:
        self.ctx.settings.setValue("ui/language", language)
        self.ctx.language, self.ctx.core_tr = language, translator(language)
        i18n.uninstall(self.app, self.translators)
        self.translators = i18n.install(self.app, language, self)
        old = self.first_run
        self.build()
        self.stack.removeWidget(old)
        old.deleteLater()

    def apply_text_size(self) -> None:
        font = self.base_font
        if self.ctx.settings.value("ui/large_text", "false") == "true":
            font = type(font)(font)
            font.setPointSizeF(font.pointSizeF() * LARGE_TEXT_FACTOR)
        self.app.setFont(font)
        for window in self.app.topLevelWidgets():
            rescale_fonts(window)

    # Opening -------------------------------------------------------------------
    def create_first_user(self, user: LocalUser, password: str) -> None:
        from app.core.workspace import initialise

        self.first_run.set_busy(True)
        self.ctx.runner.start(
            lambda report: initialise(self.ctx.data_dir, user, password, self.ctx.catalogs,
                                      self.ctx.clock),
            self.opened, lambda exc: self.first_run.show_error(self.describe(exc)))

    def try_unlock(self, username: str, password: str) -> None:
        if self.session is not None and username == self.session.ws.user.username:
            self._check_password(username, password)
            return
        from app.core.workspace import unlock

        self.unlock_page.set_busy(True)
        background = self.ctx.check_integrity_in_background
        self.ctx.runner.start(
            lambda report: unlock(self.ctx.data_dir, username, password, self.ctx.catalogs,
                                  self.ctx.clock, check_integrity=not background),
            self.opened, lambda exc: self.unlock_page.show_error(self.describe(exc)))

    def _check_password(self, username: str, password: str) -> None:
        self.unlock_page.set_busy(True)
        self.ctx.runner.start(
            lambda report: accounts.check_password(self.ctx.data_dir, username, password),
            lambda _: self.resume(),
            lambda exc: self.unlock_page.show_error(self.describe(exc)))

    def describe(self, exc: Exception) -> str:
        if isinstance(exc, UserError):
            return exc.render(self.ctx.core_tr)
        return self.tr("Something went wrong: {0}. Try again; if it happens again, tell "
                       "the Consejo's technician.").format(exc)

    def opened(self, ws: object) -> None:
        from app.ui.shell.session import Session
        from app.ui.shell.shell import Shell

        self.close_session()
        self.session = Session.open(ws)  # type: ignore[arg-type]
        self.shell = Shell(self.ctx, self.session)
        self.shell.data_changed.connect(self.status.refresh_pending)
        self.shell.data_changed.connect(self.shell.refresh_start)
        if self.shell.persons is not None:
            self.shell.persons.busy.connect(self._persons_busy)
        self.shell.documents.working.connect(self.status.show_progress)
        self.shell.documents.idle.connect(self.status.hide_progress)
        self._show(self.shell)
        self.menus.build(self.shell, self.lock, self.switch_user, self.preferences)
        self.menuBar().show()
        user = self.session.ws.user
        self.status.set_user(self.tr("User: {0}").format(user.display_name or user.username))
        self.status.refresh_pending()
        self.status.show()
        self.locked_user = None
        self.idle.set_interval(self.ctx.idle_interval_ms())
        self.idle.start()
        if self.ctx.check_integrity_in_background:
            from app.core.services.maintenance import check_integrity_lean

            session = self.session
            self.ctx.runner.start(lambda report: check_integrity_lean(ws.db),  # type: ignore[attr-defined]
                                  lambda _: self.integrity_checked.emit(),
                                  lambda exc: self._damaged(exc, session))
        self.session_opened.emit(self.session)
        self.unlocked.emit()

    def _persons_busy(self, busy: bool) -> None:
        if busy:
            self.status.show_progress(self.tr("Loading the list of persons…"))
        else:
            self.status.hide_progress()

    def _damaged(self, exc: Exception, session: "Session | None") -> None:
        self.integrity_checked.emit()
        if session is not self.session:
            return  # that store was closed (user switched) while it was being checked
        QMessageBox.critical(self, self.tr("The database has a problem"), self.describe(exc))

    # Locking -------------------------------------------------------------------
    def lock(self, idle: bool = False) -> None:
        """Locked by hand (Ctrl+L), or after a while without use (`idle`)."""
        if self.shell is None or self.locked_user is not None:
            return
        self.idle.stop()
        self.shell.suspend()
        self.locked_user = self.session.ws.user.username  # type: ignore[union-attr]
        self.menus.set_enabled(False)
        self.menuBar().hide()
        self.status.hide()
        self.build_unlock_page(self.locked_user, idle=idle)
        self.locked.emit()

    def build_unlock_page(self, locked_user: str | None, switching: bool = False,
                          idle: bool = False) -> None:
        old = getattr(self, "unlock_page", None)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.unlock_page = UnlockPage(accounts.local_users(self.ctx.data_dir))
        self.unlock_page.unlock_requested.connect(self.try_unlock)
        self._show(self.unlock_page)
        self.unlock_page.prepare(locked_user, switching, idle)

    def resume(self) -> None:
        self.locked_user = None
        self._show(self.shell)
        self.shell.resume()  # type: ignore[union-attr]
        self.menus.set_enabled(True)
        self.menuBar().show()
        self.status.show()
        self.idle.start()
        self.unlocked.emit()

    def switch_user(self) -> None:
        if self.shell is None:
            return
        self.shell.park_all()
        self.close_session()
        self.menuBar().clear()
        self.status.hide()
        self.build_unlock_page(None, switching=True)

    def close_session(self, park: bool = True) -> None:
        """`park`: open forms are kept as drafts (not when the store is gone)."""
        self.status.hide_progress()
        if self.shell is not None:
            if park:
                self.shell.park_all()
            self.stack.removeWidget(self.shell)
            self.shell.deleteLater()
            self.shell = None
        if self.session is not None:
            self.session_closed.emit()
            self.session.close()
            self.session = None
        self.idle.stop()

    def erased(self) -> None:
        """The store was erased (a revoked device): back to the first run. Nothing is
        parked or saved: there is no store left to save into."""
        self.close_session(park=False)
        self.locked_user = None
        self.status.hide()
        self.build()

    def _pending(self) -> int:
        return self.session.lists.pending_changes() if self.session else 0

    def preferences(self) -> None:
        backups = self.session.desk.backups if self.session is not None else None
        dialog = PreferencesDialog(self.ctx, self, backups)
        dialog.accepted.connect(self._preferences_changed)
        dialog.open()

    def _preferences_changed(self) -> None:
        self.apply_text_size()
        self.idle.set_interval(self.ctx.idle_interval_ms())
        if self.ctx.settings.value("ui/language") != self.ctx.language:
            QMessageBox.information(self, self.tr("Language"), self.tr(
                "The new language is used from the next start."))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.setValue("ui/geometry", self.saveGeometry())
        if self.shell is not None and self.shell.persons is not None:
            self.shell.persons.save_layout()
        self.close_session()
        self.idle.detach()
        self.ctx.runner.wait(5000)
        i18n.uninstall(self.app, self.translators)
        self.app.setFont(self.base_font)
        super().closeEvent(event)
