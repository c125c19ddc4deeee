"""server initial schema

Revision ID: s0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from sync.server import schema

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

# The first revision creates the tables as defined when it was written (those unchanged
# since, from the schema module); later revisions alter them explicitly.
TABLES = ("counter", "users", "docs", "audit")


def upgrade() -> None:
    bind = op.get_bind()
    schema.metadata.create_all(bind, tables=[schema.metadata.tables[t] for t in TABLES])
    # As they were then: s0004 and s0005 change devices; s0005 replaces the other two.
    op.create_table(
        "devices",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("username", sa.String(80), nullable=False, index=True),
        sa.Column("name", sa.String(120), nullable=False, default=""),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("sign_key", sa.String(200), nullable=False, default=""),
        sa.Column("box_key", sa.String(200), nullable=False, default=""),
        sa.Column("revoked", sa.Boolean, nullable=False, default=False),
        sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(80), nullable=False, index=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "server_keys",
        sa.Column("name", sa.String(16), primary_key=True),
        sa.Column("private_key", sa.String(200), nullable=False),
    )
    op.create_table(  # replaced by push_batches in s0003
        "push_log",
        sa.Column("device_id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.BigInteger, primary_key=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("reason", sa.String(40), nullable=False),
        sa.Column("version", sa.BigInteger, nullable=True),
    )


def downgrade() -> None:
    raise NotImplementedError("the server's schema only moves forward")
