"""The one fixed moment and the one password of the test suite.

Every test reads time from the `clock` fixture, fixed at NOW (TODAY in Ecuador): no
result depends on the day the suite runs.
"""

from datetime import UTC, date, datetime

TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)  # 10:00 on TODAY in Ecuador
PASSWORD = "clave-segura-1"
# The password of the store written by schema 0001 (tests/fixtures/store-0001).
OLD_STORE_PASSWORD = "clave-antigua-1"
