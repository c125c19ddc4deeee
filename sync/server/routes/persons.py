"""A person's data from the desktop app: POST /api/v1/persons/{id}/erase (LOPDP Art. 15),
for the técnico and the admin (app.core.permissions.erases; anyone else gets 403).

The erasure is sync/server/erasure.py's, the same as `defensoria-server person erase`. A
refusal (a proceeding under way, no reason, no such person, already erased) answers 409
with the shared text of sync/admin_words.py and its parameters, which the desktop
translates; `params.refusal` names it for programs. Never a 500."""

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from app.core.ids import is_id
from app.core.permissions import erases
from sync.admin_words import ERASE_NOT_FOUND
from sync.protocol import Erased, EraseRequest, ErrorBody, Refusal
from sync.server import erasure
from sync.server.auth import Session
from sync.server.deps import ERRORS, ApiError, ServerDep, Who, protocol


def eraser(who: Who) -> Session:
    if not erases(who.principal.role):
        raise ApiError(403, "forbidden", "the Consejo only")
    return who


router = APIRouter(prefix="/api/v1", dependencies=[Depends(protocol)],
                   responses={**ERRORS, 403: {"model": ErrorBody}, 409: {"model": Refusal}})
Eraser = Depends(eraser)


def _refusal(code: str, message: str, params: dict[str, object]) -> JSONResponse:
    shown = {k: v if isinstance(v, int) else str(v) for k, v in params.items()}
    return JSONResponse({"code": "refused", "detail": message,
                         "params": {**shown, "refusal": code}}, status_code=409)


@router.post("/persons/{person_id}/erase", response_model=Erased)
def erase(person_id: str, req: EraseRequest, srv: ServerDep,
          who: Session = Eraser) -> Erased | JSONResponse:
    if not is_id(person_id):
        return _refusal("not_found", ERASE_NOT_FOUND, {"id": person_id[:40]})
    try:
        count = erasure.erase(srv.store, person_id, req.reason, by=who.principal.username,
                              device=who.principal.device_id)
    except erasure.ErasureRefused as refused:
        return _refusal(refused.code, refused.message, refused.params)
    return Erased(records=count)
