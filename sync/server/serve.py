"""Running the app under uvicorn, over HTTP on loopback or HTTPS with a certificate."""

import gc
import threading
from pathlib import Path

import uvicorn

from app.core.catalogs import Catalogs
from sync.server import retention_schedule
from sync.server.app import create_app
from sync.server.migrate import upgrade
from sync.server.store import ServerStore


def serve(store: ServerStore, catalogs: Catalogs, host: str, port: int, cert: Path | None,
          key: Path | None) -> None:
    upgrade(store)
    app = create_app(store, catalogs)
    # The dummy hash unknown user names are checked against, made before the first login
    # so that login answers in the time of any other.
    app.state.password_checks.dummy()
    # What start-up built lives as long as the process: out of the collector's view,
    # the collections a large push triggers have less to walk. And fewer of them: a
    # 1,000-change batch allocates ~100,000 objects, which at Python's default threshold
    # (700) meant ~150 young collections per batch, a fifth of its time; a few MB more
    # before each collection is nothing on a server.
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
    config = uvicorn.Config(app, host=host, port=port, log_level="info",
                            access_log=False, ssl_certfile=cert, ssl_keyfile=key,
                            timeout_keep_alive=30)
    stop = threading.Event()  # retention, once a day (docs/RETENTION.md)
    retention_schedule.start(store, stop)
    try:
        uvicorn.Server(config).run()
    finally:
        stop.set()
