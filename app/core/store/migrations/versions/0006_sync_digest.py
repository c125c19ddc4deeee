"""the digest of the synced rows the device holds

Revision ID: 0006
Revises: 0005

One row kept by triggers on every synced table: the count of rows with a server version
(tombstones included) and the sum, modulo 2**61-1, of a hash of each (id, version)
(`app/core/records/digest.py`; `sync_hash` is registered on every connection). Triggers,
not the app's code: a row deleted or changed behind the app's back changes it too, and a
no-op sync reads one row instead of scanning every table.
"""

import sqlalchemy as sa
from alembic import op

from app.core.records.digest import item_hash

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# As of this revision (a migration keeps its own copy: later code may change).
TABLES = ("household", "person", "consent", "case", "case_note", "visit", "mediation",
          "referral", "referral_status", "follow_up", "activity", "conflict")
P = 2 ** 61 - 1
NEW = "sync_hash(NEW.id, NEW.server_version)"
OLD = "sync_hash(OLD.id, OLD.server_version)"


def upgrade() -> None:
    op.create_table(
        "sync_digest",
        sa.Column("k", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("s", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("k"),
    )
    op.execute("INSERT INTO sync_digest (k, n, s) VALUES (1, 0, 0)")
    for table in TABLES:
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
    # Rows already synced: summed here (SQLite's sum() of such terms would overflow).
    conn = op.get_bind()
    count = total = 0
    for table in TABLES:
        for record_id, version in conn.exec_driver_sql(
                f'SELECT id, server_version FROM "{table}" WHERE server_version IS NOT NULL'):
            count += 1
            total += item_hash(record_id, version) or 0
    conn.exec_driver_sql("UPDATE sync_digest SET n = ?, s = ? WHERE k = 1",
                         (count, total % P))


def downgrade() -> None:
    for table in TABLES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_digest_{suffix}")
    op.drop_table("sync_digest")
