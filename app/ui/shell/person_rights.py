"""A person's rights over their data (LOPDP) as the técnico and admin exercise them from
the desktop, through the server: who opened their records (from every device), the data
subject access report, and erasure on every device. Online; the administration client
(and requests with it) loads only when first asked."""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.ui.cases.access_log_dialog import AccessLogDialog
from app.ui.families.erase_person_dialog import ErasePersonDialog
from app.ui.reports.documents import Documents
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session

if TYPE_CHECKING:
    from sync.admin_client import AdminClient


class PersonRights(QObject):
    sync_wanted = Signal()  # a change made on the server (an erasure) should reach us now

    def __init__(self, ctx: UiContext, session: Session, documents: Documents,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.session, self.documents, self.owner = ctx, session, documents, parent
        self._admin: AdminClient | None = None

    def admin(self) -> "AdminClient":
        """The session's one client of the server's administration endpoints, built when
        first needed: it loads requests, which start-up does without."""
        if self._admin is None:
            from sync.admin_client import AdminClient

            self._admin = AdminClient(self.session.ws.db)
        return self._admin

    def show_access_log(self, record_id: str, title: str) -> AccessLogDialog:
        """Who opened, printed or exported a case or a person's cases: the server's
        word, from every device (técnico, admin; online)."""
        client = self.admin()
        dialog = AccessLogDialog(self.ctx, title, lambda: client.access_log(record_id), self.owner)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def print_access_report(self, person_id: str, name: str) -> bool:
        """Everything held about a person (LOPDP right of access), from this computer's
        store; who opened their cases from the server when connected, else this
        computer's own record of it (the document says so)."""
        client = self.admin()

        def work(ctx: Any, path: Any, report: Any, cancelled: Any) -> None:
            from app.reports.access_local import write_local_access_report
            from app.reports.access_report import AccessLine
            from app.reports.context import Job
            from sync.errors import SyncError

            lines: list[AccessLine] | None
            try:
                lines = [AccessLine(e.at, e.username, e.device_name or e.device_id, e.action,
                                    e.record_type, e.record_id)
                         for e in client.access_log(person_id)]
            except SyncError:
                lines = None
            write_local_access_report(ctx, person_id, path, lines,
                                      Job(steps=2, progress=report, cancelled=cancelled))

        return self.documents.generate(
            self.owner, self.tr("Data access report"),
            # No name in the file's name: it may sit in a shared folder.
            self.documents.propose("access"), self.tr("PDF documents (*.pdf)"), work)

    def erase_person(self, person_id: str, name: str) -> ErasePersonDialog:
        """A person's data erased on every device, by the server (técnico, admin)."""
        client = self.admin()
        dialog = ErasePersonDialog(self.ctx, name, lambda reason: client.erase_person(
            person_id, reason), self.owner)
        # This computer drops the data now, not at the next timed sync.
        dialog.erased.connect(lambda _: self.sync_wanted.emit())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
