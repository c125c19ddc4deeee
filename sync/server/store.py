"""The server's database: engine set-up for SQLite or PostgreSQL, and write transactions.

All state lives in the database, so several server processes can share one PostgreSQL.
Writers that allocate versions take the `counter` row lock (PostgreSQL) or the SQLite
write lock (BEGIN IMMEDIATE) and hold it until commit: versions become visible in
increasing order, and a pull cursor never jumps over a change committed late.
"""

import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
import pydantic_core
from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Connection,
    Engine,
    String,
    Table,
    any_,
    cast,
    create_engine,
    event,
    select,
    update,
)
from sqlalchemy.engine import make_url

from app.core.clock import Clock
from app.core.files import PRIVATE, private_folder
from sync.server.schema import counter


def to_text(value: Any) -> str:
    """Compact JSON text, from pydantic-core's encoder: several times faster than the
    standard library's on the documents a large push writes."""
    return pydantic_core.to_json(value).decode()


def default_db_url() -> str:
    folder = platformdirs.user_data_path("defensoria-server", "CCPD-Ambato")
    private_folder(folder)
    folder.chmod(0o700)  # ours alone: it holds the database and the keys
    return f"sqlite:///{folder / 'server.db'}"


def private_database(path: Path) -> None:
    """The SQLite file owner-only before SQLite opens it: SQLite gives its WAL and SHM
    files the database file's mode, so those are owner-only too. A file an older version
    left readable by others is closed down."""
    private_folder(path.parent)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE))
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if name.exists() and name.stat().st_mode & 0o077:
            name.chmod(PRIVATE)


def sqlite_file(url: str) -> Path | None:
    """The database file a SQLite URL names; None for another database or in memory."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def make_engine(url: str) -> Engine:
    # hide_parameters: a database error's message (and its traceback in the log) never
    # shows the statement's values, which are records' JSON, names and token hashes.
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            private_database(Path(parsed.database))
        engine = create_engine(url, hide_parameters=True, connect_args={
            "check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA busy_timeout = 30000")
            # Deleted and overwritten content is zeroed in the file (erasure, LOPDP).
            cur.execute("PRAGMA secure_delete = ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    return create_engine(url, hide_parameters=True, pool_size=10, max_overflow=20,
                         pool_pre_ping=True)


class ServerStore:
    """The database and the server's clock: what every request handler is given."""

    def __init__(self, url: str, clock: Clock) -> None:
        self.url, self.clock = url, clock
        self.engine = make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        # Scope digests by scope key, with their version head: a cache (digest.py).
        self.digests: dict[str, Any] = {}
        # Called by the pull between its last page and that page's digest (feed.py):
        # where a test lands a concurrent push, deterministically.
        self.between_page_and_digest: Callable[[], None] = lambda: None

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A read transaction whose statements all see one snapshot. SQLite's read
        transaction already is one (from its first read); PostgreSQL's default READ
        COMMITTED gives each statement its own, so it asks for REPEATABLE READ."""
        if self.is_sqlite:
            with self.read() as conn:
                yield conn
            return
        engine = self.engine.execution_options(isolation_level="REPEATABLE READ")
        with engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self._writer.connect() as conn, conn.begin():
            yield conn

    def allocate(self, conn: Connection, count: int) -> int:
        """Reserve `count` versions; returns the first. Holds the counter lock to commit."""
        last = conn.execute(
            update(counter).where(counter.c.name == "version")
            .values(value=counter.c.value + count).returning(counter.c.value)
        ).scalar_one()
        return last - count + 1

    def lock_versions(self, conn: Connection) -> int:
        """Take the version lock for the rest of the transaction; returns the next version.

        Pushes serialise on it (a duplicated delivery waits, then replays from the log);
        pulls never take it.
        """
        query = select(counter.c.value).where(counter.c.name == "version")
        if not self.is_sqlite:
            query = query.with_for_update()
        return conn.execute(query).scalar_one() + 1

    def insert_rows(self, conn: Connection, table: Table, names: Sequence[str],
                    rows: list[tuple[Any, ...]]) -> None:
        """Rows in at driver level, no per-row statement compilation: an executemany on
        SQLite, COPY on PostgreSQL (several times faster than a pipelined executemany).
        JSON columns come as text."""
        if not rows:
            return
        if self.is_sqlite:
            conn.exec_driver_sql(
                f"INSERT INTO {table.name} ({', '.join(names)}) "
                f"VALUES ({', '.join('?' for _ in names)})", rows)
            return
        import psycopg  # the only other dialect the server runs on

        raw = conn.connection.dbapi_connection
        assert isinstance(raw, psycopg.Connection)
        with raw.cursor() as cur, \
                cur.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def one_of(self, column: ColumnElement[Any], values: list[str]) -> ColumnElement[bool]:
        """`column IN values` as one bound array on PostgreSQL: a long IN list costs more
        to build and parse there than the lookup itself."""
        if self.is_sqlite:
            return column.in_(values)
        return column == any_(cast(values, ARRAY(String)))

    def head(self, conn: Connection) -> int:
        return conn.execute(select(counter.c.value).where(counter.c.name == "version"))\
            .scalar_one()

    def dispose(self) -> None:
        self.engine.dispose()
