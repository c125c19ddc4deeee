"""recovery key: the Consejo's public recovery key, handed to devices at enrollment

Revision ID: s0008
Revises: s0006
"""

import sqlalchemy as sa
from alembic import op

revision = "s0008"
down_revision = "s0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recovery_keys",
        sa.Column("public_key", sa.String(64), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("the server's schema only moves forward")
