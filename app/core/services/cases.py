"""Cases: registration with a readable code, status changes with reasons, the timeline."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, func, select

from app.core.errors import Problem, ValidationFailed
from app.core.i18n import N_
from app.core.records import Case, CaseNote, Mediation, Referral, ReferralStatus, Visit
from app.core.rules.legal import missing_referrals
from app.core.services.base import ServiceContext, build, raise_if
from app.core.services.fieldwork import pending_plans
from app.core.services.record_rules import check_record
from app.core.services.referral_steps import referred_to


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str  # case_note | visit | mediation | referral | referral_status
    record_id: str
    summary: str


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
        with self.ctx.db.read() as s:
            entries = [TimelineEntry(n.created_at, "case_note", n.id, n.status or n.text)
                       for n in s.execute(select(CaseNote).where(CaseNote.case_id == case_id))
                       .scalars()]
            entries += [TimelineEntry(v.created_at, "visit", v.id, v.state)
                        for v in s.execute(select(Visit).where(Visit.case_id == case_id))
                        .scalars()]
            entries += [TimelineEntry(m.created_at, "mediation", m.id, m.outcome)
                        for m in s.execute(select(Mediation).where(
                            Mediation.case_id == case_id, Mediation.deleted.is_(False)))
                        .scalars()]
            referrals = list(s.execute(select(Referral).where(
                Referral.case_id == case_id, Referral.deleted.is_(False))).scalars())
            entries += [TimelineEntry(r.created_at, "referral", r.id, r.institution)
                        for r in referrals]
            if referrals:
                entries += [TimelineEntry(st.created_at, "referral_status", st.id, st.status)
                            for st in s.execute(select(ReferralStatus).where(
                                ReferralStatus.referral_id.in_([r.id for r in referrals])))
                            .scalars()]
        # Device clocks may be wrong, but within one case on one device the order holds.
        return sorted(entries, key=lambda e: e.at)

    @staticmethod
    def _next_code(s, parish: str, year: int) -> str:
        # The code is a label for people; identity is the UUID. Two devices of one parish
        # creating cases offline may pick the same number: the sync issue settles that.
        prefix = f"{parish}-{year}-"
        number = func.cast(func.substr(Case.code, len(prefix) + 1), Integer)
        last = s.execute(select(func.max(number)).where(Case.code.like(f"{prefix}%")))\
            .scalar()
        return f"{prefix}{(last or 0) + 1:04d}"
