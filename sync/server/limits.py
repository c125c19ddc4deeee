"""Request size limits: an ASGI middleware refusing bodies over a size limit (413),
chunked or not, and gzip request bodies unpacked under the same limit.

The limit is per endpoint: only a push carries a large body; an enrollment is under 1 KB
and every other request has none, so a large body there is refused before anything
parses it.
"""

import json
import zlib
from typing import Any

from sync.protocol import MAX_BODY_BYTES

Scope = dict[str, Any]
SMALL_BODY = 16 * 1024
# A batch of device audit events (sync/protocol.py MAX_AUDIT_EVENTS) is some 200 KB.
ENDPOINT_LIMITS = {"/api/v1/push": MAX_BODY_BYTES, "/api/v1/audit": 1024 * 1024}


class BodyTooLarge(Exception):
    pass


class BadEncoding(ValueError):
    pass


def gunzip(body: bytes, max_bytes: int) -> bytes:
    """A gzip body unpacked, refusing more than `max_bytes` out (a small file may unpack
    to gigabytes)."""
    unpacker = zlib.decompressobj(wbits=31)
    try:
        out = unpacker.decompress(body, max_bytes + 1)
    except zlib.error:
        raise BadEncoding("not gzip") from None
    if len(out) > max_bytes:
        raise BodyTooLarge
    if not unpacker.eof or unpacker.unused_data:
        raise BadEncoding("truncated or trailing data")
    return out


class BodyLimit:
    def __init__(self, app: Any, max_bytes: int = SMALL_BODY,
                 per_path: dict[str, int] | None = None) -> None:
        self.app, self.default, self.per_path = app, max_bytes, per_path or {}

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.per_path.get(scope.get("path", ""), self.default)
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > limit:
                await self._refuse(send)
                return
        seen = 0
        started = False

        async def counted_receive() -> Any:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge
            return message

        async def tracked_send(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(send)

    @staticmethod
    async def _refuse(send: Any) -> None:
        body = json.dumps({"code": "too_large", "detail": "request body too large"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
