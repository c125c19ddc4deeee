"""The subject access report made on the desktop (técnico, admin) from this computer's
store: the Consejo's devices hold every parish's records, so it works offline. Who
opened the person's cases comes from the server when connected (every device's word,
given in by the caller), else from this computer's own audit trail, said so on paper."""

from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, String, cast, or_, select
from sqlmodel import Session, col

from app.core.i18n import N_
from app.core.records import (
    AuditEvent,
    Case,
    Consent,
    DataRequest,
    Household,
    Person,
    Referral,
    ReferralStatus,
    SyncedRecord,
    Visit,
    to_wire,
)
from app.core.writer import RecordNotFound
from app.reports.access_report import AccessLine, Holdings, write_access_report
from app.reports.context import Job, ReportContext

SHARED_ACTIONS = ("view", "print", "export")


def _live(s: Session, model: type[SyncedRecord], *conditions: ColumnElement[bool]
          ) -> list[Any]:
    return list(s.execute(select(model).where(col(model.deleted).is_(False), *conditions))
                .scalars())


def gather_local(s: Session, person_id: str) -> Holdings | None:
    person = s.get(Person, person_id)
    if person is None or person.deleted:
        return None
    held = Holdings(to_wire(person))
    if person.household_id:
        home = s.get(Household, person.household_id)
        held.household = to_wire(home) if home is not None and not home.deleted else None
        held.household_size = max(1, len(_live(s, Person, col(Person.household_id)
                                               == person.household_id)))
    # The JSON list as text narrows the scan; the list itself decides.
    cases = [c for c in _live(s, Case, cast(col(Case.affected_person_ids), String)
                              .contains(person_id))
             if person_id in c.affected_person_ids]
    held.cases = sorted((to_wire(c) for c in cases), key=lambda c: str(c["opened_on"]))
    ids = [c.id for c in cases]
    visits = _live(s, Visit, col(Visit.case_id).in_(ids))
    if person.household_id:  # visits to the whole family, not under another member's case
        visits += _live(s, Visit, col(Visit.household_id) == person.household_id,
                        or_(col(Visit.case_id).is_(None), col(Visit.case_id) == ""))
    held.visits = sorted((to_wire(v) for v in visits), key=lambda v: str(v["visit_date"]))
    referrals = _live(s, Referral, col(Referral.case_id).in_(ids))
    for referral in referrals:
        steps = sorted(_live(s, ReferralStatus, col(ReferralStatus.referral_id) == referral.id),
                       key=lambda r: r.moment)
        held.referrals.append((to_wire(referral), [to_wire(x) for x in steps]))
    held.consents = [to_wire(c) for c in sorted(
        _live(s, Consent, col(Consent.person_id) == person_id), key=lambda c: c.given_on)]
    held.requests = [to_wire(r) for r in sorted(
        _live(s, DataRequest, col(DataRequest.person_id) == person_id),
        key=lambda r: r.received_on)]
    return held


def own_accesses(s: Session, held: Holdings, device_name: str) -> list[AccessLine]:
    """This computer's openings, prints and exports of the person's family and cases."""
    home = [str(held.person["household_id"])] if held.person.get("household_id") else []
    ids = [*home, *(str(c["id"]) for c in held.cases)]
    if not ids:
        return []
    rows = s.execute(select(AuditEvent).where(col(AuditEvent.record_id).in_(ids),
                                              col(AuditEvent.action).in_(SHARED_ACTIONS))
                     .order_by(col(AuditEvent.seq).desc())).scalars()
    return [AccessLine(e.at, e.actor, device_name, e.action, e.record_type, e.record_id)
            for e in rows]


def write_local_access_report(ctx: ReportContext, person_id: str, out: Path,
                              accesses: list[AccessLine] | None, job: Job | None = None
                              ) -> None:
    """`accesses`: the server's access log of the person, or None when it could not be
    asked (offline): this computer's own is used instead. The printing is audited."""
    job = job or Job(steps=2)
    with ctx.db.read() as s:
        held = gather_local(s, person_id)
        if held is None:
            raise RecordNotFound(person_id)
        if accesses is None:
            held.accesses, held.complete = own_accesses(s, held, ctx.tr(N_("this computer"))), \
                False
        else:
            held.accesses = accesses
    job.step()
    write_access_report(ctx, held, out)
    ctx.audit("print", "person", person_id)
    job.step()
