"""The server's audit trail: who sent and who received what (counts and types, no content)."""

import json
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import Connection, insert

from sync.server.schema import audit
from sync.server.scope import Principal


def record(conn: Connection, who: Principal, action: str, types: Iterable[str],
           extra: dict[str, int] | None = None) -> None:
    detail = {"types": dict(Counter(types)), **(extra or {})}
    conn.execute(insert(audit).values(
        at=datetime.now(UTC), username=who.username, device_id=who.device_id,
        action=action, detail=json.dumps(detail, separators=(",", ":"))))
