"""Server schema migrations (Alembic, its own folder and version table)."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import insert, select

from sync.server.keys import bundle_key_path
from sync.server.schema import counter
from sync.server.store import ServerStore

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def upgrade(store: ServerStore) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with store.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        cfg.attributes["bundle_key_path"] = bundle_key_path(store)
        command.upgrade(cfg, "head")
        conn.commit()
    with store.write() as conn:
        if conn.execute(select(counter.c.value).where(counter.c.name == "version")).first() \
                is None:
            conn.execute(insert(counter).values(name="version", value=0))
