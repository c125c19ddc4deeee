"""The models and the migrations describe one schema, for the desktop and for the server.

Each store is built the way it is in use (the migrations to their head) and compared
with the models by Alembic's autogenerate, types and server defaults included: a column,
index or default added to a model without a migration (or the reverse) fails here.
The server's first migration is frozen: it never builds a table from the live schema.
"""

import ast
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, MetaData
from sqlmodel import SQLModel

from app.core.clock import FixedClock
from app.core.records import SYNCED_TYPES
from app.core.workspace import Workspace
from sync.server import schema
from sync.server.migrate import MIGRATIONS_DIR, upgrade
from sync.server.store import ServerStore

# The search index (migration 0002): FTS5 virtual tables and their shadow tables, made in
# SQL because SQLAlchemy has no model for them.
FTS_TABLES = ("person_fts", "case_fts")


def _unquoted(text: str | None) -> str | None:
    return text.strip("()").strip("'\"") if text is not None else None


def _same_default(_context: MigrationContext, _inspected: Column, _model: Column,
                  inspected: str | None, _metadata: Any, rendered: str | None) -> bool | None:
    """Alembic compares SQLite's '' with the model's '' as different: a quoting detail."""
    if _unquoted(inspected) == _unquoted(rendered) == "":
        return False
    return None  # Alembic's own comparison


def differences(conn: Any, metadata: MetaData, **opts: Any) -> list[Any]:
    context = MigrationContext.configure(conn, opts={
        "compare_type": True, "compare_server_default": _same_default, **opts})
    return compare_metadata(context, metadata)


def _not_search_index(_object: Any, name: str | None, kind: str, reflected: bool,
                      _compare_to: Any) -> bool:
    return not (kind == "table" and reflected and name is not None
                and name.startswith(FTS_TABLES))


def test_the_desktop_models_match_its_migrations(workspace: Workspace) -> None:
    """On the real SQLCipher file a new data folder gets."""
    # Importing the records registered every table on SQLModel's metadata.
    assert {m.__tablename__ for m in SYNCED_TYPES.values()} <= set(SQLModel.metadata.tables)
    with workspace.db.engine.connect() as conn:
        found = differences(conn, SQLModel.metadata, include_object=_not_search_index)
    assert found == []


@pytest.fixture(params=["sqlite", "postgresql"])
def server_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    return request.getfixturevalue("pg_base_url")


def test_the_server_schema_matches_its_migrations(server_url: str, clock: FixedClock) -> None:
    store = ServerStore(server_url, clock)
    try:
        upgrade(store)
        with store.engine.connect() as conn:
            found = differences(conn, schema.metadata,
                                version_table="server_alembic_version")
    finally:
        store.dispose()
    assert found == []


def test_no_server_migration_builds_tables_from_the_live_schema() -> None:
    """A migration that imported schema.py would change with it: the first column added
    to `docs` would break every new server's first migration."""
    for path in sorted((MIGRATIONS_DIR / "versions").glob("s*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and node.module}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree)
                     if isinstance(node, ast.ImportFrom) and node.module
                     for alias in node.names}
        assert not {"sync.server.schema", "sync.server.releases"} & imported, path.name
        assert "create_all" not in path.read_text(encoding="utf-8"), path.name
