"""Administration from the desktop app: users, devices and caseloads, for administrators
only (app.core.permissions.administers; anyone else gets 403). Each change is audited
with the administrator who made it; a refused one answers 409 with the shared text of
sync/admin_words.py (app.py turns an `AdminError` into it)."""

from fastapi import APIRouter, Depends

from app.core.permissions import administers
from sync.admin_words import OWN_ACCOUNT
from sync.protocol import (
    AdminDevice,
    AdminDevices,
    AdminUser,
    AdminUsers,
    ErrorBody,
    NewUser,
    PasswordReset,
    Reassign,
    Reassigned,
    Refusal,
)
from sync.server import accounts, admin, caseload
from sync.server.admin import AdminError
from sync.server.auth import Session
from sync.server.deps import ERRORS, ApiError, ServerDep, Who, protocol


def administrator(who: Who) -> Session:
    if not administers(who.principal.role):
        raise ApiError(403, "forbidden", "administrators only")
    return who


router = APIRouter(prefix="/api/v1/admin", dependencies=[Depends(protocol)],
                   responses={**ERRORS, 403: {"model": ErrorBody}, 409: {"model": Refusal}})
Admin = Depends(administrator)


@router.get("/users", response_model=AdminUsers)
def users(srv: ServerDep, who: Session = Admin) -> AdminUsers:
    return AdminUsers(users=[AdminUser(**row._asdict()) for row in admin.list_users(srv.store)])


@router.post("/users", response_model=AdminUser, status_code=201)
def add_user(req: NewUser, srv: ServerDep, who: Session = Admin) -> AdminUser:
    name = accounts.new_user(srv.store, srv.catalogs.territory, req.username, req.role,
                             req.parish, req.password, by=who.principal.username)
    [row] = [u for u in admin.list_users(srv.store) if u.username == name]
    return AdminUser(**row._asdict())


@router.post("/users/{username}/disable", status_code=204)
def disable_user(username: str, srv: ServerDep, who: Session = Admin) -> None:
    if username.strip().lower() == who.principal.username:
        raise AdminError(OWN_ACCOUNT)
    admin.disable_user(srv.store, username, by=who.principal.username)


@router.post("/users/{username}/password", status_code=204)
def reset_password(username: str, req: PasswordReset, srv: ServerDep,
                   who: Session = Admin) -> None:
    accounts.reset_password(srv.store, username, req.password, by=who.principal.username)


@router.get("/devices", response_model=AdminDevices)
def devices(srv: ServerDep, who: Session = Admin) -> AdminDevices:
    return AdminDevices(devices=[
        AdminDevice(id=d.id, username=d.username, name=d.name, revoked=d.revoked,
                    synced_at=d.synced_at.isoformat() if d.synced_at else None)
        for d in admin.list_devices(srv.store)])


@router.post("/devices/{device_id}/revoke", status_code=204)
def revoke_device(device_id: str, srv: ServerDep, who: Session = Admin) -> None:
    admin.revoke_device(srv.store, device_id, by=who.principal.username)


@router.post("/caseload/reassign", response_model=Reassigned)
def reassign(req: Reassign, srv: ServerDep, who: Session = Admin) -> Reassigned:
    return Reassigned(types=caseload.reassign(srv.store, req.source, req.target,
                                              by=who.principal.username,
                                              device=who.principal.device_id))
