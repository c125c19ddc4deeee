"""Administrative operations behind the server CLI: set-up, users and devices, export,
USB bundles. The CLI parses and prints; what it reads and changes is here."""

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError
from sqlalchemy import select, update

from app.core.catalogs import Catalogs
from app.core.errors import UserError
from app.core.files import atomic_open, atomic_write_bytes
from app.core.i18n import N_
from sync.admin_words import NO_DEVICE, NO_USER
from sync.bundle import BundleError, envelope, open_sealed, seal
from sync.protocol import Change, DeviceEvent, Origin, PullResponse
from sync.server import audit, device_audit, keys, releases, throttle
from sync.server.auth import AuthError, principal_for_bundle
from sync.server.digest import bundle_repair
from sync.server.feed import BadCursor, pull_json
from sync.server.migrate import upgrade
from sync.server.push import apply_push
from sync.server.schema import devices, docs, users
from sync.server.store import ServerStore

BUNDLE_PAGE = 5000
MESSAGES = {
    "damaged": N_("The bundle file is damaged or is not a Defensoría bundle."),
    "tampered": N_("The bundle was altered after it was made: refused."),
    "foreign": N_("The bundle was not made for this server or by an enrolled device."),
    "revoked": N_("The device that made this bundle is revoked."),
    "disabled": N_("The user of this bundle is disabled."),
}


class AdminError(UserError):
    """A failure of an administrative command: English source text, translated by the CLI."""


class UserRow(NamedTuple):
    username: str
    role: str
    parish: str
    disabled: bool


class DeviceRow(NamedTuple):
    id: str
    username: str
    name: str
    revoked: bool
    synced_at: datetime | None = None  # its last complete pull (sync_status.py)


def ensure_keys(store: ServerStore) -> None:
    keys.ensure_keys(store)


def init(store: ServerStore) -> Path:
    """Create or upgrade the database, the USB-bundle keys and the release signing key;
    returns where the release key is."""
    upgrade(store)
    ensure_keys(store)
    releases.ensure_signing_key(store)
    return releases.release_key_path(store)


def list_users(store: ServerStore) -> list[UserRow]:
    with store.read() as conn:
        return [UserRow(r.username, r.role, r.parish, r.disabled) for r in conn.execute(
            select(users.c.username, users.c.role, users.c.parish, users.c.disabled)
            .order_by(users.c.username))]


def disable_user(store: ServerStore, username: str, by: str = "cli") -> None:
    """The user's devices stop syncing; audited with who did it ("cli": the command
    line)."""
    _change_user(store, username, {"disabled": True}, "disable", by=by)


def move_user(store: ServerStore, username: str, parish: str) -> None:
    """Give a user another parish: their devices' next sync starts their feed over, and
    verified sync drops what left their scope (sync invariant 12)."""
    _change_user(store, username, {"parish": parish}, "move", parish=parish)


def _change_user(store: ServerStore, username: str, values: dict[str, object], action: str,
                 **detail: object) -> None:
    """Set `values` on a user and audit `action`; AdminError when there is no such user."""
    name = username.strip().lower()
    with store.write() as conn:
        done = conn.execute(update(users).where(users.c.username == name).values(**values))
        if done.rowcount:
            audit.event(conn, store.clock.now(), name, "", action, **detail)
    if done.rowcount == 0:
        raise AdminError(NO_USER, user=username)


def unlock_user(store: ServerStore, username: str) -> None:
    """Let the user's logins through again after too many failed attempts."""
    name = username.strip().lower()
    with store.write() as conn:
        if conn.execute(select(users.c.username).where(users.c.username == name)
                        ).first() is None:
            raise AdminError(NO_USER, user=username)
        throttle.unlock(conn, name)
        audit.event(conn, store.clock.now(), name, "", "unlock", by="cli")


