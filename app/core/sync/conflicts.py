"""Conflicting edits ("Cambios en conflicto"): listing them and resolving them.

Resolving writes two ordinary synced changes in one transaction: the chosen value into
the record, and the conflict marked resolved with that value (sync invariant 5). The
record with the chosen value must pass the same rules as any edit of it
(`check_record`); when it does not, nothing is written and the conflict stays open.
"""

from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from app.core.errors import Problem, UserError
from app.core.i18n import N_, Translate
from app.core.records import SYNCED_TYPES, Conflict, SyncedRecord, content_fields
from app.core.rules.records import normalise
from app.core.services.base import ServiceContext, build
from app.core.services.record_rules import check_record
from app.core.writer import RecordNotFound

REFUSED = N_("This value cannot be used: {problems}")


class ConflictError(UserError):
    pass


class ResolutionRefused(ConflictError):
    """The record with the chosen value would break its rules; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(REFUSED, problems="; ".join(
            p.message.format(**p.params) for p in problems))
        self.problems = problems

    def render(self, translate: Translate) -> str:
        return translate(self.message).format(
            problems="; ".join(p.render(translate) for p in self.problems))


class ConflictService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def open(self) -> list[Conflict]:
        with self.ctx.db.read() as s:
            return list(s.execute(select(Conflict).where(
                col(Conflict.resolved).is_(False), col(Conflict.deleted).is_(False))
                .order_by(col(Conflict.created_at))).scalars())

    def resolve(self, conflict_id: str, value: Any) -> None:
        """Keep `value` (one of the two, or a new one) for the conflicting field."""
        writer = self.ctx.writer
        with self.ctx.db.write() as s:
            conflict = writer.get(s, Conflict, conflict_id)
            if conflict.resolved:
                raise ConflictError(N_("This conflict was already resolved."))
            model = SYNCED_TYPES.get(conflict.target_type)
            if conflict.field and model is not None:
                value = self._keep(s, model, conflict, value)
            writer.update(s, Conflict, conflict_id,
                          {"resolved": True, "resolution": _wire(value)})

    def _keep(self, s: Session, model: type[SyncedRecord], conflict: Conflict,
              value: Any) -> Any:
        """Write `value` into the record if the record then passes its rules; returns
        the value as stored (typed and normalised, e.g. a cédula without its dash)."""
        try:
            current = self.ctx.writer.get(s, model, conflict.target_id)
        except RecordNotFound:
            return None  # deleted since: the deletion stands, there is no value to keep
        try:
            candidate = build(model, {**current.model_dump(), conflict.field: value})
        except UserError:
            raise ConflictError(N_("The value is not valid.")) from None
        given = candidate.model_dump()
        normalise(candidate, self.ctx.catalogs)
        problems = check_record(s, candidate, self.ctx.catalogs, self.ctx.today(), current)
        if problems:
            raise ResolutionRefused(problems)
        # The field, and what normalising derived from it (a person's name key).
        derived = {name for name in content_fields(model)
                   if getattr(candidate, name) != given[name]}
        self.ctx.writer.update(s, model, conflict.target_id, {
            name: getattr(candidate, name) for name in {conflict.field, *derived}})
        return getattr(candidate, conflict.field)


def _wire(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value
