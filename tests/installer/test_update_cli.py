"""`defensoria sync` tells of a newer version; `update download|verify|install` in Spanish."""

import shutil
from pathlib import Path

import pytest

from app import __version__
from app.cli import main
from sync.release import write_sidecar
from sync.server import releases
from sync.updates import current_platform
from tests.helpers.constants import PASSWORD
from tests.helpers.server import RunningServer


@pytest.fixture
def published(server: RunningServer, tmp_path: Path, make_device):
    key = tmp_path / "servidor" / "release-signing.key"
    releases.ensure_signing_key(server.store, key)
    device = make_device(server, "ana")
    installer = tmp_path / "publicar" / "defensoria-99.0.0-linux.tar.gz"
    installer.parent.mkdir()
    installer.write_bytes(b"paquete de prueba " * 5000)
    signed = releases.add_release(server.store, installer, "99.0.0", current_platform(), key)
    write_sidecar(installer, signed)  # as `defensoria-server release add` does
    return device, installer


def cli(device, *args: str) -> int:
    return main(["--data-dir", str(device.ws.data_dir), *args])


def test_sync_announces_and_download_verifies(published, monkeypatch, capsys) -> None:
    device, installer = published
    monkeypatch.setenv("DEFENSORIA_PASSWORD", PASSWORD)
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    assert cli(device, "sync") == 0
    assert "La versión 99.0.0 de la aplicación está disponible" in capsys.readouterr().out
    assert cli(device, "update", "download") == 0
    out = capsys.readouterr().out
    assert "se descargó y se verificó" in out
    downloaded = device.ws.data_dir / "updates" / installer.name
    assert downloaded.read_bytes() == installer.read_bytes()
    # Not a terminal: installing asks for confirmation it cannot get, so nothing starts.
    assert cli(device, "update", "install") == 1
    assert "Cancelado" in capsys.readouterr().out


def test_usb_installer_verify(published, tmp_path, monkeypatch, capsys) -> None:
    device, installer = published
    monkeypatch.setenv("DEFENSORIA_PASSWORD", PASSWORD)
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = Path(shutil.copy(installer, usb))
    assert cli(device, "update", "verify", str(copy)) == 1
    assert "no tiene firma" in capsys.readouterr().err
    shutil.copy(installer.with_name(installer.name + ".sig"), usb)
    assert cli(device, "update", "verify", str(copy)) == 0
    assert "es auténtico" in capsys.readouterr().out
    copy.write_bytes(copy.read_bytes()[:-1] + b"!")
    assert cli(device, "update", "verify", str(copy)) == 1
    err = capsys.readouterr().err
    assert "manipulado" in err and len(err.strip().splitlines()) == 1


def test_up_to_date(server: RunningServer, make_device, monkeypatch, capsys) -> None:
    device = make_device(server, "ana")
    monkeypatch.setenv("DEFENSORIA_PASSWORD", PASSWORD)
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    assert cli(device, "update", "check") == 0
    assert f"está al día ({__version__})" in capsys.readouterr().out
