"""Login throttling: slow a source down, never lock an account.

Two token buckets answer each login attempt: one per source address (any user names)
and one per (source, user name). An attempt takes a token from both before its password
is checked, under a row lock (PostgreSQL) or the SQLite write lock, so simultaneous
attempts are counted one by one and only as many reach argon2 as there were tokens.
Buckets refill with time: a source that guessed too much waits, the same user from
another address does not. A successful login gives its token back and refills its
(source, user) bucket: only failures count. An administrator's `user unlock` refills
every bucket of that user.
"""

import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, case, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from sync.server.schema import login_throttle
from sync.server.store import ServerStore


@dataclass(frozen=True)
class Bucket:
    burst: int
    every: timedelta  # one token back per this much time

    def refilled(self, tokens: float, since: datetime, now: datetime) -> float:
        elapsed = max((now - since).total_seconds(), 0.0)
        return min(float(self.burst), tokens + elapsed / self.every.total_seconds())


SOURCE = Bucket(30, timedelta(seconds=2))
ACCOUNT = Bucket(5, timedelta(minutes=1))
# Buckets untouched this long are full again: their rows go.
FORGET_AFTER = timedelta(hours=1)


def source_key(source: str) -> str:
    """Whom a bucket counts: an IPv4 address, or an IPv6 address's /64 (one client
    commonly holds a whole /64, 2^64 addresses it may pick from)."""
    try:
        address = ipaddress.ip_address(source)
    except ValueError:
        return source
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


def _keys(source: str, username: str) -> list[tuple[str, str, Bucket]]:
    source = source_key(source)
    return [(f"s|{source}", "", SOURCE), (f"a|{source}|{username}", username, ACCOUNT)]


def take(store: ServerStore, conn: Connection, source: str, username: str,
         now: datetime) -> float:
    """Take one token of each bucket: 0 when granted, else the seconds to wait (and
    nothing is taken)."""
    keys = _keys(source, username)
    dialect = sqlite if store.is_sqlite else postgresql
    for key, user, bucket in keys:
        conn.execute(dialect.insert(login_throttle).values(
            key=key, username=user, tokens=float(bucket.burst), updated_at=now)
            .on_conflict_do_nothing(index_elements=["key"]))
    query = select(login_throttle.c.key, login_throttle.c.tokens, login_throttle.c.updated_at)\
        .where(login_throttle.c.key.in_([k for k, _, _ in keys]))
    if not store.is_sqlite:
        query = query.with_for_update()
    rows = {r.key: r for r in conn.execute(query)}
    levels = {}
    for key, _user, bucket in keys:
        row = rows[key]
        since = row.updated_at if row.updated_at.tzinfo else row.updated_at.replace(
            tzinfo=now.tzinfo)  # SQLite drops the zone
        levels[key] = (bucket.refilled(row.tokens, since, now), bucket)
    wait = max((1 - level) * bucket.every.total_seconds()
               for level, bucket in levels.values())
    if wait > 0:
        return wait
    for key, (level, _bucket) in levels.items():
        conn.execute(update(login_throttle).where(login_throttle.c.key == key)
                     .values(tokens=level - 1, updated_at=now))
    return 0.0


def forgive(conn: Connection, source: str, username: str) -> None:
    """A successful login: that user from that source starts afresh, and the source gets
    its token back (only failures count: a whole office behind one address enrolls its
    laptops freely)."""
    source = source_key(source)
    conn.execute(delete(login_throttle).where(
        login_throttle.c.key == f"a|{source}|{username}"))
    tokens = login_throttle.c.tokens
    conn.execute(update(login_throttle).where(login_throttle.c.key == f"s|{source}").values(
        tokens=case((tokens + 1 > SOURCE.burst, float(SOURCE.burst)), else_=tokens + 1)))


def unlock(conn: Connection, username: str) -> int:
    """The administrator's unlock: every bucket of that user name refilled."""
    return conn.execute(delete(login_throttle).where(
        login_throttle.c.username == username)).rowcount


def forget_old(conn: Connection, now: datetime) -> None:
    conn.execute(delete(login_throttle).where(
        login_throttle.c.updated_at < now - FORGET_AFTER))
