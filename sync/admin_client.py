"""The desktop's client of the server's administration endpoints (/api/v1/admin):
users, devices and caseloads, online only, with the device's token (the server lets
administrators alone through). Qt-free; the UI runs each call off its thread.

Failures are `SyncError`s in English source text: `unreachable` when there is no
connection, `refused` with the server's reason (sync/admin_words.py), `forbidden` for
a user who is no administrator.
"""

from urllib.parse import quote

from pydantic import BaseModel, ValidationError

from app.core.store.database import Database
from app.core.sync import syncstate
from sync import errors
from sync.protocol import (
    AccessEvent,
    AccessLog,
    AdminDevice,
    AdminDevices,
    AdminUser,
    AdminUsers,
    Erased,
    EraseRequest,
    NewUser,
    PasswordReset,
    Reassign,
    Reassigned,
)
from sync.transport import Options, Transport, parse

BASE = "/api/v1/admin"


class AdminClient:
    def __init__(self, db: Database, options: Options | None = None) -> None:
        self.db = db
        self.options: Options = options or {}

    def _call(self, method: str, path: str, body: BaseModel | None = None,
              base: str = BASE) -> bytes:
        with self.db.read() as s:
            enrollment = syncstate.load_enrollment(s)
        if enrollment is None:
            raise errors.not_enrolled()
        transport = Transport(enrollment.server_url, token=enrollment.token,
                              ca_file=enrollment.ca_file, allow_http=enrollment.allow_http,
                              **self.options)
        try:
            kwargs = {"json": body.model_dump()} if body is not None else {}
            return transport.call(method, base + path, **kwargs).content
        finally:
            transport.close()

    def users(self) -> list[AdminUser]:
        return parse(AdminUsers, self._call("GET", "/users")).users

    def add_user(self, username: str, role: str, parish: str, password: str) -> AdminUser:
        try:
            req = NewUser.model_validate({"username": username, "role": role,
                                          "parish": parish, "password": password})
        except ValidationError:
            raise errors.refused(None) from None
        return parse(AdminUser, self._call("POST", "/users", req))

    def disable(self, username: str) -> None:
        self._call("POST", f"/users/{_segment(username)}/disable")

    def reset_password(self, username: str, password: str) -> None:
        try:
            req = PasswordReset(password=password)
        except ValidationError:
            raise errors.refused(None) from None
        self._call("POST", f"/users/{_segment(username)}/password", req)

    def devices(self) -> list[AdminDevice]:
        return parse(AdminDevices, self._call("GET", "/devices")).devices

    def revoke(self, device_id: str) -> None:
        self._call("POST", f"/devices/{_segment(device_id)}/revoke")

    def reassign(self, source: str, target: str) -> dict[str, int]:
        try:
            req = Reassign(source=source, target=target)
        except ValidationError:
            raise errors.refused(None) from None
        return parse(Reassigned, self._call("POST", "/caseload/reassign", req)).types

    def access_log(self, record_id: str) -> list[AccessEvent]:
        """Who opened, printed or exported a case or person (a person: their cases),
        when, from which device: every device's events (técnico and admin)."""
        return parse(AccessLog, self._call("GET", f"/access/{_segment(record_id)}",
                                            base="/api/v1")).events


    def erase_person(self, person_id: str, reason: str) -> int:
        """Erase a person's data on the server, hence on every device at its next sync
        (técnico and admin); the number of records that became tombstones."""
        try:
            req = EraseRequest(reason=reason)
        except ValidationError:
            raise errors.refused(None) from None
        return parse(Erased, self._call("POST", f"/persons/{_segment(person_id)}/erase",
                                         req, base="/api/v1")).records


def _segment(text: str) -> str:
    return quote(text, safe="")
