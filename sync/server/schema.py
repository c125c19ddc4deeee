"""Server tables (SQLAlchemy Core): users, devices, documents, change feed, push log.

Every synced record is stored as one generic document: its type, id, the global version
of its latest change, its JSON data, per-field (version, device) stamps for field-level
merges, and the scope columns (parish, case, Junta visibility) that pull filters on.
`docs.version` is the change feed: unique, allocated under the `counter` row lock, so
versions become visible in increasing order (sync invariant 4).
"""

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

counter = Table(
    "counter", metadata,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

users = Table(
    "users", metadata,
    Column("username", String(80), primary_key=True),
    Column("password_hash", String(200), nullable=False),
    Column("role", String(16), nullable=False),
    Column("parish", String(8), nullable=False, default=""),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

devices = Table(
    "devices", metadata,
    Column("id", String(36), primary_key=True),
    Column("username", String(80), nullable=False, index=True),
    Column("name", String(120), nullable=False, default=""),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("sign_key", String(200), nullable=False, default=""),
    Column("box_key", String(200), nullable=False, default=""),
    Column("revoked", Boolean, nullable=False, default=False),
    Column("enrolled_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True), nullable=True),
    # When the device last received its whole change feed (a pull to its end, or a USB
    # bundle answered): its last successful sync, which the Consejo follows.
    Column("synced_at", DateTime(timezone=True), nullable=True),
)

login_failures = Table(
    "login_failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(80), nullable=False, index=True),
    Column("at", DateTime(timezone=True), nullable=False),
)

docs = Table(
    "docs", metadata,
    Column("id", String(36), primary_key=True),
    Column("type", String(40), nullable=False),
    Column("version", BigInteger, nullable=False, unique=True),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("data", Text, nullable=False),
    Column("field_meta", JSON, nullable=False),
    Column("parish", String(8), nullable=False, default=""),
    Column("case_id", String(36), nullable=True),
    Column("junta", Boolean, nullable=False, default=False),
)
Index("ix_docs_parish_version", docs.c.parish, docs.c.version)
Index("ix_docs_junta_version", docs.c.junta, docs.c.version)
Index("ix_docs_case", docs.c.case_id)

# The push log (sync invariant 2): the results of each applied batch, by device and seq
# range, so that a replayed (device, seq) is answered again without being applied again.
push_batches = Table(
    "push_batches", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("device_id", String(36), nullable=False),
    Column("first_seq", BigInteger, nullable=False),
    Column("last_seq", BigInteger, nullable=False),
    Column("results", Text, nullable=False),  # JSON: [{seq, status, reason, version}]
)
Index("ix_push_batches_device_last", push_batches.c.device_id, push_batches.c.last_seq)

server_keys = Table(
    "server_keys", metadata,
    Column("name", String(16), primary_key=True),
    Column("private_key", String(200), nullable=False),
)

audit = Table(
    "audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("username", String(80), nullable=False),
    Column("device_id", String(36), nullable=False, default=""),
    Column("action", String(24), nullable=False),
    Column("detail", Text, nullable=False, default=""),
)
