"""The one source of time, passed to everything that stamps or compares times.

Device clocks may be wrong by years: stamps made with a clock are informative only;
ordering and conflicts use server versions (DESIGN, sync invariant 6). Tests and
benchmarks pass a `FixedClock`, so no result depends on the day the suite runs.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Protocol

# Ecuador's mainland time (no daylight saving): where "today" is for a fixed clock.
ECUADOR = timezone(timedelta(hours=-5), "ECT")

# What a record carries before the writer stamps it (never stored: the writer or the
# server always sets the real stamp).
UNSTAMPED = datetime(1970, 1, 1, tzinfo=UTC)


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware, in UTC."""
        ...

    def today(self) -> date:
        """The user's local calendar date."""
        ...


class SystemClock:
    """The machine's clock: the only place the wall clock is read."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return date.today()


@dataclass
class FixedClock:
    """A clock that stands still until moved."""

    at: datetime
    tz: tzinfo = ECUADOR

    def now(self) -> datetime:
        return self.at.astimezone(UTC)

    def today(self) -> date:
        return self.at.astimezone(self.tz).date()

    def advance(self, delta: timedelta) -> None:
        self.at += delta
