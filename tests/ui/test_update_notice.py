"""After a sync that learns of a newer version: download with progress, verify, offer to
install; a file changed after the download is refused. Real server on loopback."""

from pathlib import Path

from app.core.i18n import translator
from app.core.sync import outbox
from app.ui.shell.status_bar import StatusBar
from app.ui.sync.controller import SyncController
from app.ui.sync.update_notice import UpdateNotice
from sync.server import releases
from sync.updates import Updater

PLATFORM = "windows-x86_64"
NEVER = 3_600_000


def test_newer_version_is_downloaded_verified_and_offered(qtbot, server, make_device,
                                                          runner, spanish,
                                                          tmp_path: Path) -> None:
    releases.ensure_signing_key(server.store, tmp_path / "srv" / "release.key")
    ana = make_device(server, "ana")
    installer = tmp_path / "pub" / "Defensoria-9.1.0-setup.exe"
    installer.parent.mkdir()
    installer.write_bytes(b"instalador " * 200_000)
    releases.add_release(server.store, installer, "9.1.0", PLATFORM,
                         tmp_path / "srv" / "release.key")
    bar = StatusBar(lambda: outbox.pending_count(ana.ws.db))
    qtbot.addWidget(bar)
    updater = Updater(ana.ws.db, tmp_path / "updates", "0.1.0", PLATFORM)
    launched: list[Path] = []
    quits: list[bool] = []
    ctl = SyncController(ana.ws.db, ana.client, bar, runner, translator("es"), updater,
                         NEVER, NEVER)
    notice = UpdateNotice(updater, runner, bar, translator("es"), launched.append,
                          lambda: quits.append(True), bar)
    ctl.update_found.connect(notice.found)
    progress: list[tuple[int, int]] = []
    bar.progress.valueChanged.connect(lambda v: progress.append((v, bar.progress.maximum())))
    with qtbot.waitSignal(notice.ready, timeout=30_000) as ready:
        ctl.sync_now()
    path = ready.args[0]
    assert path.read_bytes() == installer.read_bytes()
    assert progress and progress[-1] == (installer.stat().st_size, installer.stat().st_size)
    assert "9.1.0" in notice.box.text() and "verificó" in notice.box.text()
    # A file changed after the download is refused before anything runs.
    original = path.read_bytes()
    path.write_bytes(original[:-1] + b"X")
    with qtbot.waitSignal(notice.failed) as failed:
        notice.install_button.click()
    assert launched == [] and quits == []
    assert failed.args[0].startswith("No se pudo instalar la nueva versión:")
    assert "manipulado" in failed.args[0]
    path.write_bytes(original)
    notice.install(path)
    assert launched == [path] and quits == [True]
