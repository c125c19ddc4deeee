"""A device's enrollment with the server: made, read back, its token renewed, and the
store's key kept sealed for the Consejo's recovery key.

Separate from the engine (client.py) because none of it moves records: it is the
device's standing with the server, which every sync starts from and may renew.
"""

import platform

from pydantic import ValidationError

from app.core.store.database import Database
from app.core.store.device import device_id
from app.core.store.keyring import keyring_for
from app.core.sync import syncstate
from app.core.sync.syncstate import Enrollment
from sync import errors
from sync.bundle import RECOVERY_CONTEXT, new_keys, public_of, seal_secret
from sync.protocol import EnrollRequest, EnrollResponse, TokenResponse
from sync.transport import Options, Transport, parse


def computer_name() -> str:
    """The laptop's network name, so an administrator can tell devices apart (no case data)."""
    return "".join(c for c in platform.node() if c.isprintable())[:120]


def enroll(db: Database, options: Options, server_url: str, username: str, password: str,
           *, ca_file: str = "", allow_http: bool = False, device_name: str = ""
           ) -> Enrollment:
    keys = new_keys()
    public = public_of(keys)
    try:
        req = EnrollRequest(username=username, password=password, device_id=device_id(db),
                            device_name=device_name or computer_name(),
                            sign_key=public["sign"], box_key=public["box"])
    except ValidationError:  # a name or password no server account can have
        raise errors.auth_failed("bad_credentials") from None
    transport = Transport(server_url, ca_file=ca_file, allow_http=allow_http, **options)
    try:
        answer = parse(EnrollResponse, transport.call(
            "POST", "/api/v1/enroll", json=req.model_dump()).content)
    finally:
        transport.close()
    enrollment = Enrollment(
        transport.base_url, answer.token, answer.username, answer.role, answer.parish,
        ca_file, allow_http, keys, {"sign": answer.server_sign_key,
                                    "box": answer.server_box_key,
                                    "release": answer.server_release_key})
    with db.write() as s:
        previous = syncstate.load_enrollment(s)
        if previous is None or previous.server_url != enrollment.server_url:
            syncstate.set_cursor(s, "")
        syncstate.save_enrollment(s, enrollment)
    if answer.recovery_key:
        seal_for_recovery(db, answer.recovery_key)
    return enrollment


def enrolled(db: Database) -> Enrollment:
    """The device's enrollment; `not_enrolled` when it has none."""
    with db.read() as s:
        found = syncstate.load_enrollment(s)
    if found is None:
        raise errors.not_enrolled()
    return found


def renew_token(db: Database, transport: Transport, enrollment: Enrollment) -> None:
    """The server asked for a new token: fetched and stored now, unnoticed by the user.
    A lost answer costs nothing (the old token still works; the next sync asks again)."""
    answer = parse(TokenResponse, transport.call("POST", "/api/v1/token").content)
    with db.write() as s:
        current = syncstate.load_enrollment(s)
        if current is not None and current.token == enrollment.token:
            current.token = answer.token
            syncstate.save_enrollment(s, current)


def seal_for_recovery(db: Database, recovery_key: str) -> None:
    """The store's key, sealed for the Consejo's recovery key, beside the keyring:
    a forgotten password then loses nothing (`defensoria-server recover`)."""
    try:
        sealed = seal_secret(db.master_key, recovery_key, RECOVERY_CONTEXT)
    except ValueError:  # not an X25519 key: the server is misconfigured
        raise errors.server_failed(200) from None
    keyring = keyring_for(db.path.parent)
    if keyring.has_users():
        keyring.set_recovery(sealed)


class RecoverySeal:
    """A device enrolled before the Consejo made its recovery key (or made a new one)
    seals its store's key for it at its next sync: the pull's last page names it."""

    def __init__(self, db: Database) -> None:
        self.db = db
        # The recovery key this store's key is known to be sealed for (read once).
        self.sealed_for = ""

    def keep(self, recovery_key: str) -> None:
        if recovery_key == self.sealed_for:
            return
        current = keyring_for(self.db.path.parent).recovery
        if current is None or current.get("recipient_key") != recovery_key:
            try:
                seal_for_recovery(self.db, recovery_key)
            except errors.SyncError:  # not a key: left for `enroll` to say so
                return
        self.sealed_for = recovery_key
