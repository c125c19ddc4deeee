"""App updates from the central server, or from an installer brought on USB.

After a sync the client asks the server for the newest installer of its platform
(`check`). A newer one is downloaded in the background (`download`, with progress and
cancel) into the data folder's `updates/`, resuming a cut download with HTTP Range, and
verified before it is offered: the manifest must carry a valid signature of the release
key pinned at enrollment, and the file must have exactly the signed size and SHA-256.
An installer on USB travels with its `<installer>.sig` and is verified the same way
(`verify_local`). Nothing here starts an installer: `launch` does, when the user agrees.
Qt-free; the desktop app drives it from a worker thread, the CLI directly.
"""

import os
import platform
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import requests

from app.core.errors import UserError
from app.core.i18n import N_
from app.core.store.database import Database
from app.core.sync.syncstate import Enrollment, load_enrollment
from sync import errors
from sync.release import (
    Manifest,
    ReleaseError,
    SignedManifest,
    read_sidecar,
    verify_file,
    verify_manifest,
    version_key,
    write_sidecar,
)
from sync.transport import Options, Transport

Progress = Callable[[int, int], None]  # (bytes so far, total)
Cancelled = Callable[[], bool]
BLOCK = 64 * 1024

MESSAGES = {
    "unsigned": N_("The installer {name} has no signature: it was not published by the "
                   "Consejo's server. Do not install it."),
    "malformed": N_("The signature file of {name} is damaged. Copy the installer and its "
                    ".sig file again."),
    "bad_signature": N_("The installer {name} was not signed by your server's key: it may "
                        "be forged. Do not install it and tell the Consejo's technician."),
    "tampered": N_("The installer {name} was changed after it was signed: it is damaged "
                   "or tampered with. Do not install it; download or copy it again."),
    "incomplete": N_("The installer {name} is incomplete. Download or copy it again."),
    "no_key": N_("This device has no update key from the server yet: enroll it again "
                 "with the Consejo's server."),
    "wrong_platform": N_("The installer {name} is for another kind of computer ({platform})."),
    "not_newer": N_("The installer {name} holds version {version}, which is not newer than "
                    "this one ({current})."),
}


class UpdateError(UserError):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(MESSAGES[code], **params)
        self.code = code


def current_platform() -> str:
    system = "windows" if sys.platform == "win32" else sys.platform.rstrip("0123456789")
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)
    return f"{system}-{machine}"


def pinned_key(enrollment: Enrollment) -> str:
    key = enrollment.server_keys.get("release", "")
    if not key:
        raise UpdateError("no_key")
    return key


def _raise(exc: ReleaseError, name: str) -> UpdateError:
    return UpdateError(exc.code, name=name)


def check_installer(path: Path, signed: SignedManifest, key: str, current: str,
                    wanted_platform: str, name: str = "") -> Manifest:
    """Every check an installer passes before it is offered."""
    name = name or path.name
    try:
        manifest = verify_file(path, signed, key)
    except ReleaseError as exc:
        raise _raise(exc, name) from None
    if manifest.platform != wanted_platform:
        raise UpdateError("wrong_platform", name=name, platform=manifest.platform)
    if version_key(manifest.version) <= version_key(current):
        raise UpdateError("not_newer", name=name, version=manifest.version,
                          current=current)
    return manifest


