"""Fixtures: the real server on loopback and enrolled devices (see tests/sync/support.py)."""

from tests.sync.support import make_device, server  # noqa: F401
