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
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
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
    # Each enrollment of the device id starts a new epoch: the push log of an earlier
    # enrollment never answers this one's seqs with another content's result.
    Column("epoch", Integer, nullable=False, default=0, server_default="0"),
    Column("token_issued_at", DateTime(timezone=True), nullable=True),
    # The token replaced at the latest rotation, accepted until it would have expired:
    # a device that lost the rotation's answer still gets in, and rotates again.
    Column("prev_token_hash", String(64), nullable=True, unique=True),
    Column("prev_token_issued_at", DateTime(timezone=True), nullable=True),
)

# Login throttling (auth.py): token buckets per source address and per (source, user),
# taken under a row lock so simultaneous attempts are counted one by one.
login_throttle = Table(
    "login_throttle", metadata,
    Column("key", String(160), primary_key=True),
    Column("username", String(80), nullable=False, default="", server_default="",
           index=True),
    Column("tokens", Float, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False, index=True),
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
    # The one promoter who reads it, "" for the whole parish (scope.Scope.holder).
    Column("holder", String(80), nullable=False, default="", server_default=""),
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
    # JSON: [{seq, status, reason, version, hash}]; hash: of the change's content.
    Column("results", Text, nullable=False),
    Column("epoch", Integer, nullable=False, default=0, server_default="0"),
)
Index("ix_push_batches_device_last", push_batches.c.device_id, push_batches.c.last_seq)

# Public keys of the server's USB-bundle key pair ("sign", "box"); the private keys are a
# file (keys.py), never in the database.
public_keys = Table(
    "public_keys", metadata,
    Column("name", String(16), primary_key=True),
    Column("value", String(200), nullable=False),
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

# What devices did with records that the server cannot see for itself: a case opened, a
# document printed, an export made (app/core/records/local.py AuditEvent), sent at sync
# or in a USB bundle. One row per device event, keyed by the event's own id, so a
# replayed upload stores nothing twice; never a value, only which record.
device_audit = Table(
    "device_audit", metadata,
    Column("id", String(36), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("username", String(80), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("action", String(24), nullable=False),
    Column("record_type", String(40), nullable=False),
    Column("record_id", String(36), nullable=False, default=""),
    Column("received_at", DateTime(timezone=True), nullable=False),
    # The actor the device named when it was not the device's user (device_audit.py):
    # the event is kept under the device's user, with the claim beside it. "" otherwise.
    Column("claimed_actor", String(80), nullable=False, default="", server_default=""),
)
Index("ix_device_audit_record", device_audit.c.record_id)

# Installers the server publishes (releases.py): the public keys that signed them, and
# each installer's bytes in chunks, so that every server process can serve them.
release_signers = Table(
    "release_signers", metadata,
    Column("public_key", String(64), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
# The Consejo's recovery public key (X25519, base64): devices seal their store's key for
# it at enrollment. Its private half is a file the Consejo keeps, never on the server.
recovery_keys = Table(
    "recovery_keys", metadata,
    Column("public_key", String(64), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
releases = Table(
    "releases", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", String(32), nullable=False),
    Column("version", String(32), nullable=False),
    Column("filename", String(200), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("signature", String(120), nullable=False),
    Column("public_key", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("platform", "version", name="uq_release_platform_version"),
)
release_chunks = Table(
    "release_chunks", metadata,
    Column("release_id", Integer, ForeignKey("releases.id", ondelete="CASCADE"),
           primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

# The Consejo's retention policy (retention.py): per record type, after how many years
# its records are anonymised or erased. No row, no retention: nothing is applied until
# the Consejo sets it (docs/RETENTION.md).
retention_rules = Table(
    "retention_rules", metadata,
    Column("record_type", String(40), primary_key=True),
    Column("after_years", Integer, nullable=False),
    Column("action", String(16), nullable=False),
    Column("set_by", String(80), nullable=False, default=""),
    Column("set_at", DateTime(timezone=True), nullable=False),
)
