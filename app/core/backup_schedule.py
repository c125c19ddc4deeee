"""The daily automatic backup: where to, how many to keep, whether one is due.

The folder and the number kept are settings of the data folder (stored in the encrypted
store: the path of a USB stick is nobody's business). The desktop asks `due()` at unlock
and when idle and runs `run()` in a worker; a missing folder (the stick is not plugged
in) is `BackupFolderMissing`, which the window mentions quietly and tries again later.
Each device prunes only its own files: several laptops may share one stick.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlmodel import col

from app.core.backups import BackupError, write_backup
from app.core.clock import Clock
from app.core.i18n import N_
from app.core.records import Setting
from app.core.store.database import Database
from app.core.store.device import device_id
from app.core.sync.fork import forked_from

SETTINGS_KEY, LAST_KEY = "backup.settings", "backup.last"
DEFAULT_KEEP, MAX_KEEP = 7, 365
EVERY = timedelta(days=1)
SUFFIX = ".dfbackup"


class BackupFolderMissing(BackupError):
    pass


@dataclass(frozen=True)
class BackupSettings:
    folder: str = ""  # "" = no automatic backups
    keep: int = DEFAULT_KEEP


@dataclass(frozen=True)
class BackupDone:
    path: Path
    records: int
    removed: int  # older backups pruned


class BackupService:
    def __init__(self, db: Database, data_dir: Path, clock: Clock) -> None:
        self.db, self.data_dir, self.clock = db, data_dir, clock

    def settings(self) -> BackupSettings:
        raw = self._get(SETTINGS_KEY)
        if not isinstance(raw, dict):
            raw = {}
        keep = raw.get("keep", DEFAULT_KEEP)
        return BackupSettings(str(raw.get("folder", "")),
                              keep if isinstance(keep, int) and keep > 0 else DEFAULT_KEEP)

    def save_settings(self, folder: str, keep: int) -> None:
        if not 1 <= keep <= MAX_KEEP:
            raise BackupError(N_("Keep between 1 and 365 backups."))
        self._put(SETTINGS_KEY, {"folder": folder.strip(), "keep": keep})

    def last(self) -> datetime | None:
        value = self._get(LAST_KEY)
        return datetime.fromisoformat(value) if isinstance(value, str) else None

    def due(self) -> bool:
        """Whether a folder is chosen and the last backup is a day old (or none)."""
        if not self.settings().folder:
            return False
        last = self.last()
        return last is None or self.clock.now() - last >= EVERY

    def run(self, folder: str = "") -> BackupDone:
        """Back up into `folder` (default: the chosen one) and prune to the kept number."""
        settings = self.settings()
        chosen = (folder or settings.folder).strip()
        where = Path(chosen)
        if not chosen or not where.is_dir():
            raise BackupFolderMissing(N_("The backup folder {path} is not available (is "
                                         "the USB stick plugged in?)."), path=chosen)
        mine = f"defensoria-{device_id(self.db)[-8:]}-"
        for stale in where.glob(f"{mine}*.part*"):  # left by a backup cut short
            stale.unlink(missing_ok=True)
        target = where / f"{mine}{self.clock.now():%Y%m%d-%H%M%S}{SUFFIX}"
        records = write_backup(self.db, self.data_dir, target, self.clock)
        self._put(LAST_KEY, self.clock.now().isoformat())
        # Names sort by time; only complete files of this device count.
        ours = sorted(p for p in where.glob(f"{mine}*{SUFFIX}") if p.is_file())
        removed = 0
        for old in ours[:-settings.keep]:
            try:
                old.unlink()
                removed += 1
            except OSError:  # a read-only old copy stays; the new one is written
                continue
        return BackupDone(target, records, removed)

    def restored_unenrolled(self) -> bool:
        """Whether this store is a restored copy of an enrolled device, not yet
        enrolled again (app.core.sync.fork)."""
        note = forked_from(self.db)
        return bool(note and note.get("server_url"))

    def _get(self, key: str) -> object:
        with self.db.read() as s:
            row = s.execute(select(Setting.value).where(col(Setting.key) == key)).first()
        return None if row is None else row[0]

    def _put(self, key: str, value: object) -> None:
        stmt = insert(Setting).values(key=key, value=value)
        with self.db.write() as s:
            s.execute(stmt.on_conflict_do_update(index_elements=["key"],
                                                 set_={"value": stmt.excluded.value}))
