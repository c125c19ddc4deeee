"""Schema migrations at start-up, each after an automatic backup of the file."""

import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from app.core.store.database import Database

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Kept in code so that an up-to-date store opens without loading Alembic; a test checks it.
SCHEMA_HEAD = "0003"
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


def upgrade(db: Database, target: str = "head") -> Path | None:
    """Bring the schema to `target`; returns the backup made first, if there was data."""
    revision = current_revision(db)
    if revision == SCHEMA_HEAD and target == "head":
        return None
    backup = backup_file(db, f"before-{target}-from-{revision}") if revision else None
    cfg = alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        conn.commit()
    return backup


def backup_file(db: Database, label: str) -> Path:
    """Copy the encrypted file (still encrypted) into `backups/`, keeping the newest few."""
    db.checkpoint()
    folder = db.path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db.path.stem}-{stamp}-{label}.db"
    shutil.copy2(db.path, target)
    for old in sorted(folder.glob(f"{db.path.stem}-*.db"))[:-BACKUPS_KEPT]:
        old.unlink()
    return target
