"""Writing files so that a power cut or a crash never leaves a half file or clear data.

The one writer for every file with case data (exports, PDFs, statistics, bundles, the
server's export and keys). Everything is written to `NAME.part` beside the target (same
folder: same disk, and the place the user chose), readable only by the user (0600),
flushed to disk, then renamed over the target; the folder entry is flushed too. A `.part`
left by a crash is removed on the next write of that target. A folder that is missing or
read-only is one `FileWriteError`, worded for the user.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from app.core.errors import UserError
from app.core.i18n import N_

PRIVATE = 0o600


class FileWriteError(UserError):
    def __init__(self, path: Path, exc: OSError) -> None:
        super().__init__(N_("Cannot use the file {path}: {reason}"), path=path,
                         reason=exc.strerror or exc)


def part_path(target: Path) -> Path:
    return target.with_name(target.name + ".part")


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals renames
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_open(target: Path, mode: str = "w", encoding: str | None = "utf-8"
                ) -> Iterator[IO]:
    """Open `target.part` for writing; on success it replaces `target`, else it is gone."""
    part = part_path(target)
    try:
        part.unlink(missing_ok=True)
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     PRIVATE)
        binary = "b" in mode
        with os.fdopen(fd, "wb" if binary else "w",
                       encoding=None if binary else encoding,
                       newline=None if binary else "") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, target)
        fsync_dir(target.parent)
    except OSError as exc:
        raise FileWriteError(target, exc) from None
    finally:
        part.unlink(missing_ok=True)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    with atomic_open(target, "wb") as fh:
        fh.write(data)


def atomic_copy(source: Path, target: Path) -> None:
    with open(source, "rb") as src, atomic_open(target, "wb") as dst:
        while block := src.read(1 << 20):
            dst.write(block)


def move_into_place(source: Path, target: Path) -> None:
    """Put a file already written whole and synced (by `atomic_open`, in a staging folder
    on the same disk) where `target` is, atomically; OSError as from os.replace."""
    os.replace(source, target)


def create_private(target: Path, data: bytes) -> None:
    """Create `target` owner-only with `data`, never replacing a file already there (a
    key made by another process at the same moment wins; FileExistsError here)."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 PRIVATE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def private_folder(folder: Path) -> None:
    """Make `folder` (and missing parents) if needed; a folder made here is owner-only."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)
