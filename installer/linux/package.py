"""Pack the one-folder bundle (dist/defensoria) as a .tar.gz a Linux user can try.

The archive holds `defensoria-VERSION/` with the program, a .desktop entry, the icon
and install.sh (per-user install, no root). Prints the archive's path.
"""

import platform
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BUNDLE = ROOT / "dist" / "defensoria"


def project_version() -> str:
    """The version from pyproject.toml, its one source."""
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def archive_path(version: str) -> Path:
    return ROOT / "dist" / f"defensoria-{version}-linux-{platform.machine()}.tar.gz"


def _executable(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def package(bundle: Path = BUNDLE) -> Path:
    if not (bundle / "defensoria").is_file():
        sys.exit(f"no bundle at {bundle}: run 'make installer'")
    version = project_version()
    out = archive_path(version)
    top = f"defensoria-{version}"
    part = out.with_suffix(".part")
    with tarfile.open(part, "w:gz", compresslevel=6) as tar:
        for item in sorted(bundle.iterdir()):
            tar.add(item, f"{top}/{item.name}", filter=_executable)
        tar.add(HERE / "defensoria.desktop", f"{top}/defensoria.desktop", filter=_executable)
        tar.add(HERE / "install.sh", f"{top}/install.sh", filter=_executable)
        tar.add(ROOT / "resources" / "icons" / "defensoria-256.png", f"{top}/defensoria.png",
                filter=_executable)
    part.replace(out)
    return out


if __name__ == "__main__":
    print(package())
