"""The exchange of records: a device pushes its changes and pulls everyone else's."""

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import Response
from pydantic import ValidationError

from sync.protocol import (
    MAX_BODY_BYTES,
    FetchRequest,
    FetchResponse,
    InventoryResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    unprintable,
)
from sync.server import audit
from sync.server.deps import ERRORS, ApiError, ServerDep, Who, answer, protocol, summary
from sync.server.digest import inventory_json, rows_by_id
from sync.server.feed import BadCursor, pull_json
from sync.server.limits import BadEncoding, BodyTooLarge, gunzip
from sync.server.push import apply_push
from sync.server.store import to_text

router = APIRouter(prefix="/api/v1", dependencies=[Depends(protocol)])
# The push body is read as bytes (see `push`); its schema is PushRequest all the same.
PUSH_BODY = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": {"$ref": "#/components/schemas/PushRequest"}}}}}
MAX_CURSOR = 400


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


@router.post("/push", response_model=PushResponse, responses=ERRORS, openapi_extra=PUSH_BODY)
def push(body: Annotated[bytes, Depends(raw_body)], who: Who, srv: ServerDep,
         content_encoding: Annotated[str, Header()] = "identity") -> Response:
    # Parsed by pydantic-core straight from bytes: large batches parse several times
    # faster than through FastAPI's generic body handling.
    try:
        req = PushRequest.model_validate_json(unpacked(body, content_encoding))
    except ValidationError as exc:
        raise ApiError(422, "invalid_request", summary(exc.errors())) from None
    if req.device_id != who.principal.device_id:
        raise ApiError(400, "wrong_device", "device_id does not match the token")
    results = apply_push(srv.store, who.principal, req.changes, srv.catalogs, req.origin)
    return answer(to_text({"results": results}), who)


@router.get("/pull", response_model=PullResponse, responses=ERRORS)
def pull(who: Who, srv: ServerDep, cursor: str = "", limit: int = 1000) -> Response:
    if len(cursor) > MAX_CURSOR:
        raise ApiError(400, "bad_cursor")
    try:
        body = pull_json(srv.store, who.principal, cursor, limit)
    except BadCursor:
        raise ApiError(400, "bad_cursor") from None
    return answer(body, who)


@router.get("/inventory", response_model=InventoryResponse, responses=ERRORS)
def inventory(who: Who, srv: ServerDep, after: str = "", limit: int = 5000) -> Response:
    """The ids and versions the device's scope holds, for a device repairing itself."""
    if len(after) > 36 or unprintable(after):
        raise ApiError(400, "bad_cursor")
    return answer(inventory_json(srv.store, who.principal, after, limit), who)


@router.post("/fetch", response_model=FetchResponse, responses=ERRORS)
def fetch(req: FetchRequest, who: Who, srv: ServerDep) -> Response:
    """Rows by id (those the device lacks after a digest mismatch), only in its scope."""
    rows = rows_by_id(srv.store, who.principal, req.ids)
    if rows:
        with srv.store.write() as conn:
            audit.record(conn, srv.store.clock.now(), who.principal, "pull",
                         ((r["type"], r["id"]) for r in rows))
    return answer(to_text({"records": rows}), who)
