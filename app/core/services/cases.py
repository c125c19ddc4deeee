"""Cases: registration with a readable code, status changes with reasons, the timeline."""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Integer, func, select
from sqlmodel import col

from app.core.errors import Problem, ValidationFailed
from app.core.i18n import N_
from app.core.records import Case, CaseNote, Mediation, Referral, ReferralStatus, Visit
from app.core.rules.legal import missing_referrals
from app.core.services.base import ServiceContext, build, raise_if
from app.core.services.fieldwork import pending_plans
from app.core.services.record_rules import check_record
from app.core.services.referral_steps import referred_to, steps_in_order


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a case's history, dated by the event itself: a visit's or a
    mediation's day, the moment a note or a referral step was written (`recorded_at`).
    Never by the record's stamps, which the server rewrites at each sync."""

    on: date  # the event's day (local time for moments)
    at: datetime | None  # the moment, for entries written at one (notes, referral steps)
    kind: str  # case_note | visit | mediation | referral | referral_status
    record_id: str
    author: str  # the username who recorded it
    code: str = ""  # what the UI names: a case status, visit state, outcome, step status
    text: str = ""  # the note or reason, observations, subject, the step's note
    answer: str = ""  # a referral step's measure or answer
    institution: str = ""  # a referral's institution (code), on referral entries

    def sort_key(self) -> tuple[date, str]:
        # Within a day, the record id: a UUIDv7 made when the entry was recorded, so the
        # order it was recorded in, the same on every device and after every sync (a
        # visit has a day, not an hour: its time of recording places it).
        return (self.on, self.record_id)


def _moment(at: datetime) -> tuple[date, datetime]:
    aware = at if at.tzinfo else at.replace(tzinfo=UTC)
    return aware.astimezone().date(), aware


def _timeline(notes: list[CaseNote], visits: list[Visit], mediations: list[Mediation],
              referrals: list[Referral], steps: list[ReferralStatus]
              ) -> list[TimelineEntry]:
    entries = []
    for n in notes:
        entries.append(TimelineEntry(*_moment(n.moment), "case_note", n.id, n.created_by,
                                     n.status if n.kind == "status" else "", n.text))
    entries += [TimelineEntry(v.visit_date, None, "visit", v.id, v.created_by, v.state,
                              v.observations) for v in visits]
    entries += [TimelineEntry(m.held_on, None, "mediation", m.id, m.created_by, m.outcome,
                              m.subject) for m in mediations]
    institutions = {r.id: r.institution for r in referrals}
    first: dict[str, ReferralStatus] = {}
    for st in steps:  # in recorded order: a referral's first step is its sending
        if st.referral_id not in first:
            first[st.referral_id] = st
            continue
        entries.append(TimelineEntry(*_moment(st.moment), "referral_status", st.id,
                                     st.created_by, st.status, st.note, st.answer,
                                     institutions[st.referral_id]))
    for r in referrals:
        opening = first.get(r.id)
        on, at = _moment(opening.moment if opening else r.created_at)
        entries.append(TimelineEntry(on, at, "referral", r.id, r.created_by,
                                     opening.status if opening else "", r.reason,
                                     institution=r.institution))
    return sorted(entries, key=TimelineEntry.sort_key)


