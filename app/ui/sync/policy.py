"""When the desktop syncs, and which failures are about the account: light, so that the
window can be built before the sync controller (and the store behind it) loads."""

DEFAULT_INTERVAL_MS = 5 * 60_000  # while the server answers
DEFAULT_RETRY_MS = 60_000  # while it does not: notice soon that it is back
AUTH_CODES = ("revoked", "disabled", "bad_credentials", "no_token", "too_many_attempts")
