"""The FastAPI application: protocol endpoints under /api/v1.

Errors answer JSON `{"code", "detail"}` with a 4xx status: 401 for authentication
(codes bad_credentials, disabled, revoked, expired, no_token), 403 device_taken (the
device id is another user's), 429 too_many_attempts with Retry-After (a source that
guessed too often), 503 busy (too many password checks at once), 426 update_required
for a client speaking an older protocol, 413 for oversized bodies, 422 for malformed
requests.
"""

import math
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError
from sqlalchemy.exc import OperationalError
from starlette.middleware.gzip import GZipMiddleware

from app.core.catalogs import Catalogs
from sync.protocol import (
    MAX_BODY_BYTES,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ROTATE_HEADER,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    PullResponse,
    PushRequest,
    PushResponse,
    TokenResponse,
)
from sync.server import auth, keys, releases, sync_status, tokens
from sync.server.feed import BadCursor, pull_json
from sync.server.limits import (
    ENDPOINT_LIMITS,
    SMALL_BODY,
    BadEncoding,
    BodyLimit,
    BodyTooLarge,
    gunzip,
)
from sync.server.push import apply_push
from sync.server.store import ServerStore, to_text

ERRORS = {401: {"model": ErrorBody}, 426: {"model": ErrorBody}, 400: {"model": ErrorBody}}
AUTH_STATUS = {"too_many_attempts": 429, "busy": 503, "device_taken": 403}


def _summary(errors: Sequence[Any]) -> str:
    return "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors[:5])


