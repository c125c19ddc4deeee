"""hardening: enrollment epochs, content hashes in the push log, expiring tokens, login
throttling per source, the USB-bundle private keys out of the database

Revision ID: s0005
Revises: s0004
"""

import json

import sqlalchemy as sa
from alembic import context, op

revision = "s0005"
down_revision = "s0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("epoch", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("token_issued_at", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("prev_token_hash", sa.String(64)))
        batch.add_column(sa.Column("prev_token_issued_at", sa.DateTime(timezone=True)))
        batch.create_unique_constraint("uq_devices_prev_token_hash", ["prev_token_hash"])
    with op.batch_alter_table("push_batches") as batch:
        batch.add_column(sa.Column("epoch", sa.Integer, nullable=False, server_default="0"))
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(160), primary_key=True),
        sa.Column("username", sa.String(80), nullable=False, server_default=""),
        sa.Column("tokens", sa.Float, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_login_throttle_username", "login_throttle", ["username"])
    op.create_index("ix_login_throttle_updated_at", "login_throttle", ["updated_at"])
    op.drop_table("login_failures")
    public = op.create_table(
        "public_keys",
        sa.Column("name", sa.String(16), primary_key=True),
        sa.Column("value", sa.String(200), nullable=False),
    )
    # The bundle key pair leaves the database for a file the server owns (0600).
    old = sa.table("server_keys", sa.column("name"), sa.column("private_key"))
    stored = op.get_bind().execute(
        sa.select(old.c.private_key).where(old.c.name == "bundle")).scalar()
    if stored is not None:
        from sync.bundle import public_of
        from sync.server.keys import write_key_file

        private = json.loads(stored)
        path = context.config.attributes["bundle_key_path"]
        if path.exists() and json.loads(path.read_text(encoding="utf-8")) != private:
            raise RuntimeError(f"{path} holds another USB-bundle key than the database")
        write_key_file(path, private)
        op.bulk_insert(public, [{"name": k, "value": v}
                                for k, v in public_of(private).items()])
    op.drop_table("server_keys")


def downgrade() -> None:
    raise NotImplementedError("the server's schema only moves forward")