def list_devices(store: ServerStore) -> list[DeviceRow]:
    with store.read() as conn:
        return [DeviceRow(r.id, r.username, r.name, r.revoked, _aware(r.synced_at))
                for r in conn.execute(
                    select(devices.c.id, devices.c.username, devices.c.name,
                           devices.c.revoked, devices.c.synced_at)
                    .order_by(devices.c.enrolled_at, devices.c.id))]


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive UTC times."""
    if moment is None or moment.tzinfo:
        return moment
    return moment.replace(tzinfo=UTC)


def revoke_device(store: ServerStore, device_id: str, by: str = "cli") -> None:
    """The device can no longer sync; audited under its owner."""
    with store.write() as conn:
        owner = conn.execute(select(devices.c.username).where(
            devices.c.id == device_id)).scalar()
        if owner is None:
            raise AdminError(NO_DEVICE, device=device_id)
        conn.execute(update(devices).where(devices.c.id == device_id).values(revoked=True))
        audit.event(conn, store.clock.now(), owner, device_id, "revoke", by=by)


def export_jsonl(store: ServerStore, out: Path) -> int:
    """Every record, tombstones included, in the client's export shape."""
    count = 0
    with store.read() as conn, atomic_open(out) as fh:
        rows = conn.execution_options(yield_per=2000).execute(
            select(docs.c.type, docs.c.version, docs.c.deleted, docs.c.data)
            .order_by(docs.c.type, docs.c.id))
        for row in rows:
            record = json.loads(row.data)
            record.update(server_version=row.version, deleted=row.deleted)
            fh.write(json.dumps({"type": row.type, **record}, ensure_ascii=False) + "\n")
            count += 1
    return count


def import_bundle(store: ServerStore, catalogs: Catalogs, path: Path, out: Path
                  ) -> dict[str, int]:
    """Apply a device's bundle like a push; write what that device should pull.

    A revoked device's bundle is applied too (only here, by an administrator holding the
    server's key file; never over HTTP): it carries the work the device had not sent
    when it was revoked. Its answer sends no records and says `revoked`: a device that
    imports it saves its unsent work for the Consejo and erases its data."""
    blob = path.read_bytes()
    try:
        env = envelope(blob)
        with store.read() as conn:
            device = conn.execute(select(devices).where(devices.c.id == env["sender"])).first()
            if device is None or not device.sign_key:
                raise BundleError("foreign")
            who, revoked = principal_for_bundle(conn, device.id)
        server_keys = keys.private_keys(store)
        payload = open_sealed(blob, device.sign_key, server_keys)
        if payload.get("device_id") != who.device_id:
            raise BundleError("foreign")
        changes = [Change.model_validate(c) for c in payload.get("changes", [])]
        cursor = str(payload.get("cursor", ""))
        # What the device held when it made the bundle (id, version); older devices
        # send nothing and get no repair.
        held = {str(i): int(v) for i, v in payload.get("held", [])}
        origin = Origin.model_validate(payload["origin"]) if payload.get("origin") else None
        events = [DeviceEvent.model_validate(e) for e in payload.get("audit", [])]
    except (BundleError, AuthError) as exc:
        raise AdminError(MESSAGES[exc.code]) from None
    except (ValidationError, TypeError, AttributeError, ValueError):
        raise AdminError(MESSAGES["damaged"]) from None
    results = apply_push(store, who, changes, catalogs, origin)
    device_audit.store_events(store, who, events)
    audit_upto = max((e.seq for e in events), default=0)
    if revoked:
        refusal = {"device_id": who.device_id, "revoked": True, "results": results,
                   "records": [], "cursor": cursor}
        atomic_write_bytes(out, seal(refusal, "server", server_keys, device.box_key))
        return {"changes": len(results), "records": 0}
    records: list[dict] = []
    try:
        while True:
            page = PullResponse.model_validate_json(pull_json(store, who, cursor, BUNDLE_PAGE))
            records.extend(r.model_dump() for r in page.records)
            cursor = page.cursor
            if not page.more:
                break
    except BadCursor:
        raise AdminError(MESSAGES["damaged"]) from None
    answer: dict[str, Any] = {"device_id": who.device_id, "results": results,
                              "records": records, "cursor": cursor,
                              "audit_upto": audit_upto}
    if "held" in payload:  # verified sync over USB: the device repairs in one exchange
        repair, drop = bundle_repair(store, who, held, {r["id"] for r in records})
        if repair:
            with store.write() as conn:
                audit.record(conn, store.clock.now(), who, "pull",
                             ((r["type"], r["id"]) for r in repair))
        answer.update(repair=repair, drop=drop,
                      digest=page.digest.model_dump() if page.digest else None)
    atomic_write_bytes(out, seal(answer, "server", server_keys, device.box_key))
    return {"changes": len(results), "records": len(records)}
