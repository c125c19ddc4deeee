"""Deleting a revoked device's files, even when one of them is held open.

On Windows a file another handle holds open (an antivirus scan, a worker's connection
that has not returned to the pool yet) cannot be deleted: `PermissionError`. Such a file
is then overwritten with zeros as far as it can be (the keyring first in the list: once
it is gone or zeroed nothing left can be opened), renamed to a tombstone name, and
deleted at the next start (`finish_erasure`). The remover is passed in so the start-up
path can be exercised where deletes never fail (Linux).
"""

import contextlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from app.core.files import FileWriteError, atomic_write_bytes

Remover = Callable[[Path], None]
TOMBSTONE = ".borrado"  # the suffix of a file left to delete at the next start
# Beside them: the names of those left behind (one that could not even be renamed).
PENDING = "borrar-al-iniciar.txt"
CHUNK = 1 << 20


def unlink(path: Path) -> None:
    path.unlink(missing_ok=True)


def _overwrite(path: Path) -> None:
    """Zeros over the file's content, as far as the OS lets us write it."""
    with contextlib.suppress(OSError), path.open("r+b") as handle:
        size = os.fstat(handle.fileno()).st_size
        for _ in range(0, size, CHUNK):
            handle.write(bytes(min(CHUNK, size - handle.tell())))
        handle.flush()
        os.fsync(handle.fileno())


def _tombstone(path: Path) -> Path:
    target, number = path.with_name(path.name + TOMBSTONE), 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.{number}{TOMBSTONE}")
    return target


def erase(data_dir: Path, files: Iterable[Path], remove: Remover = unlink) -> list[Path]:
    """Delete `files`; those that would not go are zeroed, renamed to a tombstone name
    when possible, listed in `data_dir`/PENDING and returned (what `finish_erasure`
    deletes at the next start)."""
    left: list[Path] = []
    for path in files:
        if not path.exists():
            continue
        try:
            remove(path)
            continue
        except OSError:
            pass
        _overwrite(path)
        target = path
        if not path.name.endswith(TOMBSTONE):
            with contextlib.suppress(OSError):  # else its zeroed self is kept by name
                target = path.rename(_tombstone(path))
        try:
            remove(target)
        except OSError:
            left.append(target)
    if left:
        with contextlib.suppress(FileWriteError):
            atomic_write_bytes(data_dir / PENDING,
                               "".join(f"{p}\n" for p in left).encode("utf-8"))
    return left


def leftovers(data_dir: Path) -> list[Path]:
    """What an earlier erasure could not delete (none when it finished)."""
    marker = data_dir / PENDING
    try:
        listed = marker.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return [Path(line) for line in listed if line.strip()]


def finish_erasure(data_dir: Path, remove: Remover = unlink) -> int:
    """At start-up, before anything opens the data folder: delete what an erasure left
    behind; how many are still there (the list is kept for the next start)."""
    left = leftovers(data_dir)
    if not left:
        return 0
    remaining = erase(data_dir, left, remove)
    if not remaining:
        (data_dir / PENDING).unlink(missing_ok=True)
    return len(remaining)