class CaseService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def register(self, **data: Any) -> Case:
        """A new case is always open; its status changes later, with a reason."""
        case = self._new(data)
        with self.ctx.db.write() as s:
            raise_if(check_record(s, case, self.ctx.catalogs, self.ctx.today()))
            case.code = self._next_code(s, case.parish, case.opened_on.year)
            self.ctx.writer.create(s, case)
            self.ctx.writer.create(s, CaseNote(case_id=case.id, kind="status",
                                               status=case.status, text=""))
            return case

    def check(self, **data: Any) -> list[Problem]:
        """What `register` would refuse in this data, without saving: a form checks
        its steps one at a time."""
        try:
            case = self._new(data)
        except ValidationFailed as exc:
            return exc.problems
        with self.ctx.db.read() as s:
            return check_record(s, case, self.ctx.catalogs, self.ctx.today())

    def _new(self, data: dict[str, Any]) -> Case:
        data = {"opened_on": self.ctx.today(), **data, "code": "", "status": "open",
                "status_reason": ""}
        return build(Case, data)

    def update(self, case_id: str, **changes: Any) -> Case:
        if {"status", "code"} & set(changes):
            raise ValueError("use change_status; codes are assigned")
        with self.ctx.db.write() as s:
            current = self.ctx.writer.get(s, Case, case_id)
            candidate = build(Case, {**current.model_dump(), **changes})
            raise_if(check_record(s, candidate, self.ctx.catalogs, self.ctx.today(), current))
            return self.ctx.writer.update(s, Case, case_id,
                                          {k: getattr(candidate, k) for k in changes})

    def change_status(self, case_id: str, status: str, reason: str,
                      cancel_planned_visits: bool = False) -> Case:
        """With `cancel_planned_visits`, the case's visits still planned are cancelled in
        the same transaction: each by a new `cancelled` entry with its `plan_id` (the
        visit log is append-only)."""
        if not reason.strip():
            raise_if([Problem("status_reason", N_("Say why the status changes."))])
        with self.ctx.db.write() as s:
            case = self.ctx.writer.get(s, Case, case_id)
            candidate = build(Case, {**case.model_dump(), "status": status,
                                     "status_reason": reason})
            raise_if(check_record(s, candidate, self.ctx.catalogs, self.ctx.today(), case))
            updated = self.ctx.writer.update(s, Case, case_id,
                                             {"status": status, "status_reason": reason})
            self.ctx.writer.create(s, CaseNote(case_id=case_id, kind="status",
                                               status=status, text=reason))
            if cancel_planned_visits:
                for plan in pending_plans(s, case_id):
                    self.ctx.writer.create(s, Visit(
                        household_id=plan.household_id, case_id=case_id, state="cancelled",
                        plan_id=plan.id, visit_date=self.ctx.today(), observations=reason))
            return updated

    def missing_referrals(self, case_id: str) -> list[str]:
        """Institutions the law sends this case to (the catalog's `must_refer` of its
        types) that it was not really sent to yet, in route order."""
        with self.ctx.db.read() as s:
            case = self.ctx.writer.get(s, Case, case_id)
            return missing_referrals(case.violation_types, referred_to(s, case_id),
                                     self.ctx.catalogs)

    def add_note(self, case_id: str, text: str) -> CaseNote:
        raise_if([] if text.strip() else [Problem("text", N_("This field is required."))])
        with self.ctx.db.write() as s:
            self.ctx.writer.get(s, Case, case_id)
            return self.ctx.writer.create(s, CaseNote(case_id=case_id, text=text))

    def open(self, case_id: str) -> Case:
        """Read a case for display; the viewing is audited."""
        with self.ctx.db.write() as s:
            case = self.ctx.writer.get(s, Case, case_id)
            self.ctx.writer.audit(s, "view", "case", case_id)
            return case

    def get(self, case_id: str) -> Case:
        with self.ctx.db.read() as s:
            return self.ctx.writer.get(s, Case, case_id)

    def timeline(self, case_id: str) -> list[TimelineEntry]:
        """Everything recorded on a case, oldest first (see TimelineEntry)."""
        with self.ctx.db.read() as s:
            notes = list(s.execute(select(CaseNote).where(col(CaseNote.case_id) == case_id))
                         .scalars())
            visits = list(s.execute(select(Visit).where(col(Visit.case_id) == case_id)).scalars())
            mediations = list(s.execute(select(Mediation).where(
                col(Mediation.case_id) == case_id, col(Mediation.deleted).is_(False))).scalars())
            referrals = list(s.execute(select(Referral).where(
                col(Referral.case_id) == case_id, col(Referral.deleted).is_(False))).scalars())
            steps = list(s.execute(steps_in_order(r.id for r in referrals)).scalars()) \
                if referrals else []
        return _timeline(notes, visits, mediations, referrals, steps)

    @staticmethod
    def _next_code(s, parish: str, year: int) -> str:
        # The code is a label for people; identity is the UUID. Two devices of one parish
        # creating cases offline may pick the same number: the sync issue settles that.
        prefix = f"{parish}-{year}-"
        number = func.cast(func.substr(col(Case.code), len(prefix) + 1), Integer)
        last = s.execute(select(func.max(number)).where(col(Case.code).like(f"{prefix}%")))\
            .scalar()
        return f"{prefix}{(last or 0) + 1:04d}"
