"""The desktop drives the real sync engine against a real server on loopback."""

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from app.core.i18n import translator
from app.core.sync import outbox, verify
from app.core.sync.syncstatus import sync_status
from app.ui.shell.status_bar import StatusBar
from app.ui.shell.workers import Runner
from app.ui.sync.controller import SyncController
from sync.client import device_id
from sync.server.cli import main as server_main
from tests.helpers.constants import NOW
from tests.helpers.faults import FaultProxy

NEVER = 3_600_000  # the automatic timer stays out of the way unless a test wants it


def controller_for(qtbot, device, runner: Runner, **options) -> SyncController:
    bar = StatusBar(lambda: outbox.pending_count(device.ws.db))
    qtbot.addWidget(bar)
    bar.refresh_pending()
    ctl = SyncController(device.ws.db, device.client, bar, runner, translator("es"),
                         interval_ms=options.pop("interval_ms", NEVER),
                         retry_ms=options.pop("retry_ms", NEVER), **options)
    return ctl


@pytest.fixture
def proxy(server) -> Iterator[FaultProxy]:
    p = FaultProxy(server.url)
    yield p
    p.release.set()
    p.close()


def test_sync_now_updates_state_and_pending(qtbot, server, make_device, runner,
                                            spanish) -> None:
    ana = make_device(server, "ana")
    ana.ws.families.create_household(parish="PIL", community="Tamboloma")
    ctl = controller_for(qtbot, ana, runner)
    ctl.start()
    assert ctl.status.pending.text() == "Cambios por enviar: 1"
    assert ctl.status.sync.state.text().startswith("Sincronizado") is False
    with qtbot.waitSignal(ctl.finished, timeout=20_000) as done:
        ctl.action.trigger()
    assert done.args[0].report.complete
    assert ctl.status.pending.text() == "Cambios por enviar: 0"
    # The sync ended with device and server agreeing on the scope's digest.
    assert ctl.status.sync.state.text().startswith(
        "Sincronizado, verificado · última sincronización")
    assert ctl.status.progress.isHidden() and ctl.action.isEnabled()


def test_status_bar_says_when_the_device_was_last_verified(qtbot, server, make_device,
                                                          runner, spanish) -> None:
    ana = make_device(server, "ana")
    ctl = controller_for(qtbot, ana, runner)
    with qtbot.waitSignal(ctl.finished, timeout=20_000) as done:
        ctl.action.trigger()
    assert done.args[0].report.verified
    # A later sync that could not verify leaves the earlier time, which is then shown.
    with ana.ws.db.write() as s:
        verify.mark_verified(s, NOW - timedelta(days=2))
    ctl.show(sync_status(ana.ws.db))
    local = (NOW - timedelta(days=2)).astimezone()
    assert ctl.status.sync.state.text().startswith(
        f"Sincronizado · verificado {local:%d/%m/%Y %H:%M} · última sincronización")


def test_cancel_stops_between_batches(qtbot, server, make_device, runner, proxy,
                                      spanish) -> None:
    ana = make_device(server, "ana", url=proxy.url)
    ana.client.push_batch = 1
    for name in ("Uno", "Dos"):
        ana.ws.families.create_household(parish="PIL", community=name)
    ctl = controller_for(qtbot, ana, runner)
    proxy.add("/api/v1/push", "slow")
    ctl.sync_now()
    assert ctl.cancel_action.isEnabled() and not ctl.action.isEnabled()
    assert ctl.status.sync.button.defaultAction() is ctl.cancel_action
    qtbot.waitUntil(lambda: "/api/v1/push" in " ".join(proxy.forwarded), timeout=10_000)
    assert not ctl.status.progress.isHidden()
    qtbot.mouseClick(ctl.status.sync.button, Qt.MouseButton.LeftButton)  # cancel
    proxy.release.set()
    with qtbot.waitSignal(ctl.finished, timeout=20_000) as done:
        pass
    assert done.args[0].cancelled and not done.args[0].report.pulled_all
    assert "cancelada" in ctl.status.sync.state.text()
    assert ctl.status.pending.text() == "Cambios por enviar: 1"
    assert ctl.status.sync.button.defaultAction() is ctl.action


def test_sync_resumes_by_itself_when_the_server_is_reachable_again(
        qtbot, server, make_device, runner, proxy, spanish) -> None:
    ana = make_device(server, "ana", url=proxy.url, attempts=1)
    ana.ws.families.create_household(parish="PIL", community="Uno")
    ctl = controller_for(qtbot, ana, runner, retry_ms=1)
    proxy.add("/api/v1/push", "drop_request")
    with qtbot.waitSignal(ctl.finished, timeout=20_000) as done:
        with qtbot.waitSignal(ctl.failed, timeout=20_000) as failed:
            ctl.sync_now()
        assert failed.args[0] == "unreachable"
        assert ctl.status.sync.state.text() == "Servidor no disponible"
        assert "Revise la red" in ctl.status.sync.state.toolTip()
    assert done.args[0].report.complete  # the retry timer synced without being asked
    assert ctl.status.pending.text() == "Cambios por enviar: 0"


def test_automatic_sync_and_revoked_device_message(qtbot, server, make_device,
                                                    runner, spanish) -> None:
    ana = make_device(server, "ana")
    ctl = controller_for(qtbot, ana, runner, retry_ms=1, interval_ms=NEVER)
    with qtbot.waitSignal(ctl.finished, timeout=20_000):
        ctl.start()  # enrolled: the timer syncs without being asked
    assert server_main(["--db", server.store.url, "device", "revoke",
                        device_id(ana.ws.db)]) == 0
    with qtbot.waitSignal(ctl.failed, timeout=20_000) as failed:
        ctl.sync_now()
    code, message = failed.args
    # Told it is revoked, the device saved its unsent work for the Consejo and erased
    # its data (tests/sync/test_revocation.py): it says so, and syncs no more.
    assert code == "wiped" and "El servidor revocó este dispositivo" in message
    assert ctl.status.sync.state.text().startswith("Dispositivo revocado")
    assert not ctl.timer.isActive()
    assert not (ana.ws.data_dir / "keyring.json").exists()


def test_status_bar_says_the_server_has_older_data(qtbot, server, make_device, runner,
                                                   spanish) -> None:
    """A server restored from an older backup: nothing repaired, and the person is told
    to warn the Consejo (the command line says it too: tests/sync/test_verified_sync)."""
    from sqlalchemy import select

    from sync.server.schema import counter
    from tests.helpers.server import restore_older_backup

    ana = make_device(server, "ana")
    assert ana.sync().verified
    with server.store.read() as conn:
        head = conn.execute(select(counter.c.value)).scalar()
    ana.ws.families.create_household(parish="PIL", community="Después")
    assert ana.sync().verified
    restore_older_backup(server, head)
    ctl = controller_for(qtbot, ana, runner)
    with qtbot.waitSignal(ctl.finished, timeout=20_000) as done:
        ctl.action.trigger()
    assert done.args[0].report.server_behind
    assert ctl.status.sync.state.text().startswith(
        "El servidor tiene datos más antiguos que este equipo: avise al Consejo")
    assert ctl.status.sync.state.toolTip() == (
        "El servidor tiene datos más antiguos que este equipo: no se reparó nada; avise "
        "al Consejo.")
