"""Administration from the desktop over the real server (SQLite and PostgreSQL): the
desktop's AdminClient adds users, resets passwords, disables users, lists devices with
their last sync, revokes devices and reassigns caseloads; administrators only (403 for
anyone else), each change audited with the administrator who made it."""

import pytest
import requests
from sqlalchemy import select

from app.core.records import Case
from sync.admin_client import AdminClient
from sync.client import computer_name
from sync.errors import SyncError
from sync.server.schema import audit
from tests.helpers.constants import NOW, PASSWORD
from tests.helpers.server import family_case

NEW_PASSWORD = "otra-clave-segura"


def admin_of(device) -> AdminClient:
    return AdminClient(device.ws.db, {"attempts": 1, "sleep": lambda _s: None})


def audited(store, action: str) -> list[tuple[str, str]]:
    with store.read() as conn:
        return [(r.username, r.detail) for r in conn.execute(
            select(audit.c.username, audit.c.detail).where(audit.c.action == action))]


def test_an_administrator_manages_users_and_devices(any_server, make_device) -> None:
    root = make_device(any_server, "root", role="admin", parish="")
    ana = make_device(any_server, "ana")
    admin = admin_of(root)
    assert [(u.username, u.role, u.parish, u.disabled) for u in admin.users()] == [
        ("ana", "promotor", "PIL", False), ("root", "admin", "", False)]

    added = admin.add_user(" Beto ", "promotor", "Pilahuín", PASSWORD)
    assert (added.username, added.role, added.parish) == ("beto", "promotor", "PIL")
    assert "beto" in [u.username for u in admin.users()]
    beto = make_device(any_server, "beto", add=False)  # the new account enrolls
    assert beto.sync().complete

    admin.reset_password("ana", NEW_PASSWORD)
    assert ana.sync().complete  # an enrolled device keeps its token
    with pytest.raises(SyncError):
        ana.client.enroll(any_server.url, "ana", PASSWORD)
    ana.client.enroll(any_server.url, "ana", NEW_PASSWORD)

    assert ana.sync().complete
    devices = {d.username: d for d in admin.devices()}
    assert devices["ana"].name == computer_name() != ""  # the laptop names itself
    assert devices["ana"].synced_at is not None
    assert devices["ana"].synced_at.startswith(NOW.date().isoformat())
    admin.revoke(devices["beto"].id)
    with pytest.raises(SyncError) as revoked:
        beto.sync()
    # A revoked device saves its unsent work for the server and erases its data.
    assert revoked.value.code == "wiped"
    assert not beto.ws.db.path.exists()
    assert {d.username: d.revoked for d in admin.devices()}["beto"] is True

    admin.disable("ana")
    with pytest.raises(SyncError) as disabled:
        ana.sync()
    assert disabled.value.code == "disabled"
    assert {u.username: u.disabled for u in admin.users()}["ana"] is True
    for action in ("user_add", "password_reset", "revoke", "disable"):
        assert '"by":"root"' in audited(any_server.store, action)[-1][1], action


def test_reassignment_over_http(any_server, make_device) -> None:
    root = make_device(any_server, "root", role="admin", parish="")
    ana, beto = make_device(any_server, "ana"), make_device(any_server, "beto")
    case = family_case(ana.ws)
    assert ana.sync().complete
    assert admin_of(root).reassign("ana", "beto") == {"case": 1}
    assert beto.sync().complete
    with beto.ws.db.read() as s:
        assert s.get(Case, case.id).assigned_to == "beto"
    [(who, detail)] = audited(any_server.store, "reassign")
    assert who == "root" and case.id in detail


@pytest.mark.parametrize(("call", "message"), [
    (lambda a: a.add_user("ana", "promotor", "PIL", PASSWORD), "User ana already exists."),
    (lambda a: a.add_user("eva", "promotor", "", PASSWORD), "A promoter needs a parish."),
    (lambda a: a.add_user("eva", "promotor", "Marte", PASSWORD),
     "Unknown parish: Marte."),
    (lambda a: a.add_user("eva", "junta", "", "corta"),
     "The password must have at least 8 characters."),
    (lambda a: a.reset_password("nadie", NEW_PASSWORD), "No user nadie."),
    (lambda a: a.disable("root"), "An administrator cannot disable their own account."),
    (lambda a: a.revoke("no-such-device"), "No device no-such-device."),
    (lambda a: a.reassign("ana", "root"), "root is not a promoter."),
])
def test_refusals_say_why(any_server, make_device, call, message) -> None:
    root = make_device(any_server, "root", role="admin", parish="")
    any_server.add_user("ana", "promotor", "PIL")
    with pytest.raises(SyncError) as refused:
        call(admin_of(root))
    assert refused.value.code == "refused"
    assert refused.value.render(lambda text: text) == message


@pytest.mark.parametrize("role", ["promotor", "tecnico", "junta"])
def test_only_administrators(any_server, make_device, role) -> None:
    someone = make_device(any_server, "alguien", role=role,
                          parish="PIL" if role == "promotor" else "")
    any_server.add_user("ana", "promotor", "PIL")
    token = someone.client.enrollment().token
    for method, path, body in (
            ("GET", "/users", None), ("GET", "/devices", None),
            ("POST", "/users", {"username": "x", "role": "admin", "password": PASSWORD}),
            ("POST", "/users/ana/disable", None),
            ("POST", "/users/ana/password", {"password": NEW_PASSWORD}),
            ("POST", "/caseload/reassign", {"source": "ana", "target": "alguien"})):
        answer = requests.request(method, f"{any_server.url}/api/v1/admin{path}", json=body,
                                  headers={"Authorization": f"Bearer {token}"}, timeout=30)
        assert (answer.status_code, answer.json()["code"]) == (403, "forbidden"), path
    with pytest.raises(SyncError) as forbidden:
        admin_of(someone).users()
    assert forbidden.value.code == "forbidden"
    assert [u.username for u in any_server_users(any_server)] == ["alguien", "ana"]
    assert audited(any_server.store, "disable") == []


def any_server_users(server):
    from sync.server.admin import list_users

    return [u for u in list_users(server.store) if not u.disabled]


def test_no_token_no_answer(any_server) -> None:
    answer = requests.get(f"{any_server.url}/api/v1/admin/users", timeout=30)
    assert answer.status_code == 401
