"""log entries keep their own moment; answers a user has read

Revision ID: 0004
Revises: 0003

`recorded_at` on case notes and referral steps: when the author wrote them, as content,
so a sync never re-dates them (the server re-stamps created_at). Older entries keep
NULL and are read by their created_at. `answer_seen` is local: the referral answers each
user of this device has read.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("case_note", "referral_status"):  # ALTER TABLE: no table copy
        op.add_column(table, sa.Column("recorded_at", sqlmodel.UTCDateTime(),
                                       nullable=True))
    text = sqlmodel.AutoString
    op.create_table(
        "answer_seen",
        sa.Column("username", text(), nullable=False),
        sa.Column("step_id", text(), nullable=False),
        sa.PrimaryKeyConstraint("username", "step_id"),
    )


def downgrade() -> None:
    op.drop_table("answer_seen")
    for table in ("case_note", "referral_status"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("recorded_at")
