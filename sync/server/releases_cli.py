"""`defensoria-server release add|list`: publish signed installers to the devices."""

import argparse
from pathlib import Path

from sync.release import PLATFORMS, write_sidecar
from sync.server.store import ServerStore


def add_parser(commands: argparse._SubParsersAction) -> None:
    release = commands.add_parser("release", help="publish app installers to the devices")
    actions = release.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="sign and publish an installer")
    add.add_argument("file", type=Path)
    add.add_argument("--version", required=True, help="app version, e.g. 0.2.0")
    add.add_argument("--platform", required=True, choices=PLATFORMS)
    actions.add_parser("list", help="published installers")


def run(args: argparse.Namespace, store: ServerStore) -> int:
    from sync.server import releases

    if args.action == "add":
        if not args.file.is_file():
            raise releases.ReleaseAdminError(f"no file {args.file}")
        signed = releases.add_release(store, args.file, args.version, args.platform)
        sidecar = write_sidecar(args.file, signed)
        print(f"published {args.platform} {args.version} ({signed.manifest.size} bytes); "
              f"for USB copies, carry {sidecar.name} beside the installer")
        return 0
    for release_id, manifest in releases.list_releases(store):
        print(f"{release_id}\t{manifest.platform}\t{manifest.version}\t{manifest.size}\t"
              f"{manifest.filename}")
    return 0
