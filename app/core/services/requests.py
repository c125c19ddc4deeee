"""People's requests about their data (LOPDP: access, rectification, deletion,
objection): recorded with their 15-day due date and listed until answered, overdue
first (the técnico's overview and Inicio). Rules: app/core/rules/rights.py."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import col

from app.core.errors import Problem
from app.core.i18n import N_
from app.core.records import DataRequest, Person
from app.core.rules.rights import due_date
from app.core.services.base import ServiceContext, build, raise_if
from app.core.services.record_rules import check_record


@dataclass(frozen=True)
class OpenRequest:
    id: str
    person_id: str
    person_name: str
    kind: str
    received_on: date
    due_on: date
    # Days until due (negative: overdue by that many).
    days_left: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


class RequestService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record(self, person_id: str, kind: str, received_on: date | None,
               requested_by: str = "self", representative_name: str = "",
               representative_relation: str = "") -> DataRequest:
        raise_if([] if received_on is not None
                 else [Problem("received_on", N_("This field is required."))])
        assert received_on is not None
        request = build(DataRequest, {
            "person_id": person_id, "kind": kind, "requested_by": requested_by,
            "representative_name": representative_name.strip()
            if requested_by == "representative" else "",
            "representative_relation": representative_relation.strip()
            if requested_by == "representative" else "",
            "received_on": received_on, "due_on": due_date(received_on)})
        with self.ctx.db.write() as s:
            self.ctx.writer.get(s, Person, person_id)
            raise_if(check_record(s, request, self.ctx.catalogs, self.ctx.today()))
            return self.ctx.writer.create(s, request)

    def answer(self, request_id: str, answered_on: date | None, note: str = ""
               ) -> DataRequest:
        raise_if([] if answered_on is not None
                 else [Problem("answered_on", N_("This field is required."))])
        with self.ctx.db.write() as s:
            current = self.ctx.writer.get(s, DataRequest, request_id)
            changed = current.model_copy(update={"status": "answered",
                                                 "answered_on": answered_on,
                                                 "note": note.strip()})
            raise_if(check_record(s, changed, self.ctx.catalogs, self.ctx.today(), current))
            return self.ctx.writer.update(s, DataRequest, request_id, {
                "status": "answered", "answered_on": answered_on, "note": note.strip()})

    def open_requests(self) -> list[OpenRequest]:
        """Every unanswered request, overdue first, then by due date."""
        today = self.ctx.today()
        with self.ctx.db.read() as s:
            rows = s.execute(
                select(DataRequest, col(Person.given_names), col(Person.surnames))
                .join(Person, col(Person.id) == col(DataRequest.person_id), isouter=True)
                .where(col(DataRequest.status) == "open", col(DataRequest.deleted).is_(False))
                .order_by(col(DataRequest.due_on), col(DataRequest.received_on))).all()
        return [OpenRequest(r.id, r.person_id, f"{given or ''} {surnames or ''}".strip(),
                            r.kind, r.received_on, r.due_on, (r.due_on - today).days)
                for r, given, surnames in rows]

    def for_person(self, person_id: str) -> list[DataRequest]:
        with self.ctx.db.read() as s:
            return list(s.execute(select(DataRequest).where(
                col(DataRequest.person_id) == person_id,
                col(DataRequest.deleted).is_(False))
                .order_by(col(DataRequest.received_on))).scalars())
