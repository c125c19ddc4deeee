"""Fixtures: the real server on loopback (see tests/sync/support.py)."""

from tests.sync.support import server  # noqa: F401
