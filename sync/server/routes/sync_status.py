"""Who synced when, for the roles that follow the promoters' work."""

from typing import Any

from fastapi import APIRouter, Depends

from sync.protocol import ErrorBody
from sync.server import sync_status
from sync.server.deps import ERRORS, ApiError, ServerDep, Who, protocol

router = APIRouter(prefix="/api/v1", dependencies=[Depends(protocol)])


@router.get("/sync-status", responses={**ERRORS, 403: {"model": ErrorBody}})
def sync_status_feed(who: Who, srv: ServerDep) -> dict[str, Any]:
    """Each user's last successful sync, for the Consejo's canton overview."""
    if not sync_status.may_see(who.principal):
        raise ApiError(403, "forbidden", "this role does not follow other users")
    return sync_status.feed(srv.store)
