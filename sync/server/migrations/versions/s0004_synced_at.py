"""devices.synced_at: when each device last received its whole change feed

Revision ID: s0004
Revises: s0003
"""

import sqlalchemy as sa
from alembic import op

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("devices", sa.Column("synced_at", sa.DateTime(timezone=True),
                                       nullable=True))


def downgrade() -> None:
    raise NotImplementedError("the server's schema only moves forward")
