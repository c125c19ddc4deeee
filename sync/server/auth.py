"""Users, passwords, enrollments and device tokens.

Passwords are argon2 hashes. A login is throttled per source (throttle.py) before its
password is checked; at most `MAX_CHECKS` checks run at once in a process (each costs
64 MiB), and an unknown user name is checked against a dummy hash, so it costs what a
known one costs and answers in the same time.

A device id belongs to the user who first enrolled it: another user's enrollment of it
is refused (device ids are not secret: every record names its device). Each enrollment
starts a new epoch of the device (push_log.py). A device token is 256 random bits, stored as
its SHA-256 (a fast hash is enough for a random secret, and keeps every request cheap);
it expires `TOKEN_LIFETIME` after it was issued and is replaced at a sync once it is
older than `ROTATE_AFTER` (tokens.py). Every enrollment, refusal and failed login is
audited with its source address.
"""

import hashlib
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Row, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from sync.protocol import EnrollRequest
from sync.server import audit, throttle
from sync.server.schema import devices, users
from sync.server.scope import Principal
from sync.server.store import ServerStore

ROLES = ("promotor", "tecnico", "junta", "admin")
HASHER = PasswordHasher()
MAX_CHECKS = 2
CHECK_WAIT = 20.0  # seconds a login waits for a free check before "busy"
TOKEN_LIFETIME = timedelta(days=180)
ROTATE_AFTER = timedelta(days=30)
# The token a rotation replaced is still accepted this long after the rotation (by the
# server's clock): a device that lost the rotation's answer gets in and asks again, while
# a leaked copy of the old token dies with the grace, not at its own expiry.
PREVIOUS_GRACE = timedelta(days=7)


class AuthError(Exception):
    """`code` is one of: bad_credentials, too_many_attempts, busy, disabled, revoked,
    expired, device_taken, no_token. `retry_after`: seconds, for too_many_attempts."""

    def __init__(self, code: str, retry_after: float = 0.0, device_id: str = "") -> None:
        super().__init__(code)
        self.code, self.retry_after = code, retry_after
        self.device_id = device_id  # the device a `revoked` is about (its signed notice)


class PasswordChecks:
    """The argon2 checks of one server process: bounded in number, equal for unknown
    users. Made by the app and handed to `enroll`."""

    def __init__(self, limit: int = MAX_CHECKS) -> None:
        self._slots = threading.BoundedSemaphore(limit)
        self._dummy: str | None = None
        self._lock = threading.Lock()
        self.checked = 0  # how many checks ran (for tests and the log)

    def dummy(self) -> str:
        with self._lock:
            if self._dummy is None:
                self._dummy = HASHER.hash(secrets.token_urlsafe(16))
            return self._dummy

    def verify(self, password_hash: str | None, password: str) -> bool:
        target = password_hash or self.dummy()
        if not self._slots.acquire(timeout=CHECK_WAIT):
            raise AuthError("busy")
        try:
            self.checked += 1
            try:
                return HASHER.verify(target, password) and password_hash is not None
            except (VerificationError, InvalidHashError):
                return False
        finally:
            self._slots.release()


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_user(store: ServerStore, username: str, password: str, role: str, parish: str) -> None:
    with store.write() as conn:
        conn.execute(insert(users).values(
            username=username.strip().lower(), password_hash=HASHER.hash(password), role=role,
            parish=parish, disabled=False, created_at=store.clock.now()))


@dataclass(frozen=True)
class Refusal:
    code: str
    owner: str = ""


def _refusal(user: Row[Any], device: Row[Any] | None, username: str) -> Refusal | None:
    if user.disabled:
        return Refusal("disabled")
    if device is not None and device.username != username:
        return Refusal("device_taken", device.username)
    if device is not None and device.revoked:
        return Refusal("revoked")
    return None


def enroll(store: ServerStore, checks: PasswordChecks, req: EnrollRequest,
           source: str) -> tuple[str, Principal]:
    username = req.username  # normalised and checked by EnrollRequest
    now = store.clock.now()
    with store.write() as conn:
        wait = throttle.take(store, conn, source, username, now)
    if wait:
        raise AuthError("too_many_attempts", wait)
    with store.read() as conn:
        user = conn.execute(select(users).where(users.c.username == username)).first()
    if not checks.verify(user.password_hash if user is not None else None, req.password):
        with store.write() as conn:
            audit.event(conn, now, username, req.device_id, "login_failed", source=source)
            throttle.forget_old(conn, now)
        raise AuthError("bad_credentials")
    assert user is not None
    token = secrets.token_urlsafe(32)
    try:
        with store.write() as conn:
            throttle.forgive(conn, source, username)
            refusal, epoch = _enroll_device(conn, user, req, username, token, now, source)
    except IntegrityError:  # the same new id enrolled at the same moment by another user
        refusal, epoch = Refusal("device_taken"), 0
    if refusal is not None:
        with store.write() as conn:
            audit.event(conn, now, username, req.device_id, "enroll_refused",
                        source=source, reason=refusal.code, owner=refusal.owner)
        raise AuthError(refusal.code)
    return token, Principal(username, user.role, user.parish, req.device_id, epoch)


