"""retention: the Consejo's retention policy per record type

Revision ID: s0014
Revises: s0012
"""

import sqlalchemy as sa
from alembic import op

revision = "s0014"
down_revision = "s0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "retention_rules",
        sa.Column("record_type", sa.String(40), primary_key=True),
        sa.Column("after_years", sa.Integer, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("set_by", sa.String(80), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("the server's schema only moves forward")
