"""Wire schemas shared by the desktop client and the server (protocol version 1).

Push: the device sends outbox entries `{seq, record_type, record_id, op, fields,
base_version}`; the server answers one `ChangeResult` per change it handled, in order.
A change missing from the answer was not done and is sent again later.
Pull: an opaque cursor and a limit; the server answers with rows in server-version order
(tombstones included), the next cursor and whether more rows wait.
Record fields come from `app.core.records` (one definition for store, wire and server).
"""

import unicodedata
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
# The oldest client protocol the server still speaks; older ones are told to update.
MIN_PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Defensoria-Protocol"
# Set on answers to a device whose token is due for rotation: it asks for a new one
# (POST /api/v1/token) at the end of that sync.
ROTATE_HEADER = "X-Defensoria-Rotate-Token"
MAX_PUSH_CHANGES = 1000
MAX_PULL_LIMIT = 5000
MAX_BODY_BYTES = 16 * 1024 * 1024
# Every integer the server stores is a signed 64-bit column (seqs, versions).
MAX_INT64 = 2 ** 63 - 1

Op = Literal["create", "update", "delete"]
Status = Literal["applied", "conflict", "rejected", "retry"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Change(Strict):
    seq: int = Field(ge=1, le=MAX_INT64)
    record_type: str = Field(min_length=1, max_length=40)
    record_id: str = Field(min_length=1, max_length=36)
    op: Op
    fields: dict[str, Any] = Field(default_factory=dict)
    base_version: int | None = Field(default=None, ge=0, le=MAX_INT64)


class Origin(Strict):
    """A restored copy's parent device: its changes up to `through` are the parent's
    (the copy inherited them unsent), maybe applied already from the parent."""

    device_id: str = Field(min_length=1, max_length=36)
    through: int = Field(ge=0, le=MAX_INT64)


class PushRequest(Strict):
    device_id: str = Field(min_length=1, max_length=36)
    changes: list[Change] = Field(max_length=MAX_PUSH_CHANGES)
    origin: Origin | None = None


class ChangeResult(Strict):
    seq: int
    status: Status
    # A stable code for rejections ("forbidden", "invalid", ...); the client words it.
    reason: str = ""
    version: int | None = None


class PushResponse(Strict):
    results: list[ChangeResult]


class PullRow(Strict):
    type: str
    id: str
    version: int
    deleted: bool
    data: dict[str, Any]


class ScopeDigest(Strict):
    """What the device's scope holds (app/core/records/digest.py): how many rows, and
    the sum of their (id, version) hashes."""

    count: int
    sum: int
    # The server's last version (an older server sends none).
    head: int | None = None


class PullResponse(Strict):
    records: list[PullRow]
    cursor: str
    more: bool
    # On the last page only; an older server sends none (the client then skips verifying).
    digest: ScopeDigest | None = None
    # On the last page: the Consejo's recovery key, for a device enrolled before it
    # existed (its store's key is sealed for it then; '' while there is none).
    recovery_key: str = ""


class InventoryResponse(Strict):
    """A page of the scope's rows as `[id, type, version]`, by id, for a repair."""

    items: list[tuple[str, str, int]]
    more: bool




# The device's own audit events (who opened, printed or exported which record, when),
# pushed to POST /api/v1/audit after the changes. Never a value: only which record.
MAX_AUDIT_EVENTS = 1000
AUDIT_ACTIONS = ("view", "print", "export")


class DeviceEvent(Strict):
    id: str = Field(min_length=1, max_length=36)
    seq: int = Field(ge=1, le=MAX_INT64)
    at: datetime
    actor: str = Field(min_length=1, max_length=80)
    action: Literal["view", "print", "export"]
    record_type: str = Field(min_length=1, max_length=40)
    # '' when the event names no record (a statistics export, a monthly report).
    record_id: str = Field(default="", max_length=36)


class AuditUpload(Strict):
    device_id: str = Field(min_length=1, max_length=36)
    events: list[DeviceEvent] = Field(max_length=MAX_AUDIT_EVENTS)


class AuditAnswer(Strict):
    """How many events were stored (or already held) and how many refused: about a
    record outside the user's scope, or not this device's. Refused ones are not resent."""

    accepted: int
    refused: int


class AccessEvent(Strict):
    """One device event about a record, for the access-log viewer (técnico, admin)."""

    at: datetime
    username: str
    device_id: str
    device_name: str
    action: str
    record_type: str
    record_id: str


class AccessLog(Strict):
    events: list[AccessEvent]

MAX_USERNAME = 80
CANONICAL_ID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"


def unprintable(text: str) -> bool:
    """Control characters (NUL included), lone surrogates and the like: PostgreSQL
    refuses some, and none belongs in a name."""
    return any(unicodedata.category(c).startswith("C") for c in text)


def user_name(raw: str) -> str:
    """The stored form of a user name, checked after normalising: lower-casing can
    lengthen a name ("İ" becomes two characters), so the limit applies to the result."""
    name = raw.strip().lower()
    if not name or len(name) > MAX_USERNAME or unprintable(name):
        raise ValueError(f"a user name is 1 to {MAX_USERNAME} printable characters")
    return name


def _printable(text: str) -> str:
    if unprintable(text):
        raise ValueError("control characters are not allowed")
    return text


class FetchRequest(Strict):
    ids: list[Annotated[str, Field(max_length=36), AfterValidator(_printable)]] = Field(
        max_length=300)


class FetchResponse(Strict):
    records: list[PullRow]


class EnrollRequest(Strict):
    username: Annotated[str, Field(min_length=1, max_length=MAX_USERNAME),
                        AfterValidator(user_name)]
    password: str = Field(min_length=1, max_length=200)
    device_id: str = Field(pattern=CANONICAL_ID)
    device_name: Annotated[str, Field(max_length=120), AfterValidator(_printable)] = ""
    # Base64 raw public keys of the device, for USB bundles.
    sign_key: str = Field(default="", max_length=200, pattern=r"^[A-Za-z0-9+/=_-]*$")
    box_key: str = Field(default="", max_length=200, pattern=r"^[A-Za-z0-9+/=_-]*$")


class EnrollResponse(Strict):
    token: str
    username: str
    role: str
    parish: str
    server_sign_key: str
    server_box_key: str
    # Base64 raw Ed25519 key that signs the app's installers (sync/release.py); pinned.
    server_release_key: str = ""
    # Base64 raw X25519 key of the Consejo's recovery key: the device seals its store's
    # key for it (a forgotten password loses nothing). '' while the Consejo has none.
    recovery_key: str = ""


class TokenResponse(Strict):
    """A device's new token, replacing the one that asked (rotation)."""

    token: str


class ErrorBody(Strict):
    code: str
    detail: str = ""
    # With `revoked`: the server's signature naming the device (sync/notice.py).
    notice: str = ""


# Rejection codes a client may receive in `ChangeResult.reason`.
REASONS = ("forbidden", "invalid", "unknown_type", "not_found", "append_only",
           "exists", "out_of_scope", "needs_fiscalia", "not_mediable", "step_order",
           "seq_reused", "too_long", "out_of_range")


# Administration from the desktop app (/api/v1/admin, administrators only). A refused
# operation answers 409 {"code": "refused", "detail": its English text, "params"}.
Role = Literal["promotor", "tecnico", "junta", "admin"]
Secret = Annotated[str, Field(max_length=200)]
UserField = Annotated[str, Field(max_length=MAX_USERNAME * 2)]  # checked by the server


class AdminUser(Strict):
    username: str
    role: str
    parish: str
    disabled: bool


class AdminUsers(Strict):
    users: list[AdminUser]


class NewUser(Strict):
    username: UserField
    role: Role
    parish: Annotated[str, Field(max_length=120)] = ""
    password: Secret


class PasswordReset(Strict):
    password: Secret


class AdminDevice(Strict):
    id: str
    username: str
    name: str
    revoked: bool
    synced_at: str | None  # ISO 8601 UTC: the device's last complete sync


class AdminDevices(Strict):
    devices: list[AdminDevice]


class Reassign(Strict):
    source: UserField
    target: UserField


class EraseRequest(Strict):
    """Erase a person's data (POST /api/v1/persons/{id}/erase): why, for the record."""

    reason: str = Field(max_length=500)


class Erased(Strict):
    """How many records became tombstones that every device receives."""

    records: int


class Refusal(Strict):
    """The 409 answer of a refused administrative operation."""

    code: str
    detail: str
    params: dict[str, str | int] = {}


class Reassigned(Strict):
    """How many records of each type passed to the new promoter."""

    types: dict[str, int]
