"""a person's requests about their data (access, rectification, deletion, objection)

Revision ID: 0013
Revises: 0009

A synced table like the others, with the digest triggers of migration 0006.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0013"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLE = "data_request"
P = 2 ** 61 - 1
NEW = "sync_hash(NEW.id, NEW.server_version)"
OLD = "sync_hash(OLD.id, OLD.server_version)"
S = sqlmodel.AutoString


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", S(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_by", S(), nullable=False),
        sa.Column("created_device", S(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", S(), nullable=False),
        sa.Column("updated_device", S(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("person_id", S(), nullable=False),
        sa.Column("kind", S(), nullable=False),
        sa.Column("requested_by", S(), nullable=False),
        sa.Column("representative_name", S(), nullable=False),
        sa.Column("representative_relation", S(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", S(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("note", S(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        for name in ("server_version", "person_id", "due_on", "status"):
            batch_op.create_index(batch_op.f(f"ix_{TABLE}_{name}"), [name], unique=False)
    op.execute(
        f'CREATE TRIGGER {TABLE}_digest_ai AFTER INSERT ON "{TABLE}" '
        "WHEN NEW.server_version IS NOT NULL BEGIN "
        f"UPDATE sync_digest SET n = n + 1, s = (s + {NEW}) % {P} WHERE k = 1; END")
    op.execute(
        f'CREATE TRIGGER {TABLE}_digest_ad AFTER DELETE ON "{TABLE}" '
        "WHEN OLD.server_version IS NOT NULL BEGIN "
        f"UPDATE sync_digest SET n = n - 1, s = (s - {OLD} + {P}) % {P} WHERE k = 1; END")
    op.execute(
        f'CREATE TRIGGER {TABLE}_digest_au AFTER UPDATE OF server_version, id '
        f'ON "{TABLE}" WHEN OLD.server_version IS NOT NEW.server_version '
        "OR OLD.id IS NOT NEW.id BEGIN "
        "UPDATE sync_digest SET n = n + (NEW.server_version IS NOT NULL) "
        "- (OLD.server_version IS NOT NULL), "
        f"s = (s + coalesce({NEW}, 0) - coalesce({OLD}, 0) + {P}) % {P} WHERE k = 1; END")


def downgrade() -> None:
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_digest_{suffix}")
    op.drop_table(TABLE)
