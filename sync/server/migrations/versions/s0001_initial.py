"""server initial schema

Revision ID: s0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

# Frozen: every table as it was when this revision was written, whatever schema.py says
# today (a column added there must come with a revision of its own). Later revisions
# alter them explicitly: s0003 replaces push_log, s0004 and s0005 change devices, s0005
# replaces login_failures and server_keys.


def upgrade() -> None:
    op.create_table(
        "counter",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("username", sa.String(80), primary_key=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("parish", sa.String(8), nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "docs",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("version", sa.BigInteger, nullable=False, unique=True),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("field_meta", sa.JSON, nullable=False),
        sa.Column("parish", sa.String(8), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=True),
        sa.Column("junta", sa.Boolean, nullable=False),
    )
    op.create_index("ix_docs_parish_version", "docs", ["parish", "version"])
    op.create_index("ix_docs_junta_version", "docs", ["junta", "version"])
    op.create_index("ix_docs_case", "docs", ["case_id"])
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("username", sa.String(80), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("action", sa.String(24), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
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
