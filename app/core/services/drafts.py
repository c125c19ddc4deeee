"""Autosaved contents of open forms, kept in the encrypted store until saved or discarded."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlmodel import col

from app.core.clock import Clock
from app.core.ids import new_id
from app.core.records import Draft
from app.core.store.database import Database


@dataclass(frozen=True)
class DraftInfo:
    key: str
    form: str
    data: dict[str, Any]
    saved_at: datetime


class DraftService:
    def __init__(self, db: Database, username: str, clock: Clock) -> None:
        self.db, self.username, self.clock = db, username, clock

    def new_key(self, form: str) -> str:
        return f"{self.username}:{form}:{new_id()}"

    def save(self, key: str, form: str, data: dict[str, Any]) -> None:
        with self.db.write() as s:
            draft = s.get(Draft, key)
            if draft is None:
                s.add(Draft(key=key, username=self.username, form=form, data=data,
                            saved_at=self.clock.now()))
            else:
                draft.data, draft.saved_at = dict(data), self.clock.now()

    def discard(self, key: str) -> None:
        with self.db.write() as s:
            s.execute(delete(Draft).where(col(Draft.key) == key))

    def pending(self) -> list[DraftInfo]:
        """Drafts left behind by forms that were never saved nor closed (a crash)."""
        with self.db.read() as s:
            rows = s.execute(select(Draft).where(col(Draft.username) == self.username)
                             .order_by(col(Draft.saved_at))).scalars()
            return [DraftInfo(d.key, d.form, dict(d.data), d.saved_at) for d in rows]
