"""`make installer-check`: prove the built packages work, from outside the project.

1. Unpacks the Linux .tar.gz into a temporary folder and runs its self-test there, with
   a bare environment (no virtualenv, no PYTHONPATH, a fresh HOME, cwd outside the
   checkout), against a central server started from the project on a loopback port.
   Every output line must be an "OK" line; stderr must be empty; the exit code 0.
2. Opens a store written by the previous schema (tests/fixtures/store-0001) with the
   installed app: it must migrate after a backup and keep the data.
3. Installs the package per user with its install.sh (and uninstalls it) in a fresh HOME.
4. Compiles the Windows installer script with makensis against the Linux bundle.
Prints one line per step and exits non-zero on the first failure.
"""

import os
import shutil
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE / "linux"))
from package import archive_path, project_version  # noqa: E402

BIN = Path(sys.executable).parent
SERVER_USER, SERVER_PASSWORD = "autoprueba", "clave-del-servidor-1"
EXPECTED_CHECKS = 6  # version, store, person, PDF, sync, window


class CheckError(Exception):
    pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_listening(port: int, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise CheckError(f"the server stopped: {process.stderr.read()}")  # type: ignore[union-attr]
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise CheckError("the server did not start listening")


@contextmanager
def server(folder: Path) -> Iterator[str]:
    """The project's own server over a SQLite file, with one promoter account."""
    env = {**os.environ, "DEFENSORIA_PASSWORD": SERVER_PASSWORD}
    db = ["--db", f"sqlite:///{folder / 'server.db'}"]
    admin = BIN / "defensoria-server"
    for args in (["init"], ["user", "add", "--username", SERVER_USER, "--role", "promotor",
                            "--parish", "PIL"]):
        subprocess.run([admin, *db, *args], env=env, check=True, capture_output=True)
    port = free_port()
    process = subprocess.Popen([admin, *db, "serve", "--port", str(port)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_listening(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def bare_environment(home: Path) -> dict[str, str]:
    """What a user's session has: no virtualenv, no Python path, no project folder."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local"),
            "TMPDIR": str(home / "tmp"),
            "DEFENSORIA_SERVER_PASSWORD": SERVER_PASSWORD}


def unpack(archive: Path, into: Path) -> Path:
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="tar")
    top = into / f"defensoria-{project_version()}"
    for name in ("defensoria", "defensoria.desktop", "defensoria.png", "install.sh"):
        if not (top / name).is_file():
            raise CheckError(f"{name} is missing from {archive.name}")
    return top


def self_test(program: Path, url: str, home: Path) -> list[str]:
    result = subprocess.run(
        [program, "--self-test", "--server", url, "--server-user", SERVER_USER],
        env=bare_environment(home), cwd=home, capture_output=True, text=True, timeout=300,
        stdin=subprocess.DEVNULL)
    lines = result.stdout.splitlines()
    unexpected = [line for line in lines if not line.startswith("OK ")]
    if result.returncode != 0 or result.stderr or unexpected or len(lines) != EXPECTED_CHECKS:
        raise CheckError(f"self-test failed (exit {result.returncode}):\n{result.stdout}"
                         f"{result.stderr}")
    return lines


def per_user_install(top: Path, home: Path) -> str:
    """install.sh puts the program, a menu entry and an icon under HOME; --uninstall
    takes them away again."""
    env = bare_environment(home)
    subprocess.run(["sh", str(top / "install.sh")], env=env, cwd=home, check=True,
                   capture_output=True, timeout=120)
    program = home / ".local" / "opt" / "defensoria" / "defensoria"
    entry = home / ".local" / "applications" / "defensoria.desktop"  # XDG_DATA_HOME
    icon = home / ".local" / "icons" / "hicolor" / "256x256" / "apps" / "defensoria.png"
    version = subprocess.run([program, "--version"], env=env, cwd=home, check=True,
                             capture_output=True, text=True, timeout=60).stdout.strip()
    if f"Exec={program}" not in entry.read_text(encoding="utf-8") or not icon.is_file() \
            or version != f"defensoria {project_version()}":
        raise CheckError(f"install.sh did not install a working program ({version!r})")
    subprocess.run(["sh", str(top / "install.sh"), "--uninstall"], env=env, cwd=home,
                   check=True, capture_output=True, timeout=60)
    if program.exists() or entry.exists():
        raise CheckError("install.sh --uninstall left the program behind")
    return version


def upgrade_old_store(program: Path, folder: Path, home: Path) -> str:
    """The installed app opens a store written by schema 0001: migrated after a backup."""
    data = folder / "old-store"
    shutil.copytree(ROOT / "tests" / "fixtures" / "store-0001", data)
    out = folder / "old.jsonl"
    env = {**bare_environment(home), "DEFENSORIA_PASSWORD": "clave-antigua-1"}
    result = subprocess.run(
        [program, "--data-dir", str(data), "--username", "rosa", "export", "--out", str(out)],
        env=env, cwd=home, capture_output=True, text=True, timeout=120,
        stdin=subprocess.DEVNULL)
    backups = list((data / "backups").glob("*-from-0001.db"))
    if result.returncode != 0 or result.stderr or len(backups) != 1 \
            or "Quinatoa" not in out.read_text(encoding="utf-8"):
        raise CheckError(f"upgrading the 0001 store failed (exit {result.returncode}):\n"
                         f"{result.stdout}{result.stderr}")
    return result.stdout.strip()


def compile_nsis(bundle: Path, out: Path) -> None:
    makensis = shutil.which("makensis")
    if makensis is None:
        raise CheckError("makensis not found: apt-get install nsis")
    result = subprocess.run(
        [makensis, "-V2", "-WX", "-DFAST", f"-DVERSION={project_version()}",
         f"-DSRCDIR={bundle}", f"-DOUTFILE={out}", str(HERE / "windows" / "defensoria.nsi")],
        capture_output=True, text=True)
    if result.returncode != 0 or not out.is_file():
        raise CheckError(f"makensis failed:\n{result.stdout}{result.stderr}")


def main() -> int:
    archive = archive_path(project_version())
    if not archive.is_file():
        print(f"no package at {archive}: run 'make installer'", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="defensoria-check-") as tmp:
        folder = Path(tmp)
        try:
            top = unpack(archive, folder / "unpacked")
            print(f"ok unpacked {archive.name}", flush=True)
            home = folder / "home"
            (home / "tmp").mkdir(parents=True)
            with server(folder) as url:
                for line in self_test(top / "defensoria", url, home):
                    print(f"ok   {line}")
            print(f"ok install.sh and --uninstall: {per_user_install(top, home)}")
            upgraded = upgrade_old_store(top / "defensoria", folder, home)
            print(f"ok upgrade of a schema-0001 store: {upgraded}")
            leftovers = list((home / "tmp").iterdir())
            if leftovers:
                raise CheckError(f"the self-test left {leftovers[0]} behind")
            compile_nsis(top, folder / "Defensoria-check.exe")
            print("ok makensis compiled installer/windows/defensoria.nsi")
        except (CheckError, subprocess.CalledProcessError) as exc:
            print(f"installer check failed: {exc}", file=sys.stderr)
            print("installer: 0 passed, 1 failed")
            return 1
    print(f"installer: {EXPECTED_CHECKS + 4} passed, 0 failed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
