"""Who saw what: devices send their own audit events (POST /api/v1/audit), and the
Consejo reads, per case or person, who opened, printed or exported it, when and from
which device (GET /api/v1/access/{record_id}, técnico and admin only; ids, names of
users and devices and times, never content)."""

from fastapi import APIRouter, Depends

from app.core.ids import is_id
from app.core.permissions import sees_access_log
from sync.protocol import AccessEvent, AccessLog, AuditAnswer, AuditUpload, ErrorBody
from sync.server import device_audit
from sync.server.auth import Session
from sync.server.deps import ERRORS, ApiError, ServerDep, Who, protocol

router = APIRouter(prefix="/api/v1", dependencies=[Depends(protocol)],
                   responses={**ERRORS, 403: {"model": ErrorBody}})


@router.post("/audit", response_model=AuditAnswer)
def upload(req: AuditUpload, who: Who, srv: ServerDep) -> AuditAnswer:
    if req.device_id != who.principal.device_id:
        raise ApiError(400, "wrong_device", "device_id does not match the token")
    accepted, refused = device_audit.store_events(srv.store, who.principal, req.events)
    return AuditAnswer(accepted=accepted, refused=refused)


def reader(who: Who) -> Session:
    if not sees_access_log(who.principal.role):
        raise ApiError(403, "forbidden", "the Consejo only")
    return who


Reader = Depends(reader)


@router.get("/access/{record_id}", response_model=AccessLog)
def access(record_id: str, srv: ServerDep, who: Session = Reader) -> AccessLog:
    if not is_id(record_id):
        raise ApiError(400, "invalid_request", "not a record id")
    with srv.store.read() as conn:
        found = device_audit.about(conn, device_audit.related_ids(conn, record_id))
    # The wire keeps its fields (older apps refuse unknown ones): a claimed actor shows
    # in `defensoria-server audit`.
    return AccessLog(events=[AccessEvent(
        at=a.at, username=a.username, device_id=a.device_id, device_name=a.device_name,
        action=a.action, record_type=a.record_type, record_id=a.record_id) for a in found])
