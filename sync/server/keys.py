"""The server's own key pair for USB bundles, kept in its database."""

import json

from sqlalchemy import insert, select

from sync.bundle import new_keys, public_of
from sync.server.schema import server_keys
from sync.server.store import ServerStore


def private_keys(store: ServerStore) -> dict[str, str]:
    with store.read() as conn:
        value = conn.execute(select(server_keys.c.private_key)
                             .where(server_keys.c.name == "bundle")).scalar()
    if value is not None:
        return json.loads(value)
    with store.write() as conn:
        value = conn.execute(select(server_keys.c.private_key)
                             .where(server_keys.c.name == "bundle")).scalar()
        if value is None:
            value = json.dumps(new_keys())
            conn.execute(insert(server_keys).values(name="bundle", private_key=value))
    return json.loads(value)


def public_keys(store: ServerStore) -> tuple[str, str]:
    public = public_of(private_keys(store))
    return public["sign"], public["box"]