def _enroll_device(conn: Connection, user: Row[Any], req: EnrollRequest,
                   username: str, token: str, now: datetime, source: str
                   ) -> tuple[Refusal | None, int]:
    query = select(devices).where(devices.c.id == req.device_id)
    if conn.dialect.name != "sqlite":
        query = query.with_for_update()
    device = conn.execute(query).first()
    refusal = _refusal(user, device, username)
    if refusal is not None:
        return refusal, 0
    values = {"name": req.device_name, "token_hash": token_hash(token),
              "sign_key": req.sign_key, "box_key": req.box_key, "token_issued_at": now,
              "prev_token_hash": None, "prev_token_issued_at": None}
    if device is None:
        epoch = 0
        conn.execute(insert(devices).values(id=req.device_id, username=username,
                                            revoked=False, enrolled_at=now, epoch=epoch,
                                            **values))
    else:
        epoch = device.epoch + 1
        conn.execute(update(devices).where(devices.c.id == req.device_id)
                     .values(epoch=epoch, **values))
    audit.event(conn, now, username, req.device_id, "enroll", source=source, epoch=epoch)
    return None, epoch


@dataclass(frozen=True)
class Session:
    """Who a token speaks for, and whether that token is due for rotation."""

    principal: Principal
    rotate: bool = False
    issued: datetime | None = None  # when the presented token was issued
    last_seen: datetime | None = None


def principal_for_device(conn: Connection, device_id: str) -> Principal:
    principal, revoked = principal_for_bundle(conn, device_id)
    if revoked:
        raise AuthError("revoked")
    return principal


def principal_for_bundle(conn: Connection, device_id: str) -> tuple[Principal, bool]:
    """The device's principal and whether it is revoked. A revoked device's last bundle
    (its unsent work, written as it wiped itself) is still imported by an administrator,
    even when its user was disabled too (a promoter who left): nothing is lost."""
    row = conn.execute(
        select(devices.c.id, devices.c.revoked, devices.c.epoch, users.c.username,
               users.c.role, users.c.parish, users.c.disabled)
        .join(users, users.c.username == devices.c.username)
        .where(devices.c.id == device_id)).first()
    if row is None:
        raise AuthError("revoked")
    if row.disabled and not row.revoked:
        raise AuthError("disabled")
    return Principal(row.username, row.role, row.parish, row.id, row.epoch), row.revoked


def _aware(moment: datetime | None, now: datetime) -> datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=now.tzinfo)  # SQLite drops the zone


def authenticate(store: ServerStore, token: str | None) -> Session:
    if not token:
        raise AuthError("no_token")
    digest = token_hash(token)
    now = store.clock.now()
    with store.read() as conn:
        row = conn.execute(select(devices.c.id, devices.c.token_hash, devices.c.last_seen_at,
                                  devices.c.token_issued_at, devices.c.prev_token_issued_at)
                           .where(or_(devices.c.token_hash == digest,
                                      devices.c.prev_token_hash == digest))).first()
        if row is None:
            # An unknown token is not a revocation (a device that wipes itself must only
            # do so when the server says so): the device enrolls again.
            raise AuthError("expired")
        current = row.token_hash == digest
        issued = _aware(row.token_issued_at if current else row.prev_token_issued_at, now)
        if issued is not None and now - issued > TOKEN_LIFETIME:
            raise AuthError("expired")
        rotated = _aware(row.token_issued_at, now)  # the current token's issue: rotation
        if not current and (rotated is None or now - rotated > PREVIOUS_GRACE):
            raise AuthError("expired")
        try:
            principal = principal_for_device(conn, row.id)
        except AuthError as exc:
            exc.device_id = row.id
            raise
    # Tokens from before expiry existed (issued None) are rotated at once.
    return Session(principal, issued is None or now - issued > ROTATE_AFTER, issued,
                   _aware(row.last_seen_at, now))
