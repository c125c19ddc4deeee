"""Property-based requests generated from our OpenAPI document: never a 5xx."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from app.core.catalogs import Catalogs
from app.core.clock import FixedClock
from sync.server.app import create_app
from sync.server.store import ServerStore
from tests.conftest import NOW

# The document only: this store is never opened.
SCHEMA = schemathesis.openapi.from_dict(
    create_app(ServerStore("sqlite://", FixedClock(NOW)), Catalogs.load()).openapi())


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
