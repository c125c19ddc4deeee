"""Fixtures: the real server on loopback and enrolled devices (see tests/sync/support.py)."""

from tests.sync.support import any_server, make_device, pg_base_url, server  # noqa: F401
