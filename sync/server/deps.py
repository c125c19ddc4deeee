"""What every endpoint shares: the error answer, the server's collaborators, the checks of
the protocol version and of the device token (FastAPI dependencies).

Errors answer JSON `{"code", "detail"}` with a 4xx status: 401 for authentication
(codes bad_credentials, disabled, revoked, expired, no_token; an unknown token is
`expired`, never `revoked`: told `revoked`, a device erases itself, sync/revocation.py),
403 device_taken (the device id is another user's), 429 too_many_attempts with
Retry-After (a source that guessed too often), 503 busy (too many password checks at
once), 426 update_required for a client speaking an older protocol, 413 for oversized
bodies, 422 for malformed requests.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Header, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.core.catalogs import Catalogs
from sync.protocol import (
    MIN_PROTOCOL_VERSION,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ROTATE_HEADER,
    ErrorBody,
)
from sync.server import auth, keys, tokens
from sync.server.store import ServerStore

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody}, 426: {"model": ErrorBody}, 400: {"model": ErrorBody}}
AUTH_STATUS = {"too_many_attempts": 429, "busy": 503, "device_taken": 403}


class ApiError(Exception):
    def __init__(self, status: int, code: str, detail: str = "",
                 headers: dict[str, str] | None = None, notice: str = "") -> None:
        super().__init__(code)
        self.status, self.code, self.detail = status, code, detail
        self.headers = headers
        self.notice = notice  # a `revoked` answer's signature (sync/notice.py)


def summary(errors: Sequence[Any]) -> str:
    """Pydantic's errors in one line: where, and what is wrong (never the value sent)."""
    return "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors[:5])


def auth_error(exc: auth.AuthError) -> ApiError:
    status = AUTH_STATUS.get(exc.code, 401)
    headers = None
    if status == 429:
        headers = {"Retry-After": str(max(1, math.ceil(exc.retry_after)))}
    elif status == 503:
        headers = {"Retry-After": "5"}
    return ApiError(status, exc.code, headers=headers)


@dataclass(frozen=True)
class Server:
    """The collaborators of one app, made by `create_app` and kept on `app.state`."""

    store: ServerStore
    catalogs: Catalogs
    checks: auth.PasswordChecks


def server(request: Request) -> Server:
    found: Server = request.app.state.server
    return found


ServerDep = Annotated[Server, Depends(server)]
bearer = HTTPBearer(auto_error=False)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def protocol(version: Annotated[int | None, Header(alias=PROTOCOL_HEADER)] = None) -> None:
    if version is not None and version < MIN_PROTOCOL_VERSION:
        raise ApiError(426, "update_required", "update the app")
    if version is not None and version > PROTOCOL_VERSION:
        raise ApiError(400, "server_too_old", "update the server")


def session(srv: ServerDep, credentials: Credentials) -> auth.Session:
    """The device token's session; the device is marked seen (at most once a minute)."""
    store = srv.store
    try:
        found = auth.authenticate(store, credentials.credentials if credentials else None)
    except auth.AuthError as exc:
        error = auth_error(exc)
        if exc.code == "revoked" and credentials is not None:
            error.notice = keys.sign_revocation(store, exc.device_id, credentials.credentials)
        raise error from None
    tokens.seen(store, found.principal.device_id, found.last_seen, store.clock.now())
    return found


Who = Annotated[auth.Session, Depends(session)]


def answer(body: bytes | str, who: auth.Session) -> Response:
    """A JSON answer, telling the device when its token is due for rotation."""
    headers = {ROTATE_HEADER: "1"} if who.rotate else None
    return Response(body, media_type="application/json", headers=headers)
