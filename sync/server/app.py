"""The FastAPI application: the routers of `routes/` under /api/v1, the error answers
(deps.py lists them), gzip and the per-endpoint body limits."""

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, OperationalError
from starlette.middleware.gzip import GZipMiddleware

from app.core.catalogs import Catalogs
from sync.protocol import PROTOCOL_VERSION, PushRequest
from sync.server import auth
from sync.server.admin import AdminError
from sync.server.deps import ApiError, Server, summary
from sync.server.limits import ENDPOINT_LIMITS, SMALL_BODY, BodyLimit
from sync.server.routes import (
    access,
    admin,
    enroll,
    exchange,
    persons,
    releases,
    sync_status,
)
from sync.server.store import ServerStore

ROUTERS = (enroll.router, exchange.router, sync_status.router, releases.router,
           admin.router, access.router, persons.router)


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    body = {"code": exc.code, "detail": exc.detail}
    if exc.notice:
        body["notice"] = exc.notice
    return JSONResponse(body, status_code=exc.status, headers=exc.headers)


async def _refused(_request: Request, exc: Exception) -> JSONResponse:
    # An administrative operation refused (routes/admin.py): its English text and
    # parameters, which the desktop shows in its language (sync/admin_words.py).
    assert isinstance(exc, AdminError)
    return JSONResponse({"code": "refused", "detail": exc.message, "params": exc.params},
                        status_code=409)


async def _invalid(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return JSONResponse({"code": "invalid_request", "detail": summary(exc.errors())},
                        status_code=422)


async def _unstorable(_request: Request, _exc: Exception) -> JSONResponse:
    # A value the database refuses (PostgreSQL: NUL in text, a string too long, a number
    # out of range) that no check caught first: the request is at fault, not the server.
    return JSONResponse({"code": "invalid_request", "detail": "a value cannot be stored"},
                        status_code=422)


async def _unavailable(_request: Request, _exc: Exception) -> JSONResponse:
    # The database is down or locked for too long: the client retries with backoff.
    return JSONResponse({"code": "unavailable", "detail": "database unavailable"},
                        status_code=503, headers={"Retry-After": "5"})


def create_app(store: ServerStore, catalogs: Catalogs) -> FastAPI:
    app = FastAPI(title="Defensoría sync", version=str(PROTOCOL_VERSION),
                  openapi_url="/openapi.json", docs_url=None, redoc_url=None)
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=1)
    app.add_middleware(BodyLimit, max_bytes=SMALL_BODY, per_path=ENDPOINT_LIMITS)
    checks = auth.PasswordChecks()
    app.state.server = Server(store, catalogs, checks)
    app.state.password_checks = checks
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(AdminError, _refused)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(OperationalError, _unavailable)
    app.add_exception_handler(DataError, _unstorable)
    for router in ROUTERS:
        app.include_router(router)

    def openapi() -> dict[str, Any]:
        # The push body is read as bytes (routes/exchange.py): its schema is added here.
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = FastAPI.openapi(app)  # kept by FastAPI as app.openapi_schema
        body = PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.update(body.pop("$defs", {}))
        components["PushRequest"] = body
        return schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented override
    return app
