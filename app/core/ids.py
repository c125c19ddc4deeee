"""Identifiers and time stamps made on the device."""

import re
from datetime import UTC, datetime

import uuid_utils

# The canonical text form (any version): what devices make and what the server accepts.
_CANONICAL = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def new_id() -> str:
    """A UUIDv7: unique without coordination, roughly time-ordered on one device."""
    return str(uuid_utils.uuid7())


def is_id(value: str) -> bool:
    return _CANONICAL.fullmatch(value) is not None


def utcnow() -> datetime:
    # Device clocks may be wrong by years: these stamps are informative only,
    # ordering and conflicts use server versions (DESIGN, sync invariant 6).
    return datetime.now(UTC)
