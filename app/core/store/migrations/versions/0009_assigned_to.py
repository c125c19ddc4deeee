"""the promoter responsible for a case, a planned visit, a follow-up or a referral

Revision ID: 0009
Revises: 0006

`assigned_to` is synced content: an administrator's caseload reassignment writes it on
the server as a new version of each record, which devices receive at their next pull.
Empty means the record's author is responsible. ALTER TABLE: no table copy.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0009"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = ("case", "visit", "referral", "follow_up")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("assigned_to", sqlmodel.AutoString(length=80),
                                       nullable=False, server_default=""))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("assigned_to")
