"""device audit: the devices' own events (opened, printed, exported), sent at sync

Revision ID: s0012
Revises: s0010
"""

import sqlalchemy as sa
from alembic import op

revision = "s0012"
down_revision = "s0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_audit",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("username", sa.String(80), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(24), nullable=False),
        sa.Column("record_type", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_device_audit_record", "device_audit", ["record_id"])


def downgrade() -> None:
    raise NotImplementedError("the server's schema only moves forward")
