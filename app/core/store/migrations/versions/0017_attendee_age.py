"""attendee age: the age of a participant, asked of an adolescent who consents alone to
their name on an attendance list (LOPDP Art. 21: from 15; the age group says 12 to 17)

Revision ID: 0017
Revises: 0016
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("attendee", sa.Column("age", sa.Integer(), nullable=True))


def downgrade() -> None:
    # In place (SQLite ≥ 3.35), not batch: copying the table would break the triggers of
    # 0016 that name it (activity_count_*).
    op.drop_column("attendee", "age")
