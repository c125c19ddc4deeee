"""`defensoria-server release add|list`: publish signed installers to the devices."""

import argparse
from pathlib import Path

from app.core.i18n import N_, Translate
from sync.release import PLATFORMS, write_sidecar
from sync.server.store import ServerStore


def add_parser(commands: argparse._SubParsersAction, tr: Translate) -> None:
    release = commands.add_parser("release", help=tr(N_(
        "publish app installers to the devices")))
    actions = release.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help=tr(N_("sign and publish an installer")))
    add.add_argument("file", type=Path, help=tr(N_("installer file")))
    add.add_argument("--version", required=True, help=tr(N_("app version, e.g. 0.2.0")))
    add.add_argument("--platform", required=True, choices=PLATFORMS,
                     help=tr(N_("the kind of computer it installs on")))
    actions.add_parser("list", help=tr(N_("published installers (tab-separated)")))


def run(args: argparse.Namespace, store: ServerStore, tr: Translate) -> int:
    from sync.server import releases

    if args.action == "add":
        if not args.file.is_file():
            raise releases.ReleaseAdminError(N_("File not found: {path}."), path=args.file)
        signed = releases.add_release(store, args.file, args.version, args.platform)
        sidecar = write_sidecar(args.file, signed)
        print(tr(N_("Published {platform} {version} ({size} bytes); for USB copies, carry "
                    "{sidecar} beside the installer.")).format(
            platform=args.platform, version=args.version, size=signed.manifest.size,
            sidecar=sidecar.name))
        return 0
    for release_id, manifest in releases.list_releases(store):
        print(f"{release_id}\t{manifest.platform}\t{manifest.version}\t{manifest.size}\t"
              f"{manifest.filename}")
    return 0
