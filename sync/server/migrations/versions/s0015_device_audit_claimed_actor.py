"""device audit claimed actor: an event's actor is the device's user; a different name
the device sent is kept beside it (device_audit.py)

Revision ID: s0015
Revises: s0014
"""

import sqlalchemy as sa
from alembic import op

revision = "s0015"
down_revision = "s0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("device_audit", sa.Column("claimed_actor", sa.String(80), nullable=False,
                                            server_default=""))


def downgrade() -> None:
    raise NotImplementedError("the server's schema only moves forward")
