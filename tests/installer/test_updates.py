"""Updates through the central server: signed, verified, resumable — on the real server.

A device enrolls with a server whose release key exists, so the device pins that key;
the server publishes an installer (`release add`); the device learns of it, downloads it
(resuming a cut download with HTTP Range) and verifies signature, size and hash. A
tampered file, a file signed by another key and an unsigned file are refused with a
message in Spanish; an installer brought on USB is checked the same way.
"""

import shutil
from pathlib import Path

import pytest
from sqlalchemy import update

from app.core.i18n import translator
from sync.release import read_sidecar, sidecar_of, write_sidecar
from sync.server import releases
from sync.server.cli import main as server_main
from sync.updates import UpdateError, Updater
from tests.helpers.server import RunningServer

PLATFORM = "windows-x86_64"
SIZE = 3 * 1024 * 1024 + 12345  # several 1 MiB chunks, the last one partial
es = translator("es")


@pytest.fixture
def installer(tmp_path: Path) -> Path:
    path = tmp_path / "publicar" / "Defensoria-9.1.0-setup.exe"
    path.parent.mkdir()
    path.write_bytes(bytes(range(256)) * (SIZE // 256) + b"x" * (SIZE % 256))
    return path


@pytest.fixture
def key(server: RunningServer, tmp_path: Path) -> Path:
    path = tmp_path / "servidor" / "release-signing.key"
    releases.ensure_signing_key(server.store, path)
    return path


@pytest.fixture
def device(server: RunningServer, key: Path, make_device):
    return make_device(server, "ana")


def updater(device, tmp_path: Path, current: str = "0.1.0") -> Updater:
    return Updater(device.ws.db, tmp_path / "updates", current, PLATFORM)


def test_enrollment_pins_the_release_key(device, key: Path) -> None:
    assert device.client.enrollment().server_keys["release"] == \
        releases.ensure_signing_key(device.server.store, key)
    assert oct(key.stat().st_mode & 0o777) == "0o600"


def test_newer_release_downloads_with_progress_and_verifies(
        server: RunningServer, device, key: Path, installer: Path, tmp_path: Path) -> None:
    up = updater(device, tmp_path)
    assert up.check() is None  # nothing published yet
    releases.add_release(server.store, installer, "9.1.0", PLATFORM, key)
    found = up.check()
    assert found is not None and found[1].manifest.version == "9.1.0"
    seen: list[tuple[int, int]] = []
    path = up.download(*found, progress=lambda done, total: seen.append((done, total)))
    assert path is not None and path.read_bytes() == installer.read_bytes()
    assert seen[-1] == (SIZE, SIZE) and len(seen) > 3
    assert read_sidecar(path) == found[1]  # ready to be copied to a USB stick
    assert up.verify_local(path).version == "9.1.0"


def test_older_or_same_version_is_not_offered(server, device, key, installer,
                                              tmp_path) -> None:
    releases.add_release(server.store, installer, "0.1.0", PLATFORM, key)
    assert updater(device, tmp_path).check() is None


def test_cut_download_resumes_with_range(any_server, make_device, installer,
                                        tmp_path) -> None:
    """On SQLite and on PostgreSQL (the chunks are bytea there)."""
    key = tmp_path / "servidor" / "release-signing.key"
    releases.ensure_signing_key(any_server.store, key)
    device = make_device(any_server, "ana")
    releases.add_release(any_server.store, installer, "9.1.0", PLATFORM, key)
    up = updater(device, tmp_path)
    found = up.check()
    assert found is not None
    # The first attempt is cut after a few blocks (the user cancels, the network drops).
    blocks: list[int] = []
    assert up.download(*found, progress=lambda done, _t: blocks.append(done),
                       cancelled=lambda: len(blocks) >= 5) is None
    part = up.target(found[1].manifest).with_name(found[1].manifest.filename + ".part")
    cut = part.stat().st_size
    assert 0 < cut < SIZE
    # The second attempt asks only for the rest: progress starts where the cut was.
    resumed: list[int] = []
    path = up.download(*found, progress=lambda done, _t: resumed.append(done))
    assert path is not None and path.read_bytes() == installer.read_bytes()
    assert resumed[0] > cut and resumed[0] - cut <= 64 * 1024
    assert not part.exists()


def test_tampered_download_is_refused_and_discarded(server, device, key, installer,
                                                    tmp_path) -> None:
    releases.add_release(server.store, installer, "9.1.0", PLATFORM, key)
    with server.store.write() as conn:  # someone changes the stored installer
        conn.execute(update(releases.release_chunks)
                     .where(releases.release_chunks.c.idx == 1)
                     .values(data=b"\0" * (1024 * 1024)))
    up = updater(device, tmp_path)
    found = up.check()
    assert found is not None
    with pytest.raises(UpdateError) as refused:
        up.download(*found)
    assert refused.value.code == "tampered"
    assert "no lo instale" in refused.value.render(es).lower()
    assert list((tmp_path / "updates").iterdir()) == []


def test_release_signed_by_another_key_is_refused(server, device, key, installer,
                                                  tmp_path) -> None:
    other = tmp_path / "otra" / "release-signing.key"
    releases.ensure_signing_key(server.store, other)
    releases.add_release(server.store, installer, "9.1.0", PLATFORM, other)
    with pytest.raises(UpdateError) as refused:
        updater(device, tmp_path).check()
    assert refused.value.code == "bad_signature"
    assert "firmado" in refused.value.render(es)


def test_usb_installer_checks(server, device, key, installer, tmp_path) -> None:
    signed = releases.add_release(server.store, installer, "9.1.0", PLATFORM, key)
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = usb / installer.name
    shutil.copy(installer, copy)
    up = updater(device, tmp_path)
    # No .sig beside it: unsigned.
    with pytest.raises(UpdateError) as refused:
        up.verify_local(copy)
    assert refused.value.code == "unsigned"
    write_sidecar(copy, signed)
    assert up.verify_local(copy).sha256 == signed.manifest.sha256
    # One byte changed on the stick: tampered.
    data = bytearray(copy.read_bytes())
    data[SIZE // 2] ^= 0xFF
    copy.write_bytes(bytes(data))
    with pytest.raises(UpdateError) as refused:
        up.verify_local(copy)
    assert refused.value.code == "tampered"
    # Cut short while copying: incomplete.
    copy.write_bytes(installer.read_bytes()[: SIZE - 10])
    with pytest.raises(UpdateError) as refused:
        up.verify_local(copy)
    assert refused.value.code == "incomplete"
    # A signature file edited to match the changed file no longer verifies.
    sidecar = sidecar_of(copy)
    sidecar.write_text(sidecar.read_text().replace(signed.manifest.sha256, "0" * 64))
    with pytest.raises(UpdateError) as refused:
        up.verify_local(copy)
    assert refused.value.code == "bad_signature"


def test_range_requests_and_errors(server, device, key, installer) -> None:
    import requests

    signed = releases.add_release(server.store, installer, "9.1.0", PLATFORM, key)
    release_id, _ = releases.latest(server.store, PLATFORM)
    token = device.client.enrollment().token
    url = f"{server.url}/api/v1/releases/{release_id}/file"
    auth = {"Authorization": f"Bearer {token}", "Accept-Encoding": "identity"}
    part = requests.get(url, headers={**auth, "Range": "bytes=1048570-1048585"}, timeout=10)
    assert part.status_code == 206 and part.content == installer.read_bytes()[1048570:1048586]
    assert part.headers["Content-Range"] == f"bytes 1048570-1048585/{signed.manifest.size}"
    beyond = requests.get(url, headers={**auth, "Range": f"bytes={SIZE}-"}, timeout=10)
    assert beyond.status_code == 416
    assert requests.get(url, timeout=10).status_code == 401  # devices only
    assert requests.get(f"{server.url}/api/v1/releases/999/file", headers=auth,
                        timeout=10).status_code == 404


def test_server_cli_publishes_and_lists(tmp_path, installer, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DEFENSORIA_LANG", "es")
    db = ["--db", f"sqlite:///{tmp_path / 'srv.db'}"]
    assert server_main([*db, "init"]) == 0
    assert (tmp_path / "release-signing.key").stat().st_size == 32
    capsys.readouterr()
    assert server_main([*db, "release", "add", str(installer), "--version", "9.1.0",
                        "--platform", PLATFORM]) == 0
    assert sidecar_of(installer).is_file()
    assert capsys.readouterr().out.startswith(f"Publicado {PLATFORM} 9.1.0 ({SIZE} bytes)")
    assert server_main([*db, "release", "add", str(installer), "--version", "9.1.0",
                        "--platform", PLATFORM]) == 1
    assert capsys.readouterr().err == f"La versión 9.1.0 para {PLATFORM} ya está publicada.\n"
    assert server_main([*db, "release", "add", str(installer), "--version", "nueve",
                        "--platform", PLATFORM]) == 1
    assert capsys.readouterr().err == "nueve no es un número de versión (p. ej. 0.2.0).\n"
    assert server_main([*db, "release", "list"]) == 0
    assert f"{PLATFORM}\t9.1.0\t{SIZE}" in capsys.readouterr().out
