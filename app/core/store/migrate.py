"""Schema migrations at start-up, each after an automatic backup of the file."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text

from app.core.clock import Clock
from app.core.files import atomic_copy, private_folder
from app.core.i18n import N_
from app.core.store.database import Database, StoreError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Kept in code so that an up-to-date store opens without loading Alembic; a test checks it.
SCHEMA_HEAD = "0017"
BACKUPS_KEPT = 5


def current_revision(db: Database) -> str | None:
    with db.read() as s:
        has_table = s.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        )).first()
        if not has_table:
            return None
        return s.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def upgrade(db: Database, clock: Clock, target: str = "head") -> Path | None:
    """Bring the schema to `target`; returns the backup made first, if there was data."""
    revision = current_revision(db)
    if revision == SCHEMA_HEAD and target == "head":
        return None
    cfg = alembic_config()
    known = {script.revision for script in ScriptDirectory.from_config(cfg).walk_revisions()}
    if revision is not None and revision not in known:
        raise StoreError(N_("This data was written by a newer version of Defensoría. "
                            "Update the app to open it."))
    backup = backup_file(db, clock, f"before-{target}-from-{revision}") if revision else None
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        conn.commit()
    return backup


def backup_file(db: Database, clock: Clock, label: str) -> Path:
    """Copy the encrypted file (still encrypted) and the keyring that opens it into
    `backups/`, keeping the newest few. Old ones go by modification time, never the new
    one, whatever the device clock says."""
    db.checkpoint()
    folder = db.path.parent / "backups"
    private_folder(folder)  # copies of the store and of its keys: owner-only
    stamp = clock.now().astimezone().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db.path.stem}-{stamp}-{label}.db"
    atomic_copy(db.path, target)
    keyring = db.path.parent / "keyring.json"
    if keyring.exists():
        atomic_copy(keyring, target.with_suffix(".keyring.json"))
    older = sorted((p for p in folder.glob(f"{db.path.stem}-*.db") if p != target),
                   key=lambda p: p.stat().st_mtime)
    for old in older[:max(len(older) - (BACKUPS_KEPT - 1), 0)]:
        old.unlink()
        old.with_suffix(".keyring.json").unlink(missing_ok=True)
    return target
