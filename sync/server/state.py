"""Where the server keeps the files that must never be in its database (its keys)."""

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import make_url

RELEASE_KEY_ENV = "DEFENSORIA_RELEASE_KEY"
RELEASE_KEY_FILENAME = "release-signing.key"


def data_folder() -> Path:
    return platformdirs.user_data_path("defensoria-server", "CCPD-Ambato")


def release_key_path(url: str) -> Path:
    """DEFENSORIA_RELEASE_KEY; else beside a SQLite database file; else (PostgreSQL) in
    the server's data folder."""
    configured = os.environ.get(RELEASE_KEY_ENV)
    if configured:
        return Path(configured)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return Path(parsed.database).resolve().parent / RELEASE_KEY_FILENAME
    return data_folder() / RELEASE_KEY_FILENAME


def state_path(url: str, filename: str) -> Path:
    """A file of the server's own beside its release signing key."""
    return release_key_path(url).parent / filename
