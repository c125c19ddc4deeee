"""Headless update commands: `defensoria update check|download|install|verify`.

The same conventions as the other commands: English source strings in N_(), one-line
errors in the user's language, exit codes. Installers are verified (signature of the key
pinned at enrollment, size, SHA-256, newer version, this platform) before anything runs.
"""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.cli.common import open_workspace
from app.core.errors import UserError
from app.core.i18n import N_, Translate

if TYPE_CHECKING:
    from app.core.workspace import Workspace
    from sync.updates import Updater

COMMAND = "update"


def add_commands(commands: argparse._SubParsersAction, tr: Translate) -> None:
    update = commands.add_parser(COMMAND, help=tr(N_("check, download and install new "
                                                     "versions of the app")))
    update.set_defaults(run=run)
    actions = update.add_subparsers(dest="update_action", required=True)
    actions.add_parser("check", help=tr(N_("ask the server whether a newer version exists")))
    actions.add_parser("download", help=tr(N_("download and verify the newer version")))
    install = actions.add_parser("install", help=tr(N_("verify an installer and start it")))
    install.add_argument("file", nargs="?", type=Path, default=None,
                         help=tr(N_("installer brought on USB (default: the downloaded one)")))
    install.add_argument("--yes", action="store_true", help=tr(N_("do not ask to confirm")))
    verify = actions.add_parser("verify", help=tr(N_("verify an installer brought on USB")))
    verify.add_argument("file", type=Path, help=tr(N_("installer file")))


def updater_for(ws: "Workspace") -> "Updater":
    from sync.updates import Updater

    return Updater(ws.db, ws.data_dir / "updates", __version__)


def announce(ws: "Workspace", tr: Translate) -> None:
    """After a sync: tell the user when the server offers a newer version. A failure
    here never fails the sync; it is reported on stderr."""
    try:
        found = updater_for(ws).check()
    except UserError as exc:
        print(exc.render(tr), file=sys.stderr)
        return
    if found is not None:
        manifest = found[1].manifest
        print(tr(N_("Version {version} of the app is available ({size} MB): run 'defensoria "
                    "update download'.")).format(version=manifest.version,
                                                 size=round(manifest.size / 1e6, 1)))


def _progress(tr: Translate) -> Callable[[int, int], None]:
    last = [-1]

    def show(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if sys.stderr.isatty() and percent != last[0]:
            last[0] = percent
            print("\r" + tr(N_("Downloading… {percent}%")).format(percent=percent),
                  end="", file=sys.stderr, flush=True)

    return show


def run(args: argparse.Namespace, tr: Translate) -> int:
    from sync.updates import launch

    ws = open_workspace(args, tr)
    try:
        up = updater_for(ws)
        action = args.update_action
        if action in ("check", "download"):
            found = up.check()
            if found is None:
                print(tr(N_("This app is up to date ({version}).")).format(
                    version=__version__))
                return 0
            number, signed = found
            if action == "check":
                print(tr(N_("Version {version} of the app is available ({size} MB): run "
                            "'defensoria update download'.")).format(
                    version=signed.manifest.version, size=round(signed.manifest.size / 1e6, 1)))
                return 0
            path = up.download(number, signed, progress=_progress(tr))
            if sys.stderr.isatty():
                print(file=sys.stderr)
            print(tr(N_("Version {version} was downloaded and verified: {path}. Install it "
                        "with 'defensoria update install'.")).format(
                version=signed.manifest.version, path=path))
            return 0
        if action == "verify":
            manifest = up.verify_local(args.file)
            print(tr(N_("The installer {name} is genuine: version {version}, signed by your "
                        "server.")).format(name=args.file.name, version=manifest.version))
            return 0
        installer = args.file or _downloaded(up)
        manifest = up.verify_local(installer)
        if not args.yes and not _confirm(tr, manifest.version):
            print(tr(N_("Cancelled.")))
            return 1
        launch(installer)
        print(tr(N_("The installer of version {version} has started.")).format(
            version=manifest.version))
        return 0
    finally:
        ws.close()


def _downloaded(up: "Updater") -> Path:
    candidates = sorted(p for p in up.folder.glob("*") if p.is_file()
                        and not p.name.endswith((".sig", ".part")))
    if not candidates:
        raise UserError(N_("No downloaded installer: run 'defensoria update download' or "
                          "give the installer file."))
    return max(candidates, key=lambda p: p.stat().st_mtime)


def _confirm(tr: Translate, version: str) -> bool:
    if not sys.stdin.isatty():
        return False
    answer = input(tr(N_("Install version {version} now? The app will close. [y/N] "))
                   .format(version=version))
    return answer.strip().lower() in (tr(N_("y")), "y")
