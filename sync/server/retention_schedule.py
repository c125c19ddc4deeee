"""Running retention once a day while the server serves.

The day is claimed in the database (a `counter` row holding the day's ordinal): with
several server processes sharing one PostgreSQL, the one whose UPDATE moves the day runs
it, the others see it done. The check is one small statement, so the thread that calls
`daily` every CHECK_EVERY seconds costs nothing when nothing is due. The day comes from
the store's clock: tests move that clock and call `daily`, never wait on the timer.
"""

import logging
import threading

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.server import retention
from sync.server.schema import counter
from sync.server.store import ServerStore

DAY = "retention_day"
CHECK_EVERY = 3600.0  # seconds between checks; the run itself is once a day
log = logging.getLogger("defensoria.retention")


def claim_today(store: ServerStore) -> bool:
    """True once per day (the store's clock), for one process only."""
    today = store.clock.now().date().toordinal()
    try:
        with store.write() as conn:
            moved = conn.execute(update(counter).where(
                counter.c.name == DAY, counter.c.value < today).values(value=today)).rowcount
            if moved:
                return True
            if conn.execute(select(counter.c.value).where(counter.c.name == DAY)).first():
                return False
            conn.execute(insert(counter).values(name=DAY, value=today))
            return True
    except IntegrityError:  # another process inserted the row first
        return False


def daily(store: ServerStore) -> dict[str, int] | None:
    """Run retention if today's run has not happened; its counts, or None."""
    if not claim_today(store):
        return None
    return retention.run(store)


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
