"""The SQLCipher engine: one encrypted file per data folder."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from app.core.errors import UserError
from app.core.i18n import N_
from app.core.records.digest import item_hash

DB_FILENAME = "defensoria.db"
ERASED = N_("The data on this computer was erased.")


class StoreError(UserError):
    """A failure the user must hear about."""


class DatabaseDamaged(StoreError):
    pass


def _keyed(path: Path, key: bytes) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    # SQLCipher would print decryption failures to stderr; we report them ourselves.
    conn.execute("PRAGMA cipher_log_level = NONE")
    # A raw key: the password was already stretched with Argon2id, so skip SQLCipher's KDF.
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_memory_security = OFF")
    return conn


def _connect(path: Path, key: bytes) -> sqlcipher.Connection:
    conn = _keyed(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        conn.close()
        raise DatabaseDamaged(N_(
            "The database file is damaged or was not made for these users. "
            "Restore it from a backup."
        )) from None
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 10000")
    # Temporary tables and sorts stay in memory: nothing decrypted ever reaches a temp file.
    conn.execute("PRAGMA temp_store = MEMORY")
    # Freed pages are zeroed: an erased person's old row leaves the file (issue 14).
    conn.execute("PRAGMA secure_delete = ON")
    # 8 MB of page cache per connection (SQLite's default is 2): up to eight pooled
    # connections must fit a 4 GB laptop; browsing 100,000 persons kept 32 MB each.
    conn.execute("PRAGMA cache_size = -8000")
    # The synced-rows digest's triggers (migration 0006) hash each (id, version) with it.
    conn.create_function("sync_hash", 2, item_hash, deterministic=True)
    return conn


def make_engine(path: Path, key: bytes,
                allowed: Callable[[], bool] = lambda: True) -> Engine:
    """`allowed()` is asked before every new connection: an erased store's engine must
    never connect again (SQLite would create an empty file in its place)."""

    def creator() -> sqlcipher.Connection:
        if not allowed():
            raise StoreError(ERASED)
        return _connect(path, key)

    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher,
        poolclass=QueuePool,
        # Errors must never carry names or document numbers into a message or a log.
        hide_parameters=True,
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # Writers take the lock up front, so two threads never deadlock upgrading a read.
        options = conn.get_execution_options()
        level = options.get("sqlite_sync", "FULL")
        info = conn.connection.info  # the pooled connection keeps its level
        if info.get("synchronous", "FULL") != level:
            conn.exec_driver_sql(f"PRAGMA synchronous = {level}")
            info["synchronous"] = level
        conn.exec_driver_sql(f"BEGIN {options.get('sqlite_begin', 'DEFERRED')}")

    return engine


class Database:
    """The opened store. Sessions from `read()` and `write()` are the only way in."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        # Kept for sealing it for the Consejo's recovery key at enrollment, and for
        # copy_to (a backup is keyed like the store).
        self.master_key = key
        self.closed = False
        # Every way in (sessions, the integrity check, backups, checkpoints, a worker
        # holding `engine`) gets its connection from here: none once erased.
        self.engine = make_engine(path, key, lambda: not self.closed)
        self._writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        # For bookkeeping a power cut may lose (a sync's time): WAL stays consistent,
        # the commit skips its fsync (~4 ms on a laptop's disk).
        self._light_writer = self._writer.execution_options(sqlite_sync="NORMAL")
        self.sealed = False

    def _check_open(self) -> None:
        # An erased store (a revoked device): a session would make an empty file in its
        # place.
        if self.closed:
            raise StoreError(ERASED)

    def seal(self) -> None:
        """Refuse every later write (a revoked device about to save its unsent work and
        erase itself); returns once any write already under way has committed, so what
        is read next is all there will be. `unseal` undoes it."""
        self.sealed = True
        with Session(self._writer) as session, session.begin():
            pass

    def unseal(self) -> None:
        self.sealed = False

    @contextmanager
    def read(self) -> Iterator[Session]:
        self._check_open()
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def write(self, durable: bool = True) -> Iterator[Session]:
        """One transaction: the record, its outbox entry and its audit event commit
        together. `durable=False` only for what may be lost to a power cut unharmed."""
        self._check_open()
        if self.sealed:
            raise StoreError(N_("This device was revoked: nothing more can be saved on it."))
        engine = self._writer if durable else self._light_writer
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session

    def check_integrity(self) -> None:
        self._check_open()
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
            conn.rollback()
        if [r[0] for r in rows] != ["ok"]:
            raise DatabaseDamaged(N_("The database file is damaged. Restore it from a backup."))

    def checkpoint(self) -> None:
        self._check_open()
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.rollback()

    def copy_to(self, target: Path, count_sql: str = "", method: str = "backup") -> int:
        """Write an encrypted copy of the store to `target` (a new, empty file) under the
        same key, while the app keeps working; returns `count_sql`'s answer on the copied
        snapshot (0 without). `backup` is SQLite's online backup (a page copy: the fast
        one, see bench/backup.py); `export` is sqlcipher_export, kept for comparison."""
        self._check_open()
        raw = self.engine.raw_connection()
        source = raw.driver_connection
        assert source is not None
        attached = False
        try:
            if method == "export":  # ATTACH cannot run inside a transaction
                source.execute("ATTACH DATABASE ? AS copy KEY ?",
                               (str(target), f"x'{self.master_key.hex()}'"))
                attached = True
            # One read transaction: the count and the copy see the same snapshot.
            source.execute("BEGIN")
            counted = source.execute(count_sql).fetchone()[0] if count_sql else 0
            if method == "export":
                source.execute("SELECT sqlcipher_export('copy')")
            else:
                dest = _keyed(target, self.master_key)
                try:
                    source.backup(dest)
                finally:
                    dest.close()
        finally:
            if source.in_transaction:
                source.execute("COMMIT")
            if attached:
                source.execute("DETACH DATABASE copy")
            raw.close()
        return int(counted)

    def open_copy(self, path: Path) -> "Database":
        """Another store file under this store's key (a backup being verified)."""
        return Database(path, self.master_key)

    def close(self, *, erasing: bool = False) -> None:
        """`erasing`: the files go next, so no later session may reopen (recreate) them."""
        self.closed = self.closed or erasing
        self.engine.dispose()
