"""server initial schema

Revision ID: s0001
Revises:
"""

from alembic import op

from sync.server import schema

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

# The first revision creates the tables as defined when it was written; later revisions
# alter them explicitly.
TABLES = ("counter", "users", "devices", "login_failures", "docs", "push_log",
          "server_keys", "audit")


def upgrade() -> None:
    bind = op.get_bind()
    schema.metadata.create_all(bind, tables=[schema.metadata.tables[t] for t in TABLES])


def downgrade() -> None:
    bind = op.get_bind()
    schema.metadata.drop_all(bind, tables=[schema.metadata.tables[t] for t in TABLES])