class Updater:
    def __init__(self, db: Database, folder: Path, current_version: str,
                 platform_name: str | None = None,
                 timeout: tuple[float, float] = (5.0, 60.0), attempts: int = 3) -> None:
        self.db, self.folder, self.current = db, folder, current_version
        self.platform = platform_name or current_platform()
        self.transport_options: Options = {"timeout": timeout, "attempts": attempts}

    def _enrollment(self) -> Enrollment:
        with self.db.read() as s:
            found = load_enrollment(s)
        if found is None:
            raise errors.not_enrolled()
        return found

    def _transport(self, enrollment: Enrollment) -> Transport:
        return Transport(enrollment.server_url, token=enrollment.token,
                         ca_file=enrollment.ca_file, allow_http=enrollment.allow_http,
                         **self.transport_options)

    def check(self) -> tuple[int, SignedManifest] | None:
        """The server's newest installer for this platform if it is newer than this app
        and signed by the pinned key; None when there is nothing newer."""
        enrollment = self._enrollment()
        transport = self._transport(enrollment)
        try:
            resp = transport.call("GET", "/api/v1/releases/latest",
                                  params={"platform": self.platform})
        finally:
            transport.close()
        if resp.status_code == 204:
            return None
        try:
            data = resp.json()
            signed = SignedManifest.from_json(data)
            verify_manifest(signed, pinned_key(enrollment))
            release_id = int(data["id"])
        except ReleaseError as exc:
            raise _raise(exc, str(data.get("filename", ""))) from None
        except (ValueError, KeyError, TypeError):
            raise errors.server_failed(resp.status_code) from None
        if version_key(signed.manifest.version) <= version_key(self.current):
            return None
        return release_id, signed

    def target(self, manifest: Manifest) -> Path:
        return self.folder / Path(manifest.filename).name

    def download(self, release_id: int, signed: SignedManifest,
                 progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> Path | None:
        """Fetch the installer into `folder`, resuming a partial `.part` file; return the
        verified file (with its .sig beside it), or None if cancelled (the part stays)."""
        enrollment = self._enrollment()
        key = pinned_key(enrollment)
        manifest = signed.manifest
        final = self.target(manifest)
        part = final.with_name(final.name + ".part")
        self.folder.mkdir(parents=True, exist_ok=True)
        notify = progress or (lambda _done, _total: None)
        stop = cancelled or (lambda: False)
        have = part.stat().st_size if part.exists() else 0
        if have > manifest.size:
            part.unlink()
            have = 0
        transport = self._transport(enrollment)
        try:
            if have < manifest.size:
                headers = {"Accept-Encoding": "identity"}
                if have:
                    headers["Range"] = f"bytes={have}-"
                resp = transport.call("GET", f"/api/v1/releases/{release_id}/file",
                                      headers=headers, stream=True)
                mode = "ab" if have and resp.status_code == 206 else "wb"
                done = have if mode == "ab" else 0
                with open(part, mode) as handle:
                    try:
                        for block in resp.iter_content(BLOCK):
                            handle.write(block)
                            done += len(block)
                            notify(done, manifest.size)
                            if stop():
                                return None
                    except requests.RequestException:
                        # What arrived stays in the .part file: the next try resumes.
                        raise errors.unreachable(enrollment.server_url) from None
        finally:
            transport.close()
        try:
            check_installer(part, signed, key, self.current, self.platform, final.name)
        except UpdateError as exc:
            if exc.code in ("tampered", "incomplete"):
                part.unlink(missing_ok=True)  # start afresh next time
            raise
        os.replace(part, final)
        write_sidecar(final, signed)
        return final

    def verify_local(self, installer: Path) -> Manifest:
        """An installer brought on USB: checked against the pinned key, like a download."""
        key = pinned_key(self._enrollment())
        try:
            signed = read_sidecar(installer)
        except ReleaseError as exc:
            raise _raise(exc, installer.name) from None
        return check_installer(installer, signed, key, self.current, self.platform)


def launch(installer: Path) -> None:
    """Start a verified installer (Windows: the NSIS setup, which upgrades in place; the
    app should quit right after). On Linux the package is a .tar.gz: unpack and run its
    install.sh."""
    if sys.platform == "win32":
        subprocess.Popen([str(installer)], close_fds=True)  # verified by the caller
        return
    folder = installer.with_name(installer.name.removesuffix(".tar.gz"))
    import tarfile

    with tarfile.open(installer) as tar:
        tar.extractall(folder, filter="tar")
    scripts = sorted(folder.glob("*/install.sh"))
    if not scripts:
        raise UpdateError("tampered", name=installer.name)
    subprocess.run(["sh", str(scripts[0])], check=True)
