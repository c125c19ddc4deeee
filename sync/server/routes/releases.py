"""Installers for the devices: the newest release of a platform, and its file (with HTTP
Range, so that a download resumes from any byte). Both need a device token."""

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, Response, StreamingResponse

from sync.server import releases
from sync.server.deps import ServerDep, session

router = APIRouter(prefix="/api/v1/releases", dependencies=[Depends(session)])


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """`bytes=START-[END]` → (start, end inclusive); None for the whole file."""
    if not header:
        return None
    unit, _, spec = header.partition("=")
    start_text, _, end_text = spec.partition("-")
    if unit.strip() != "bytes" or "," in spec or not start_text.strip().isdigit():
        raise ValueError(header)
    start = int(start_text)
    end = int(end_text) if end_text.strip().isdigit() else size - 1
    if start >= size or end < start:
        raise ValueError(header)
    return start, min(end, size - 1)


@router.get("/latest")
def latest_release(platform: Annotated[str, Query(max_length=32)], srv: ServerDep
                   ) -> Response:
    found = releases.latest(srv.store, platform)
    if found is None:
        return Response(status_code=204)
    release_id, signed = found
    return JSONResponse({"id": release_id, **signed.to_json()})


@router.get("/{release_id}/file")
def release_file(release_id: Annotated[int, PathParam(ge=1, le=2**31 - 1)], srv: ServerDep,
                 range_: Annotated[str | None, Header(alias="Range", max_length=100)] = None
                 ) -> Response:
    found = releases.stored_file(srv.store, release_id)
    if found is None:
        return JSONResponse({"code": "not_found", "detail": ""}, status_code=404)
    size, filename = found
    try:
        wanted = parse_range(range_, size)
    except ValueError:
        return Response(status_code=416, headers={"Content-Range": f"bytes */{size}"})
    start, end = wanted or (0, size - 1)
    headers = {"Accept-Ranges": "bytes", "Content-Length": str(end - start + 1),
               "Content-Disposition": f'attachment; filename="{filename}"'}
    if wanted is not None:
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    return StreamingResponse(releases.read_file(srv.store, release_id, start, end),
                             status_code=206 if wanted else 200, headers=headers,
                             media_type="application/octet-stream")
