"""Identifiers and time stamps made on the device."""

import re

import uuid_utils

# The canonical text form (any version): what devices make and what the server accepts.
_CANONICAL = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def new_id() -> str:
    """A UUIDv7: unique without coordination, roughly time-ordered on one device."""
    return str(uuid_utils.uuid7())


def is_id(value: str) -> bool:
    return _CANONICAL.fullmatch(value) is not None

