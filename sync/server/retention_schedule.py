"""Running retention once a day while the server serves.

Two `counter` rows: DAY holds the ordinal of the last day whose run finished, CLAIM until
when (epoch seconds) a process is running today's. A process takes the claim, runs, and
only then moves the day: with several server processes sharing one PostgreSQL, the one
whose UPDATE takes the claim runs, the others wait for it. A run that fails gives the
claim back at once; one cut short (a power cut, a killed process) holds it until
CLAIM_FOR has passed. Either way the day is not taken, so a later check runs it. A
second run, should a lapsed claim ever overlap a slow one, is harmless: each page is
written under the version lock and what is done is not due again.

The check is a few small statements, so the thread that calls `daily` every CHECK_EVERY
seconds costs nothing when nothing is due. The day comes from the store's clock: tests
move that clock and call `daily`, never wait on the timer.
"""

import logging
import threading
from datetime import timedelta

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.server import retention
from sync.server.schema import counter
from sync.server.store import ServerStore

DAY = "retention_day"
CLAIM = "retention_claim"
# Far longer than a run (100,000 records take under 30 s, bench/retention.py), and short
# enough that a run cut short is retried the same day.
CLAIM_FOR = timedelta(hours=2)
CHECK_EVERY = 3600.0  # seconds between checks; the run itself is once a day
log = logging.getLogger("defensoria.retention")


def _value(conn: Connection, name: str) -> int | None:
    return conn.execute(select(counter.c.value).where(counter.c.name == name)).scalar()


def _set(conn: Connection, name: str, value: int) -> None:
    if not conn.execute(update(counter).where(counter.c.name == name)
                        .values(value=value)).rowcount:
        conn.execute(insert(counter).values(name=name, value=value))


def claim_today(store: ServerStore) -> bool:
    """True if today's run (the store's clock) is not done and this process may run it:
    the claim is its own until `finish` or `release`, or until CLAIM_FOR has passed."""
    now = store.clock.now()
    stamp, until = int(now.timestamp()), int((now + CLAIM_FOR).timestamp())
    try:
        with store.write() as conn:
            if (_value(conn, DAY) or 0) >= now.date().toordinal():
                return False  # the hourly check when today's is done: nothing written
            # Then the claim: its row lock orders the processes, so the day read again
            # after it is the one the previous holder left.
            taken = conn.execute(update(counter).where(
                counter.c.name == CLAIM, counter.c.value <= stamp).values(value=until)).rowcount
            if not taken:
                if _value(conn, CLAIM) is not None:
                    return False  # another process is running it
                conn.execute(insert(counter).values(name=CLAIM, value=until))
            if (_value(conn, DAY) or 0) >= now.date().toordinal():
                _set(conn, CLAIM, 0)  # done already: the claim goes back as it was free
                return False
            return True
    except IntegrityError:  # another process inserted the claim row first
        return False


def finish(store: ServerStore) -> None:
    """Today's run is done: the day moves and the claim is given back, in one step."""
    with store.write() as conn:
        _set(conn, DAY, store.clock.now().date().toordinal())
        _set(conn, CLAIM, 0)


def release(store: ServerStore) -> None:
    """The run failed: the claim goes back so the next check tries again."""
    with store.write() as conn:
        _set(conn, CLAIM, 0)


def daily(store: ServerStore) -> dict[str, int] | None:
    """Run retention if today's run has not happened; its counts, or None."""
    if not claim_today(store):
        return None
    try:
        counts = retention.run(store)
    except BaseException:
        try:
            release(store)
        except Exception:  # the database itself is gone: the claim lapses on its own
            log.error("retention: the claim could not be given back")
        raise
    finish(store)
    return counts


def start(store: ServerStore, stop: threading.Event,
          every: float = CHECK_EVERY) -> threading.Thread:
    """A daemon thread checking `daily` now and every `every` seconds until `stop`."""
    def loop() -> None:
        while True:
            try:
                counts = daily(store)
                if counts is not None:
                    log.info("retention: %d records", sum(counts.values()))
            except Exception as exc:  # logged without its message: it may hold values
                log.error("retention failed: %s", type(exc).__name__)
            if stop.wait(every):
                return

    thread = threading.Thread(target=loop, name="retention", daemon=True)
    thread.start()
    return thread
