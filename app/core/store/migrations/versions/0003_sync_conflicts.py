"""conflict records from sync

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    text = sqlmodel.AutoString
    op.create_table(
        "conflict",
        sa.Column("id", text(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_by", text(), nullable=False),
        sa.Column("created_device", text(), nullable=False),
        sa.Column("created_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("updated_by", text(), nullable=False),
        sa.Column("updated_device", text(), nullable=False),
        sa.Column("updated_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("target_type", text(), nullable=False),
        sa.Column("target_id", text(), nullable=False),
        sa.Column("field", text(), nullable=False),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("other_value", sa.JSON(), nullable=True),
        sa.Column("other_by", text(), nullable=False),
        sa.Column("other_device", text(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("resolution", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index("ix_conflict_server_version", ["server_version"])
        batch_op.create_index("ix_conflict_target_id", ["target_id"])
        batch_op.create_index("ix_conflict_resolved", ["resolved"])


def downgrade() -> None:
    op.drop_table("conflict")
