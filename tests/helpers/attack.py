"""Raw HTTP helpers for the attack tests: an enrolled device's token without a desktop
store, and requests sent the way an attacker would, not the way our client does."""

from typing import Any

import requests
from requests.adapters import HTTPAdapter

from sync.protocol import PROTOCOL_HEADER
from tests.helpers.constants import PASSWORD

HOUSEHOLD = "0190aaaa-0000-7000-8000-{:012d}"


def record_id(n: int) -> str:
    return HOUSEHOLD.format(n)


def enroll(url: str, username: str, device_id: str, password: str = PASSWORD,
           session: requests.Session | None = None, **extra: Any) -> requests.Response:
    return (session or requests).post(f"{url}/api/v1/enroll", timeout=60, json={
        "username": username, "password": password, "device_id": device_id, **extra})


def token_for(url: str, username: str, device_id: str) -> str:
    answer = enroll(url, username, device_id)
    assert answer.status_code == 200, answer.text
    return answer.json()["token"]


def headers(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", PROTOCOL_HEADER: "1"}


def push(url: str, token: str, device_id: str, changes: list[dict[str, Any]],
         ) -> requests.Response:
    return requests.post(f"{url}/api/v1/push", timeout=60, headers=headers(token),
                         json={"device_id": device_id, "changes": changes})


def household(seq: int, n: int, **fields: Any) -> dict[str, Any]:
    return {"seq": seq, "record_type": "household", "record_id": record_id(n),
            "op": "create", "fields": {"parish": "PIL", "community": "Centro", **fields}}


def create(seq: int, kind: str, n: int, **fields: Any) -> dict[str, Any]:
    return {"seq": seq, "record_type": kind, "record_id": record_id(n), "op": "create",
            "fields": fields}


PERSON = {"given_names": "Sisa", "surnames": "Chicaiza", "sex": "mujer",
          "birth_date": "2016-04-03"}
CASE = {"parish": "PIL", "violation_types": ["negligencia"], "facts": "Hechos",
        "risk_level": "alto", "reporter_anonymous": True, "opened_on": "2026-11-20",
        "code": "PIL-1"}


class FromAddress(HTTPAdapter):
    """Requests leaving from another loopback address: another source for the server."""

    def __init__(self, address: str) -> None:
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


def source(address: str) -> requests.Session:
    session = requests.Session()
    session.mount("http://", FromAddress(address))
    return session
