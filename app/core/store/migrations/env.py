"""Alembic environment: runs on the already-open, already-keyed connection."""

from alembic import context
from sqlmodel import SQLModel

import app.core.records  # noqa: F401  (registers every table on the metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
