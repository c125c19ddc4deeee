"""trainings: an activity's hours and its attendance list (attendee), with the counts
derived from the list on every device

Revision ID: 0016
Revises: 0014

An activity with a list (any attendee row, live or removed) has its `attendance` counts
recomputed from the list by triggers: when a participant is added, changed or removed,
and when a pulled copy of the activity brings other counts. Every device derives the
same counts from the same synced list, so two promoters adding participants offline never
edit one value twice. (recursive_triggers is off: the activity's own trigger does not
fire again on its update.)
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0016"
down_revision = "0014"
branch_labels = None
depends_on = None

P = 2 ** 61 - 1
NEW = "sync_hash(NEW.id, NEW.server_version)"
OLD = "sync_hash(OLD.id, OLD.server_version)"
GROUPS = ("ninez", "adolescencia", "adultos", "adultos_mayores")
SEXES = (("mujeres", "mujer"), ("hombres", "hombre"))


def counts(activity: str) -> str:
    """The attendance JSON of an activity's live list, every key present."""
    pairs = ", ".join(
        f"'{group}_{key}', (SELECT COUNT(*) FROM attendee AS t WHERE t.activity_id = "
        f"{activity} AND NOT t.deleted AND t.age_group = '{group}' AND t.sex = '{sex}')"
        for group in GROUPS for key, sex in SEXES)
    return f"json_object({pairs})"


def recount(activity: str) -> str:
    return (f"UPDATE activity SET attendance = {counts(activity)} WHERE id = {activity} "
            f"AND EXISTS (SELECT 1 FROM attendee AS e WHERE e.activity_id = {activity});")


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


COUNT_TRIGGERS = {
    "attendee_count_ai": f"AFTER INSERT ON attendee BEGIN {recount('NEW.activity_id')} END",
    "attendee_count_au": "AFTER UPDATE OF deleted, sex, age_group, activity_id ON attendee "
                         f"BEGIN {recount('NEW.activity_id')} {recount('OLD.activity_id')} "
                         "END",
    "attendee_count_ad": f"AFTER DELETE ON attendee BEGIN {recount('OLD.activity_id')} END",
    "activity_count_ai": f"AFTER INSERT ON activity BEGIN {recount('NEW.id')} END",
    "activity_count_au": f"AFTER UPDATE OF attendance ON activity BEGIN {recount('NEW.id')} "
                         "END",
}


def upgrade() -> None:
    op.add_column("activity", sa.Column("hours", sa.Float(), nullable=True))
    op.create_table(
        "attendee",
        *_system_columns(),
        sa.Column("activity_id", sqlmodel.AutoString(length=36), nullable=False),
        sa.Column("sex", sqlmodel.AutoString(), nullable=False),
        sa.Column("age_group", sqlmodel.AutoString(), nullable=False),
        sa.Column("given_names", sqlmodel.AutoString(), nullable=False),
        sa.Column("surnames", sqlmodel.AutoString(), nullable=False),
        sa.Column("name_consent", sqlmodel.AutoString(), nullable=False),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_attendee_activity_id", "attendee", ["activity_id"])
    op.create_index("ix_attendee_server_version", "attendee", ["server_version"])
    _digest_triggers("attendee")
    for name, body in COUNT_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in COUNT_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS attendee_digest_{suffix}")
    op.drop_table("attendee")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("hours")
