"""work plans (POA, PTA) and their actions; a community activity may name its action

Revision ID: 0014
Revises: 0013

The new tables carry the digest triggers of every synced table (0006). The activity's
`plan_action_id` is an ALTER TABLE: no table copy.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

P = 2 ** 61 - 1
NEW = "sync_hash(NEW.id, NEW.server_version)"
OLD = "sync_hash(OLD.id, OLD.server_version)"


def _system_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sqlmodel.AutoString(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def _digest_triggers(table: str) -> None:
    """As 0006 made them for the tables of its time."""
    op.execute(
        f'CREATE TRIGGER {table}_digest_ai AFTER INSERT ON "{table}" '
        "WHEN NEW.server_version IS NOT NULL BEGIN "
        f"UPDATE sync_digest SET n = n + 1, s = (s + {NEW}) % {P} WHERE k = 1; END")
    op.execute(
        f'CREATE TRIGGER {table}_digest_ad AFTER DELETE ON "{table}" '
        "WHEN OLD.server_version IS NOT NULL BEGIN "
        f"UPDATE sync_digest SET n = n - 1, s = (s - {OLD} + {P}) % {P} WHERE k = 1; "
        "END")
    op.execute(
        f'CREATE TRIGGER {table}_digest_au AFTER UPDATE OF server_version, id '
        f'ON "{table}" WHEN OLD.server_version IS NOT NEW.server_version '
        "OR OLD.id IS NOT NEW.id BEGIN "
        "UPDATE sync_digest SET n = n + (NEW.server_version IS NOT NULL) "
        "- (OLD.server_version IS NOT NULL), "
        f"s = (s + coalesce({NEW}, 0) - coalesce({OLD}, 0) + {P}) % {P} WHERE k = 1; "
        "END")


def upgrade() -> None:
    op.create_table(
        "plan",
        *_system_columns(),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("parish", sqlmodel.AutoString(length=8), nullable=False),
        sa.Column("title", sqlmodel.AutoString(), nullable=False),
        sa.Column("strategic_objective", sqlmodel.AutoString(), nullable=False),
        sa.Column("specific_objectives", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_year"), ["year"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_parish"), ["parish"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_server_version"), ["server_version"],
                              unique=False)
    op.create_table(
        "plan_action",
        *_system_columns(),
        sa.Column("plan_id", sqlmodel.AutoString(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("line", sqlmodel.AutoString(), nullable=False),
        sa.Column("responsible", sqlmodel.AutoString(), nullable=False),
        sa.Column("aspects_to_keep", sqlmodel.AutoString(), nullable=False),
        sa.Column("aspects_to_correct", sqlmodel.AutoString(), nullable=False),
        sa.Column("proposed_action", sqlmodel.AutoString(), nullable=False),
        sa.Column("months", sa.JSON(), nullable=False),
        sa.Column("activity_type", sqlmodel.AutoString(), nullable=False),
        sa.Column("target_events", sa.Integer(), nullable=True),
        sa.Column("target_participants", sa.JSON(), nullable=False),
        sa.Column("budget_cents", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_action_plan_id"), ["plan_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_plan_action_server_version"),
                              ["server_version"], unique=False)
    for table in ("plan", "plan_action"):
        _digest_triggers(table)
    op.add_column("activity", sa.Column("plan_action_id", sqlmodel.AutoString(length=36),
                                        nullable=True))
    op.create_index("ix_activity_plan_action_id", "activity", ["plan_action_id"])


def downgrade() -> None:
    op.drop_index("ix_activity_plan_action_id", table_name="activity")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("plan_action_id")
    for table in ("plan", "plan_action"):
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_digest_{suffix}")
    op.drop_table("plan_action")
    op.drop_table("plan")
