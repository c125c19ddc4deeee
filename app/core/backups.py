"""Encrypted backups of a data folder, and restoring one onto another laptop.

A backup is one zip file (entries stored, not compressed: encrypted pages do not
compress) holding the store copied under its own key (`Database.copy_to`: SQLite's online
backup, a consistent snapshot while the app keeps working), the keyring with the users'
wrapped keys (the same user and password unlock the restored copy) and a small manifest
(format and record count: no case data). Nothing in it is readable without a password.

Each backup is verified after writing: the copied store is opened with the key
(quick_check, the record count of the snapshot), and the finished file is read back
whole against the zip's checksums, so the bytes on disk are the store that was opened.
"""

import json
import os
import zipfile
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy.exc import DBAPIError

from app import __version__
from app.core.clock import Clock
from app.core.errors import UserError
from app.core.files import (
    atomic_open,
    fsync_dir,
    move_into_place,
    part_path,
    private_folder,
)
from app.core.i18n import N_
from app.core.records import SYNCED_TYPES
from app.core.store.database import DB_FILENAME, Database, DatabaseDamaged
from app.core.store.keyring import KEYRING_FILENAME, Keyring
from app.core.sync.fork import Fork, fork_device

FORMAT = 1
MANIFEST = "manifest.json"
# Every synced record plus the outbox: what a truncated copy would miss. The manifest
# names the tables counted, so a newer app counts an older backup the same way.
TABLES = [str(model.__tablename__) for model in SYNCED_TYPES.values()] + ["outbox"]


def count_sql(tables: list[str]) -> str:
    return "SELECT " + " + ".join(f'(SELECT count(*) FROM "{t}")' for t in tables)


class BackupError(UserError):
    pass


def damaged(path: Path) -> BackupError:
    return BackupError(N_("The backup {path} is damaged or is not a Defensoría backup: "
                          "use another copy."), path=path)


def write_backup(db: Database, data_dir: Path, target: Path, clock: Clock) -> int:
    """Write and verify a backup of the open store at `target`; returns its record count."""
    scratch = target.with_name(target.name + ".db.part")
    _private_empty(scratch)
    try:
        count = db.copy_to(scratch, count_sql(TABLES))
        copy = db.open_copy(scratch)
        try:
            _check(copy, TABLES, count, target)
        finally:
            copy.close()
        manifest = {"format": FORMAT, "app": __version__, "records": count,
                    "tables": TABLES, "created_at": clock.now().isoformat()}
        keyring = (data_dir / KEYRING_FILENAME).read_bytes()
        with atomic_open(target, "wb") as fh, zipfile.ZipFile(fh, "w") as zf:
            zf.writestr(MANIFEST, json.dumps(manifest))
            zf.writestr(KEYRING_FILENAME, keyring)
            zf.write(scratch, DB_FILENAME)
    except (OSError, sqlcipher.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else None
        raise BackupError(N_("Cannot write the backup {path}: {reason}"), path=target,
                          reason=reason or exc) from None
    finally:
        _drop(scratch)
    try:
        _read_back(target)
    except BackupError:
        target.unlink(missing_ok=True)  # never counted among the copies kept
        raise
    return count


def restore(source: Path, data_dir: Path, username: str, password: str, clock: Clock,
            force: bool = False) -> Fork:
    """Put a backup in `data_dir` as a new device (app.core.sync.fork). The user's
    password is checked and the store opened and checked before anything is replaced."""
    targets = [data_dir / DB_FILENAME, data_dir / KEYRING_FILENAME]
    if any(t.exists() for t in targets) and not force:
        raise BackupError(N_("The folder {path} already holds a store. Choose an empty "
                             "folder, or replace it with --force."), path=data_dir)
    manifest = _read_back(source)
    private_folder(data_dir)
    staging = data_dir / ".restoring"
    private_folder(staging)
    try:
        try:
            with zipfile.ZipFile(source) as zf:
                for name in (KEYRING_FILENAME, DB_FILENAME):
                    with zf.open(name) as src, atomic_open(staging / name, "wb") as dst:
                        while block := src.read(1 << 20):
                            dst.write(block)
        except (OSError, zipfile.BadZipFile, KeyError) as exc:  # changed since read back
            raise damaged(source) from exc
        keyring = Keyring(staging / KEYRING_FILENAME)
        if not username:
            if len(keyring.users) != 1:
                raise BackupError(N_("Several users share this backup: give --username."))
            username = keyring.users[0].username
        _, key = keyring.unlock(username, password)
        db = Database(staging / DB_FILENAME, key)
        try:
            _check(db, manifest["tables"], manifest["records"], source)
            fork = fork_device(db, clock)
            db.checkpoint()
        finally:
            db.close()
        for name in (DB_FILENAME + "-wal", DB_FILENAME + "-shm", KEYRING_FILENAME + ".bak"):
            (data_dir / name).unlink(missing_ok=True)
        for name in (KEYRING_FILENAME, DB_FILENAME):
            move_into_place(staging / name, data_dir / name)
        fsync_dir(data_dir)
    except OSError as exc:
        raise BackupError(N_("Cannot restore into {path}: {reason}"), path=data_dir,
                          reason=exc.strerror or exc) from None
    finally:
        for leftover in staging.glob("*"):
            leftover.unlink(missing_ok=True)
        staging.rmdir()
    return fork


def read_manifest(source: Path) -> dict:
    """The manifest of a backup, after reading the whole file against its checksums."""
    return _read_back(source)


def _read_back(source: Path) -> dict:
    try:
        with zipfile.ZipFile(source) as zf:
            if zf.testzip() is not None:
                raise damaged(source)
            manifest = json.loads(zf.read(MANIFEST))
            names = set(zf.namelist())
    except FileNotFoundError:
        raise BackupError(N_("The file {path} does not exist."), path=source) from None
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        raise damaged(source) from None
    if (not isinstance(manifest, dict) or manifest.get("format") != FORMAT
            or not isinstance(manifest.get("records"), int)
            or not isinstance(manifest.get("tables"), list)
            or not all(isinstance(t, str) and t.isidentifier() for t in manifest["tables"])
            or not {DB_FILENAME, KEYRING_FILENAME} <= names):
        raise damaged(source)
    return manifest


def _check(db: Database, tables: list[str], expected: int, source: Path) -> None:
    try:
        db.check_integrity()
        with db.engine.connect() as conn:
            found = conn.exec_driver_sql(count_sql(tables)).scalar_one()
            conn.rollback()
    except (DatabaseDamaged, OSError, DBAPIError):
        raise damaged(source) from None
    if found != expected:
        raise damaged(source)


def _private_empty(path: Path) -> None:
    """An empty owner-only file: SQLite then writes the copy into it with these rights."""
    _drop(path)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise BackupError(N_("Cannot write the backup {path}: {reason}"),
                          path=path.with_name(path.name.removesuffix(".db.part")),
                          reason=exc.strerror or exc) from None


def _drop(scratch: Path) -> None:
    for path in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm"),
                 Path(f"{scratch}-journal"), part_path(scratch)):
        path.unlink(missing_ok=True)