class ApiError(Exception):
    def __init__(self, status: int, code: str, detail: str = "",
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(code)
        self.status, self.code, self.detail = status, code, detail
        self.headers = headers


def auth_error(exc: auth.AuthError) -> ApiError:
    status = AUTH_STATUS.get(exc.code, 401)
    headers = None
    if status == 429:
        headers = {"Retry-After": str(max(1, math.ceil(exc.retry_after)))}
    elif status == 503:
        headers = {"Retry-After": "5"}
    return ApiError(status, exc.code, headers=headers)


def create_app(store: ServerStore, catalogs: Catalogs) -> FastAPI:
    app = FastAPI(title="Defensoría sync", version=str(PROTOCOL_VERSION),
                  openapi_url="/openapi.json", docs_url=None, redoc_url=None)
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=1)
    app.add_middleware(BodyLimit, max_bytes=SMALL_BODY, per_path=ENDPOINT_LIMITS)
    bearer = HTTPBearer(auto_error=False)
    checks = auth.PasswordChecks()
    app.state.password_checks = checks

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse({"code": exc.code, "detail": exc.detail}, status_code=exc.status,
                            headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"code": "invalid_request", "detail": _summary(exc.errors())},
                            status_code=422)

    @app.exception_handler(OperationalError)
    async def _unavailable(_request: Request, _exc: OperationalError) -> JSONResponse:
        # The database is down or locked for too long: the client retries with backoff.
        return JSONResponse({"code": "unavailable", "detail": "database unavailable"},
                            status_code=503, headers={"Retry-After": "5"})

    async def raw_body(request: Request) -> bytes:
        return await request.body()

    def unpacked(body: bytes, encoding: str) -> bytes:
        """Devices gzip their pushes: a rural mobile link carries a fifth of the bytes.
        Unpacked in the endpoint's worker thread, after the token was checked."""
        encoding = encoding.strip().lower()
        if encoding == "identity":
            return body
        if encoding != "gzip":
            raise ApiError(415, "unsupported_encoding", "send gzip or identity")
        try:
            return gunzip(body, MAX_BODY_BYTES)
        except BodyTooLarge:
            raise ApiError(413, "too_large", "request body too large") from None
        except BadEncoding:
            raise ApiError(400, "bad_encoding", "the gzip body is damaged") from None

    def protocol(version: Annotated[int | None, Header(alias=PROTOCOL_HEADER)] = None) -> None:
        if version is not None and version < MIN_PROTOCOL_VERSION:
            raise ApiError(426, "update_required", "update the app")
        if version is not None and version > PROTOCOL_VERSION:
            raise ApiError(400, "server_too_old", "update the server")

    def session(credentials: Annotated[HTTPAuthorizationCredentials | None,
                                       Depends(bearer)]) -> auth.Session:
        try:
            found = auth.authenticate(store, credentials.credentials if credentials else None)
        except auth.AuthError as exc:
            raise auth_error(exc) from None
        tokens.seen(store, found.principal.device_id, found.last_seen, store.clock.now())
        return found

    Who = Annotated[auth.Session, Depends(session)]

    def answer(body: bytes | str, who: auth.Session) -> Response:
        headers = {ROTATE_HEADER: "1"} if who.rotate else None
        return Response(body, media_type="application/json", headers=headers)

    @app.get("/api/v1/info", dependencies=[Depends(protocol)])
    def info() -> dict[str, int]:
        return {"protocol": PROTOCOL_VERSION, "min_protocol": MIN_PROTOCOL_VERSION}

    @app.post("/api/v1/enroll", response_model=EnrollResponse, responses=ERRORS,
              dependencies=[Depends(protocol)])
    def enroll(req: EnrollRequest, request: Request) -> EnrollResponse:
        source = request.client.host if request.client else ""
        try:
            token, who = auth.enroll(store, checks, req, source)
        except auth.AuthError as exc:
            raise auth_error(exc) from None
        sign, box = keys.public_keys(store)
        return EnrollResponse(token=token, username=who.username, role=who.role,
                              parish=who.parish, server_sign_key=sign, server_box_key=box,
                              server_release_key=releases.public_key(store))

    push_body = {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/PushRequest"}}}}}

    @app.post("/api/v1/push", response_model=PushResponse, responses=ERRORS,
              dependencies=[Depends(protocol)], openapi_extra=push_body)
    def push(body: Annotated[bytes, Depends(raw_body)], who: Who,
             content_encoding: Annotated[str, Header()] = "identity") -> Response:
        # Parsed by pydantic-core straight from bytes: large batches parse several times
        # faster than through FastAPI's generic body handling.
        try:
            req = PushRequest.model_validate_json(unpacked(body, content_encoding))
        except ValidationError as exc:
            raise ApiError(422, "invalid_request", _summary(exc.errors())) from None
        if req.device_id != who.principal.device_id:
            raise ApiError(400, "wrong_device", "device_id does not match the token")
        return answer(to_text({"results": apply_push(store, who.principal, req.changes,
                                                     catalogs)}), who)

    @app.get("/api/v1/pull", response_model=PullResponse, responses=ERRORS,
             dependencies=[Depends(protocol)])
    def pull(who: Who, cursor: str = "", limit: int = 1000) -> Response:
        if len(cursor) > 400:
            raise ApiError(400, "bad_cursor")
        try:
            body = pull_json(store, who.principal, cursor, limit)
        except BadCursor:
            raise ApiError(400, "bad_cursor") from None
        return answer(body, who)

    @app.post("/api/v1/token", response_model=TokenResponse, responses=ERRORS,
              dependencies=[Depends(protocol)])
    def token(who: Who, credentials: Annotated[HTTPAuthorizationCredentials | None,
                                                Depends(bearer)]) -> TokenResponse:
        assert credentials is not None  # `who` was authenticated from it
        return TokenResponse(token=tokens.rotate(store, who.principal,
                                                 credentials.credentials, who.issued))

    @app.get("/api/v1/sync-status", responses={**ERRORS, 403: {"model": ErrorBody}},
             dependencies=[Depends(protocol)])
    def sync_status_feed(who: Who) -> dict[str, Any]:
        """Each user's last successful sync, for the Consejo's canton overview."""
        if not sync_status.may_see(who.principal):
            raise ApiError(403, "forbidden", "this role does not follow other users")
        return sync_status.feed(store)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = FastAPI.openapi(app)
            body = PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components.update(body.pop("$defs", {}))
            components["PushRequest"] = body
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.include_router(releases.router(store))
    return app
