"""Property-based requests generated from our OpenAPI document: never a 5xx.

Besides what Hypothesis generates, the inputs that once gave a 500 run every time as
explicit examples: pull cursors whose version is past 64 bits or not an integer, and a
push whose seq or base version is past 64 bits.
"""

import base64
import copy
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from app.core.catalogs import Catalogs
from app.core.clock import FixedClock
from sync.server.app import create_app
from sync.server.store import ServerStore
from tests.helpers.constants import NOW


def _cursor(version: str) -> str:
    raw = f'{{"v":{version},"s":"promotor:PIL"}}'.encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


CURSORS = [_cursor(v) for v in ("9223372036854775808", "1e400", "NaN", "-1")]
CHANGE = {"record_type": "household", "record_id": "0190aaaa-0000-7000-8000-000000000001",
          "op": "create", "fields": {"parish": "PIL"}}
PUSHES = [{"device_id": "d", "changes": [{**CHANGE, "seq": 2 ** 63}]},
          {"device_id": "d", "changes": [{**CHANGE, "seq": 1, "base_version": 2 ** 64}]}]


def with_examples(document: dict[str, Any]) -> dict[str, Any]:
    document = copy.deepcopy(document)
    pull = document["paths"]["/api/v1/pull"]["get"]
    for parameter in pull["parameters"]:
        if parameter["name"] == "cursor":
            parameter["examples"] = {f"c{i}": {"value": c} for i, c in enumerate(CURSORS)}
    body = document["paths"]["/api/v1/push"]["post"]["requestBody"]["content"]
    body["application/json"]["examples"] = {f"p{i}": {"value": p}
                                            for i, p in enumerate(PUSHES)}
    return document


# The document only: this store is never opened.
SCHEMA = schemathesis.openapi.from_dict(with_examples(
    create_app(ServerStore("sqlite://", FixedClock(NOW)), Catalogs.load()).openapi()))


@pytest.fixture
def token(server, make_device) -> str:
    return make_device(server, "ana").client.enrollment().token


@SCHEMA.parametrize()
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_no_server_errors(case, server, token) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    response = case.call(base_url=server.url, headers=headers, timeout=30)
    assert response.status_code < 500, (response.status_code, response.text[:300])
