"""Wires sync into the main window: per session, a controller, its menu and its pages.

Built once by the composition root (`build_app`); each `MainWindow.session_opened`
creates the session's SyncController, the "Synchronisation" and "Help" menus, and the
update notice; `session_closed` stops them.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app import __version__
from app.ui.shell.context import UiContext
from app.ui.shell.offers import tag
from app.ui.sync.about_dialog import AboutDialog
from app.ui.sync.enroll_dialog import EnrollDialog
from app.ui.sync.policy import AUTH_CODES, DEFAULT_INTERVAL_MS, DEFAULT_RETRY_MS

if TYPE_CHECKING:  # the controller loads the store: only once a session opens
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.session import Session
    from app.ui.sync.controller import SyncController
    from app.ui.sync.update_notice import UpdateNotice


class SyncFeature(QObject):
    def __init__(self, ctx: UiContext, window: "MainWindow",
                 interval_ms: int = DEFAULT_INTERVAL_MS, retry_ms: int = DEFAULT_RETRY_MS,
                 launch: Callable[[Path], None] | None = None) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.interval_ms, self.retry_ms = interval_ms, retry_ms
        self.launch = launch
        self.controller: SyncController | None = None
        self.notice: UpdateNotice | None = None
        self.dialog: QWidget | None = None
        window.session_opened.connect(self.attach)
        window.session_closed.connect(self.detach)

    # Per session ------------------------------------------------------------------
    def attach(self, session: "Session") -> None:
        from app.ui.sync.controller import SyncController
        from app.ui.sync.update_notice import UpdateNotice
        from sync.client import SyncClient
        from sync.updates import Updater
        from sync.updates import launch as launch_installer

        self.detach()
        ws = session.ws
        updater = Updater(ws.db, ws.data_dir / "updates", __version__)
        status = self.window.status
        self.controller = SyncController(
            ws.db, SyncClient(ws.db, ws.clock), status, self.ctx.runner, self.ctx.core_tr, updater,
            self.interval_ms, self.retry_ms, self)
        self.notice = UpdateNotice(updater, self.ctx.runner, status, self.ctx.core_tr,
                                   self.launch or launch_installer, self.window.close,
                                   self.window)
        self.controller.update_found.connect(self.notice.found)
        self.controller.finished.connect(lambda _: self._data_changed())
        self.controller.failed.connect(self._failed)
        self.build_menus(session)
        if self.window.shell is not None:
            self.window.shell.rights.sync_wanted.connect(self.controller.sync_now)
        self.controller.start()

    def detach(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller.deleteLater()
            self.controller = None
        if self.notice is not None:
            self.notice.stop()
            self.notice.deleteLater()
            self.notice = None

    def build_menus(self, session: "Session") -> None:
        assert self.controller is not None
        bar = self.window.menuBar()
        menu = bar.addMenu(self.tr("S&ynchronisation"))
        for action in (self.controller.action, self.controller.cancel_action):
            menu.addAction(action)
        menu.addSeparator()
        if session.may("conflict.resolve"):  # resolving writes into the record
            tag(self._add(menu, self.tr("Changes in c&onflict"), self.show_conflicts),
                "conflict.resolve")
        self._add(menu, self.tr("Needs &attention"), self.show_attention)
        menu.addSeparator()
        self._add(menu, self.tr("&Enroll with the server…"), lambda: self.enroll(self.window))
        help_menu = bar.addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&About Defensoría…"), self.about)

    def _add(self, menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _=False: slot())
        self.window.menus.actions.append(action)  # disabled while the window is locked
        return action

    def _data_changed(self) -> None:
        if self.window.shell is not None:
            self.window.shell.data_changed.emit()
            detail = self.window.shell.detail
            if detail is not None and hasattr(detail, "refresh"):
                detail.refresh()

    def _failed(self, code: str, message: str) -> None:
        if code == "wiped":  # back to the first run; the message stays on top of it
            self.window.erased()
        if code in AUTH_CODES or code in ("update_required", "wiped"):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Synchronisation"), message,
                              QMessageBox.StandardButton.Ok, self.window)
            box.open()
            self.dialog = box

    # Pages ------------------------------------------------------------------------
    def _show_page(self, page: QWidget) -> QWidget:
        assert self.window.shell is not None
        self.window.shell.show_detail(page)
        return page

    def show_conflicts(self) -> Any:
        from app.ui.sync.conflicts_page import ConflictsPage

        session = self.window.session
        assert session is not None
        page = ConflictsPage(session.desk.conflicts, self.words(session.ws), self.ctx.core_tr)
        page.resolved.connect(self._pending_changed)
        return self._show_page(page)

    def show_attention(self) -> Any:
        from app.ui.sync.attention_page import AttentionPage

        session = self.window.session
        assert session is not None
        page = AttentionPage(session.desk.sync, session.desk.attention, self.words(session.ws),
                             self.ctx.core_tr)
        shell = self.window.shell
        assert shell is not None  # built together with the session checked above
        page.changed.connect(lambda: self._attention_changed(shell))
        page.open_record.connect(lambda kind, record_id: (
            shell.open_case if kind == "case" else shell.open_household)(record_id))
        return self._show_page(page)

    def words(self, ws: Any) -> Any:
        from app.core.record_words import RecordWords

        return RecordWords(ws.db, ws.catalogs, self.ctx.language, self.ctx.core_tr)

    def _attention_changed(self, shell: Any) -> None:
        if self.controller is not None:
            self.controller.refresh_state()  # "(n need attention)" in the status bar
        shell.data_changed.emit()  # the pending count; a dismissed record leaves the lists

    def _pending_changed(self) -> None:
        self.window.status.refresh_pending()

    # Dialogs ----------------------------------------------------------------------
    def enroll(self, window: "MainWindow") -> EnrollDialog:
        if window.session is None:
            return self._enroll_first(window)
        from sync.client import SyncClient

        ws = window.session.ws
        client = SyncClient(ws.db, ws.clock)
        dialog = EnrollDialog(lambda url, user, password, ca, allow_http: client.enroll(
            url, user, password, ca_file=ca, allow_http=allow_http), self.ctx.runner,
            self.ctx.core_tr, ws.user.username, parent=window)
        dialog.enrolled.connect(lambda _: self._enrolled())
        dialog.open()
        self.dialog = dialog
        return dialog

    def _enroll_first(self, window: "MainWindow") -> EnrollDialog:
        """First run: the store is created and enrolled together; the role and parish
        come from the server."""
        from app.cli.first_enrollment import enroll_first_user

        ctx = self.ctx
        dialog = EnrollDialog(lambda url, user, password, ca, allow_http: enroll_first_user(
            ctx.data_dir, url, user, password, ca, ctx.catalogs, ctx.clock, allow_http),
            ctx.runner, ctx.core_tr, parent=window, first_run=True)
        dialog.enrolled.connect(lambda ws: self._first_enrolled(window, ws))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _first_enrolled(self, window: "MainWindow", ws: object) -> None:
        window.opened(ws)
        if self.controller is not None:
            self.controller.sync_now()

    def _enrolled(self) -> None:
        if self.controller is not None:
            self.controller.start()
            self.controller.sync_now()

    def about(self) -> AboutDialog:
        dialog = AboutDialog(__version__, self.window)
        dialog.open()
        self.dialog = dialog
        return dialog
