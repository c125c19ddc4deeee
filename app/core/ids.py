"""Identifiers and time stamps made on the device."""

from datetime import UTC, datetime

import uuid_utils


def new_id() -> str:
    """A UUIDv7: unique without coordination, roughly time-ordered on one device."""
    return str(uuid_utils.uuid7())


def utcnow() -> datetime:
    # Device clocks may be wrong by years: these stamps are informative only,
    # ordering and conflicts use server versions (DESIGN, sync invariant 6).
    return datetime.now(UTC)
