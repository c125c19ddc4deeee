"""This device's id: made the first time its store opens, kept in the store's DeviceState
row. The one read of it: the workspace stamps records with it, sync and bundles send it."""

from sqlalchemy import insert, select
from sqlmodel import col

from app.core.records import DeviceState
from app.core.store.database import Database


def device_id(db: Database) -> str:
    with db.read() as s:   # no write lock when the device is known: the usual case
        device = s.execute(select(col(DeviceState.device_id))).scalar()
    if device is not None:
        return device
    with db.write() as s:
        device = s.execute(select(col(DeviceState.device_id))).scalar()
        if device is None:
            state = DeviceState()
            s.execute(insert(DeviceState), [state.model_dump()])
            device = state.device_id
        return device
