"""push log: one row per applied batch (its results as JSON) instead of one per change

Revision ID: s0003
Revises: s0002
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    batches = op.create_table(
        "push_batches",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("first_seq", sa.BigInteger, nullable=False),
        sa.Column("last_seq", sa.BigInteger, nullable=False),
        sa.Column("results", sa.Text, nullable=False),
    )
    op.create_index("ix_push_batches_device_last", "push_batches",
                    ["device_id", "last_seq"])
    # Each logged change of the old table becomes a batch of one: replays stay answered.
    old = sa.table("push_log", sa.column("device_id"), sa.column("seq"),
                   sa.column("status"), sa.column("reason"), sa.column("version"))
    conn = op.get_bind()
    rows = [{"device_id": r.device_id, "first_seq": r.seq, "last_seq": r.seq,
             "results": json.dumps([{"seq": r.seq, "status": r.status, "reason": r.reason,
                                     "version": r.version}])}
            for r in conn.execute(sa.select(old))]
    for start in range(0, len(rows), 5000):
        op.bulk_insert(batches, rows[start:start + 5000])
    op.drop_table("push_log")


def downgrade() -> None:
    raise NotImplementedError("the server's schema only moves forward")
