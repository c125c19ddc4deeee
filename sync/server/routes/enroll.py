"""Getting in: the protocol's versions, a device's enrollment, and token rotation."""

from fastapi import APIRouter, Depends, Request

from sync.protocol import (
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    EnrollRequest,
    EnrollResponse,
    TokenResponse,
)
from sync.server import auth, keys, recovery, releases, tokens
from sync.server.deps import ERRORS, Credentials, ServerDep, Who, auth_error, protocol

router = APIRouter(prefix="/api/v1", dependencies=[Depends(protocol)])


@router.get("/info")
def info() -> dict[str, int]:
    return {"protocol": PROTOCOL_VERSION, "min_protocol": MIN_PROTOCOL_VERSION}


@router.post("/enroll", response_model=EnrollResponse, responses=ERRORS)
def enroll(req: EnrollRequest, request: Request, srv: ServerDep) -> EnrollResponse:
    source = request.client.host if request.client else ""
    try:
        token, who = auth.enroll(srv.store, srv.checks, req, source)
    except auth.AuthError as exc:
        raise auth_error(exc) from None
    sign, box = keys.public_keys(srv.store)
    return EnrollResponse(token=token, username=who.username, role=who.role,
                          parish=who.parish, server_sign_key=sign, server_box_key=box,
                          server_release_key=releases.public_key(srv.store),
                          recovery_key=recovery.public_key(srv.store))


@router.post("/token", response_model=TokenResponse, responses=ERRORS)
def token(who: Who, credentials: Credentials, srv: ServerDep) -> TokenResponse:
    assert credentials is not None  # `who` was authenticated from it
    return TokenResponse(token=tokens.rotate(srv.store, who.principal,
                                             credentials.credentials, who.issued))
