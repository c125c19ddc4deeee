"""Conflicting edits ("Cambios en conflicto"): listing them and resolving them.

Resolving writes two ordinary synced changes in one transaction: the chosen value into
the record, and the conflict marked resolved with that value (sync invariant 5).
"""

from typing import Any

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import select

from app.core.errors import UserError
from app.core.i18n import N_
from app.core.records import SYNCED_TYPES, Conflict
from app.core.store.database import Database
from app.core.writer import RecordWriter


class ConflictError(UserError):
    pass


class ConflictService:
    def __init__(self, db: Database, writer: RecordWriter) -> None:
        self.db, self.writer = db, writer

    def open(self) -> list[Conflict]:
        with self.db.read() as s:
            return list(s.execute(select(Conflict).where(
                Conflict.resolved.is_(False), Conflict.deleted.is_(False))
                .order_by(Conflict.created_at)).scalars())

    def for_record(self, record_id: str) -> list[Conflict]:
        with self.db.read() as s:
            return list(s.execute(select(Conflict).where(
                Conflict.target_id == record_id).order_by(Conflict.created_at)).scalars())

    def resolve(self, conflict_id: str, value: Any) -> None:
        """Keep `value` (one of the two, or a new one) for the conflicting field."""
        with self.db.write() as s:
            conflict = self.writer.get(s, Conflict, conflict_id)
            if conflict.resolved:
                raise ConflictError(N_("This conflict was already resolved."))
            model = SYNCED_TYPES.get(conflict.target_type)
            if conflict.field and model is not None:
                annotation = model.model_fields[conflict.field].annotation
                try:
                    typed = TypeAdapter(annotation).validate_python(value)
                except ValidationError:
                    raise ConflictError(N_("The value is not valid.")) from None
                self.writer.update(s, model, conflict.target_id, {conflict.field: typed})
            self.writer.update(s, Conflict, conflict_id,
                               {"resolved": True, "resolution": _wire(value)})


def _wire(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value
