"""Users, passwords and device tokens.

Passwords are argon2 hashes; a device token is 256 random bits, stored as its SHA-256
(a fast hash is enough for a random secret, and keeps every request cheap). Failed
logins per user name are rate-limited through the database, so every server process
shares the count.
"""

import hashlib
import secrets
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, func, insert, select, update

from sync.protocol import EnrollRequest
from sync.server.schema import devices, login_failures, users
from sync.server.scope import Principal
from sync.server.store import ServerStore

ROLES = ("promotor", "tecnico", "junta", "admin")
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)
HASHER = PasswordHasher()


class AuthError(Exception):
    """`code` is one of: bad_credentials, too_many_attempts, disabled, revoked, no_token."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_user(store: ServerStore, username: str, password: str, role: str, parish: str) -> None:
    with store.write() as conn:
        conn.execute(insert(users).values(
            username=username.strip().lower(), password_hash=HASHER.hash(password), role=role,
            parish=parish, disabled=False, created_at=store.clock.now()))


def _recent_failures(conn: Connection, username: str, now: datetime) -> int:
    return conn.execute(select(func.count()).select_from(login_failures).where(
        login_failures.c.username == username,
        login_failures.c.at > now - FAILURE_WINDOW)).scalar_one()


def enroll(store: ServerStore, req: EnrollRequest) -> tuple[str, Principal]:
    username = req.username.strip().lower()
    with store.read() as conn:
        if _recent_failures(conn, username, store.clock.now()) >= MAX_FAILURES:
            raise AuthError("too_many_attempts")
        user = conn.execute(select(users).where(users.c.username == username)).first()
        device = conn.execute(select(devices).where(devices.c.id == req.device_id)).first()
    valid = False
    if user is not None:
        try:
            valid = HASHER.verify(user.password_hash, req.password)
        except (VerificationError, InvalidHashError):
            valid = False
    if not valid:
        with store.write() as conn:
            conn.execute(insert(login_failures).values(username=username, at=store.clock.now()))
        raise AuthError("bad_credentials")
    assert user is not None
    if user.disabled:
        raise AuthError("disabled")
    if device is not None and device.revoked:
        raise AuthError("revoked")
    token = secrets.token_urlsafe(32)
    values = {"username": username, "name": req.device_name, "token_hash": token_hash(token),
              "sign_key": req.sign_key, "box_key": req.box_key, "revoked": False}
    with store.write() as conn:
        conn.execute(delete(login_failures).where(login_failures.c.username == username))
        if device is None:
            conn.execute(insert(devices).values(id=req.device_id,
                                                enrolled_at=store.clock.now(), **values))
        else:
            conn.execute(update(devices).where(devices.c.id == req.device_id).values(**values))
    return token, Principal(username, user.role, user.parish, req.device_id)


def principal_for_device(conn: Connection, device_id: str) -> Principal:
    row = conn.execute(
        select(devices.c.id, devices.c.revoked, users.c.username, users.c.role,
               users.c.parish, users.c.disabled)
        .join(users, users.c.username == devices.c.username)
        .where(devices.c.id == device_id)).first()
    if row is None:
        raise AuthError("revoked")
    if row.revoked:
        raise AuthError("revoked")
    if row.disabled:
        raise AuthError("disabled")
    return Principal(row.username, row.role, row.parish, row.id)


def authenticate(store: ServerStore, token: str | None) -> Principal:
    if not token:
        raise AuthError("no_token")
    with store.read() as conn:
        device_id = conn.execute(select(devices.c.id).where(
            devices.c.token_hash == token_hash(token))).scalar()
        if device_id is None:
            raise AuthError("revoked")
        return principal_for_device(conn, device_id)
