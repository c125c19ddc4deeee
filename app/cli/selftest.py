"""`defensoria --self-test [--server URL]`: prove that this installation works.

Runs frozen (the installed bundle) and from source alike, with no display: on a throwaway
encrypted store in a temporary folder it saves and finds a person, prints a referral
form, opens the main window offscreen and — given a server — enrolls and syncs one
record. One line per check ("OK …" or "FALLO …"); the exit code is non-zero when any
check failed. The temporary folder is wiped at the end, whatever happened.
"""

import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.core.clock import SystemClock
from app.core.errors import UserError
from app.core.i18n import N_, Translate

if TYPE_CHECKING:  # the store loads when a check runs: --startup-probe must not pay it
    from app.core.workspace import Workspace

USERNAME, PARISH = "autoprueba", "PIL"
PASSWORD = "autoprueba-clave-1"
SURNAME = "Quishpe"
WINDOW_TIMEOUT_MS = 30_000
# Noise of Qt's offscreen platform plugin, not of our code (see tests/ui/conftest.py).
QT_NOISE = ("This plugin does not support propagateSizeHints",)


@dataclass
class ServerAccount:
    url: str
    username: str
    password: str


@dataclass
class SelfTest:
    tr: Translate
    folder: Path
    server: ServerAccount | None = None
    out: Callable[[str], None] = print
    failures: int = 0
    ws: "Workspace | None" = None
    notes: dict[str, Any] = field(default_factory=dict)

    def run(self) -> int:
        self.check(N_("version {version}"), self.version)
        if self.check(N_("encrypted store"), self.store):
            self.check(N_("save and search a person"), self.person)
            self.check(N_("referral form PDF"), self.referral_pdf)
            if self.server is not None:
                self.check(N_("enroll and sync with {url}"), self.sync, url=self.server.url)
            self.close()
            self.check(N_("main window"), self.window)
        return 1 if self.failures else 0

    def check(self, label: str, step: Callable[[], str], **params: object) -> bool:
        name = self.tr(label).format(version=__version__, **params)
        try:
            detail = step()
        except UserError as exc:
            detail = exc.render(self.tr)
        except Exception as exc:  # a self-test reports every failure, never a traceback
            detail = f"{type(exc).__name__}: {exc}".splitlines()[0]
        else:
            self.out(f"{self.tr(N_('OK'))} {name}" + (f": {detail}" if detail else ""))
            return True
        self.failures += 1
        self.out(f"{self.tr(N_('FAILED'))} {name}: {detail}")
        return False

    # Checks --------------------------------------------------------------------
    def version(self) -> str:
        if __version__ == "0.0.0":
            raise UserError(N_("the version is unknown: the package metadata is missing"))
        frozen = getattr(sys, "frozen", False)
        return self.tr(N_("installed program") if frozen else N_("from source code"))

    def store(self) -> str:
        from app.core.store.keyring import LocalUser
        from app.core.workspace import initialise

        self.ws = initialise(self.folder, LocalUser(USERNAME, "promotor", PARISH), PASSWORD,
                             None, SystemClock())
        with open(self.ws.db.path, "rb") as handle:
            if handle.read(16).startswith(b"SQLite format"):
                raise UserError(N_("the database file is not encrypted"))
        return ""

    def person(self) -> str:
        ws = self._ws()
        household = ws.families.create_household(parish=PARISH, community="Centro")
        person = ws.families.add_person(
            household_id=household.id, given_names="Sisa Amaru", surnames=SURNAME,
            sex="mujer", birth_date=date(2015, 4, 3), relation_to_head="hijo_a",
            confirm_duplicates=True)
        hits = ws.search.persons(SURNAME)
        if person.id not in {hit.id for hit in hits}:
            raise UserError(N_("the saved person was not found by the search"))
        self.notes["person"] = person.id
        return ""

    def referral_pdf(self) -> str:
        from app.reports import api

        ws = self._ws()
        case = ws.cases.register(parish=PARISH, affected_person_ids=[self.notes["person"]],
                                 violation_types=["negligencia"], facts="Autoprueba",
                                 risk_level="alto", reporter_anonymous=True)
        referral = ws.referrals.create(case_id=case.id, institution="junta",
                                       reason="Autoprueba de la instalación")
        out = self.folder / "derivacion.pdf"
        api.referral_form(api.context(ws), referral.id, out)
        data = out.read_bytes()
        if not data.startswith(b"%PDF") or len(data) < 1000:
            raise UserError(N_("the PDF file is not valid"))
        return self.tr(N_("{size} KB")).format(size=len(data) // 1024)

    def sync(self) -> str:
        from sync.client import SyncClient

        assert self.server is not None
        ws = self._ws()
        client = SyncClient(ws.db, ws.clock, attempts=2, timeout=(5.0, 60.0))
        enrollment = client.enroll(self.server.url, self.server.username,
                                   self.server.password, device_name="autoprueba")
        if not enrollment.server_keys.get("release"):
            raise UserError(N_("the server sent no key for signed updates: run "
                                 "'defensoria-server init' on the server"))
        parish = enrollment.parish or PARISH
        ws.families.create_household(parish=parish, community="Autoprueba")
        report = client.sync()
        if not report.complete or report.sent < 1:
            raise UserError(N_("the sync did not finish: {sent} sent, {pending} waiting, "
                                 "{rejected} rejected"), sent=report.sent,
                              pending=report.pending, rejected=report.rejected)
        return self.tr(N_("{sent} changes sent, {received} records received")).format(
            sent=report.sent, received=report.received)

    def window(self) -> str:
        return open_window(self.folder, self.tr)

    # Helpers -------------------------------------------------------------------
    def _ws(self) -> "Workspace":
        if self.ws is None:
            raise UserError(N_("no store"))
        return self.ws

    def close(self) -> None:
        if self.ws is not None:
            self.ws.close()
            self.ws = None


def use_offscreen() -> None:
    """Qt draws into memory: no display is needed, and nothing shows on screen."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


@contextmanager
def qt_messages() -> Iterator[list[str]]:
    """Collect Qt's warnings instead of letting them reach the terminal."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and not message.startswith(QT_NOISE):
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield seen
    finally:
        qInstallMessageHandler(previous)


def open_window(folder: Path, tr: Translate) -> str:
    """Build the real main window, unlock the store through it and show the workspace."""
    from PySide6.QtCore import QEventLoop, QTimer

    from app.ui.shell.main import build_app

    use_offscreen()
    with qt_messages() as warnings:
        qt_app, window = build_app(folder, [sys.argv[0]])
        settings = window.ctx.settings
        geometry = settings.value("ui/geometry")
        loop = QEventLoop()
        window.unlocked.connect(loop.quit)
        QTimer.singleShot(WINDOW_TIMEOUT_MS, loop.quit)
        window.show()
        window.try_unlock(USERNAME, PASSWORD)
        loop.exec()
        opened = window.shell is not None and window.isVisible()
        qt_texts = qt_own_texts(window.ctx.language)
        window.close()
        # The self-test must not move the user's own window: put the saved geometry back.
        if geometry is None:
            settings.remove("ui/geometry")
        else:
            settings.setValue("ui/geometry", geometry)
        settings.sync()
        window.deleteLater()
        qt_app.processEvents()
    if not opened:
        raise UserError(N_("the main window did not open the store"))
    if qt_texts:
        raise UserError(N_("Qt's own texts are not translated: {text}"), text=qt_texts)
    if warnings:
        raise UserError(N_("Qt warned: {message}"), message=warnings[0])
    return ""


# Qt's own texts the user meets (standard buttons, the file dialog) and their Spanish:
# the bundle must carry qtbase_es.qm and our qt_es.qm corrections.
QT_SPANISH = (("QPlatformTheme", "Cancel", "Cancelar"),
              ("QFileDialog", "&Look in:", "&Buscar en:"))


def qt_own_texts(language: str) -> str:
    """'' when Qt's own texts speak the window's language; else the first that does not."""
    from PySide6.QtCore import QCoreApplication

    if language != "es":
        return ""
    for context, source, spanish in QT_SPANISH:
        if QCoreApplication.translate(context, source) != spanish:
            return source
    return ""


def run(server_url: str | None, server_user: str, tr: Translate,
        out: Callable[[str], None] = print) -> int:
    """Run every check on a temporary store; `server_user`'s password comes from the
    environment (DEFENSORIA_SERVER_PASSWORD) or is asked for."""
    server = None
    if server_url:
        from app.cli.sync import server_password

        server = ServerAccount(server_url, server_user, server_password(tr))
    folder = Path(tempfile.mkdtemp(prefix="defensoria-autoprueba-"))
    test = SelfTest(tr, folder / "datos", server, out)
    try:
        status = test.run()
    finally:
        test.close()
        shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        out(f"{tr(N_('FAILED'))} {tr(N_('could not delete {path}')).format(path=folder)}")
        return 1
    return status


STARTUP_MARK = "SHOWN"


def startup_probe(data_dir: Path) -> int:
    """For bench/installer.py: the desktop start-up (`run_app`'s path) up to the first
    window painted, then quit. Frozen and unfrozen builds run exactly this code."""
    from PySide6.QtCore import QTimer

    from app.ui.shell.main import build_app

    qt_app, window = build_app(data_dir, [sys.argv[0]])
    window.show()
    QTimer.singleShot(0, lambda: (print(STARTUP_MARK, flush=True), window.close(),
                                  qt_app.quit()))
    return qt_app.exec()
