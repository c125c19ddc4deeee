"""The subject access report (LOPDP right of access): everything held about one person
and who opened their cases when, for the person or their representative.

Made from the records as they travel (wire dicts), so the server (`defensoria-server
person report`, which holds every device's access log) and the desktop make the same
document. Minimum data about anyone else: no other person is named; other members of
the household and other persons affected by a case are counted ("2 otras personas"),
and free texts that may speak of others (facts, observations, notes) are left out.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from reportlab.platypus import Flowable

from app.core import labels
from app.core.catalogs import Catalogs
from app.core.i18n import N_
from app.core.store.database import Database
from app.reports.blocks import NOTE, fields, grid, heading, para, title
from app.reports.branding import Branding
from app.reports.context import ReportContext
from app.reports.layout import DocMeta, build_pdf

Wire = dict[str, Any]


@dataclass(frozen=True)
class AccessLine:
    at: datetime
    username: str
    device: str
    action: str
    record_type: str
    record_id: str


@dataclass
class Holdings:
    """What is held about one person, as wire dicts (record fields by name)."""

    person: Wire
    household: Wire | None = None
    household_size: int = 1  # the person included
    cases: list[Wire] = field(default_factory=list)
    visits: list[Wire] = field(default_factory=list)
    # Each referral of the person's cases with its steps, oldest first.
    referrals: list[tuple[Wire, list[Wire]]] = field(default_factory=list)
    consents: list[Wire] = field(default_factory=list)
    requests: list[Wire] = field(default_factory=list)
    accesses: list[AccessLine] = field(default_factory=list)
    # False: made offline on a device, whose access log holds only its own openings.
    complete: bool = True


def detached_context(catalogs: Catalogs, author: str, now: datetime,
                     language: str = "es") -> ReportContext:
    """A context away from any device store (the server): the default branding, and no
    store to audit into (the server audits the command itself)."""
    return ReportContext(db=cast(Database, None), catalogs=catalogs,
                         writer=cast(Any, None), author=author, today=now.date(),
                         now=now, branding=Branding(), language=language)


def write_access_report(ctx: ReportContext, held: Holdings, out: Path) -> None:
    meta = DocMeta(ctx.tr(N_("Personal data access report")))
    build_pdf(ctx, out, meta, story(ctx, held))


def _day(ctx: ReportContext, value: object) -> str:
    if isinstance(value, str) and value:
        return ctx.day(date.fromisoformat(value[:10]))
    return ctx.day(value if isinstance(value, date) else None)


def _others(ctx: ReportContext, count: int) -> str:
    if count <= 0:
        return "—"
    if count == 1:
        return ctx.tr(N_("1 other person"))
    return ctx.tr(N_("{count} other persons")).format(count=count)


def story(ctx: ReportContext, held: Holdings) -> list[Flowable]:
    tr, p = ctx.tr, held.person
    out: list[Flowable] = [*title(tr(N_("Personal data access report")), tr(N_(
        "Everything the Defensorías Comunitarias hold about this person, and who opened "
        "their cases (LOPDP, right of access)."))), heading(tr(N_("1. The person")))]
    document = ctx.label("document_types", p.get("doc_type", ""))
    if p.get("doc_number"):
        document = f"{document} {p['doc_number']}"
    rows = [(tr(N_("Names and surnames")),
             f"{p.get('given_names', '')} {p.get('surnames', '')}".strip()),
            (tr(N_("Identity document")), document),
            (tr(N_("Date of birth")), _day(ctx, p.get("birth_date"))),
            (tr(N_("Sex")), ctx.label("sexes", p.get("sex", "")))]
    optional = [("ethnicity", N_("Ethnicity"), "ethnicities"),
                ("disability_type", N_("Disability"), "disability_types"),
                ("relation_to_head", N_("Relation to the head of household"), "relations")]
    rows += [(tr(text), ctx.label(catalog, p[name])) for name, text, catalog in optional
             if p.get(name)]
    if p.get("gender_identity"):
        rows.append((tr(N_("Gender identity")), str(p["gender_identity"])))
    if p.get("priority_groups"):
        rows.append((tr(N_("Priority groups")), ", ".join(
            ctx.label("priority_groups", g) for g in p["priority_groups"])))
    if p.get("phone"):
        rows.append((tr(N_("Phone")), str(p["phone"])))
    out.append(fields(rows))
    if held.household is not None:
        h = held.household
        out += [heading(tr(N_("2. Household"))), fields([
            (tr(N_("Parish")), ctx.parish_name(h.get("parish", ""))),
            (tr(N_("Community")), h.get("community") or "—"),
            (tr(N_("Address reference")), h.get("address_reference") or "—"),
            (tr(N_("Other members")), _others(ctx, held.household_size - 1))])]
    out.append(heading(tr(N_("3. Cases"))))
    out.append(grid([tr(N_("Case")), tr(N_("Opened on")), tr(N_("Status")),
                     tr(N_("Type of violation")), tr(N_("Also affected"))],
                    [[c.get("code", ""), _day(ctx, c.get("opened_on")),
                      labels.word(labels.CASE_STATUS, c.get("status", ""), tr),
                      ", ".join(ctx.label("violation_types", v)
                                for v in c.get("violation_types", [])),
                      _others(ctx, len(c.get("affected_person_ids", [])) - 1)]
                     for c in held.cases]) if held.cases else para(tr(N_("None."))))
    codes = {c["id"]: c.get("code", "") for c in held.cases if "id" in c}
    out.append(heading(tr(N_("4. Visits and referrals"))))
    visits = [[tr(N_("Visit")), _day(ctx, v.get("visit_date")),
               labels.word(labels.VISIT_STATE, v.get("state", ""), tr),
               codes.get(v.get("case_id") or "", "—")] for v in held.visits]
    referrals = [[ctx.label("institutions", r.get("institution", "")),
                  _day(ctx, (steps[0].get("recorded_at") or steps[0].get("created_at"))
                       if steps else r.get("created_at")),
                  labels.word(labels.REFERRAL_STATUS, steps[-1].get("status", ""), tr)
                  if steps else "—", codes.get(r.get("case_id", ""), "—")]
                 for r, steps in held.referrals]
    out.append(grid([tr(N_("What")), tr(N_("Date")), tr(N_("Status")), tr(N_("Case"))],
                    visits + referrals) if visits or referrals else para(tr(N_("None."))))
    out.append(heading(tr(N_("5. Consents"))))
    out.append(grid([tr(N_("Purpose")), tr(N_("Given")), tr(N_("Date")), tr(N_("Given by"))],
                    [[labels.word(labels.PURPOSE, c.get("purpose", ""), tr),
                      tr(N_("Yes")) if c.get("granted", True) else tr(N_("No")),
                      _day(ctx, c.get("given_on")),
                      labels.word(labels.GIVEN_BY, c.get("given_by", ""), tr)]
                     for c in held.consents]) if held.consents else para(tr(N_("None."))))
    out.append(heading(tr(N_("6. Requests about these data"))))
    out.append(grid([tr(N_("Request")), tr(N_("Received on")), tr(N_("Due on")),
                     tr(N_("Status"))],
                    [[labels.word(labels.REQUEST_KIND, r.get("kind", ""), tr),
                      _day(ctx, r.get("received_on")), _day(ctx, r.get("due_on")),
                      labels.word(labels.REQUEST_STATUS, r.get("status", ""), tr)]
                     for r in held.requests]) if held.requests else para(tr(N_("None."))))
    out.append(heading(tr(N_("7. Who opened, printed or exported their cases"))))
    out.append(_accesses(ctx, held.accesses, codes))
    if not held.complete:
        out.append(para(tr(N_(
            "Made without a connection to the server: only the openings recorded on this "
            "computer are listed.")), NOTE))
    out.append(para(tr(N_(
        "Other people's data are not shown: they are counted. Accounts written by the "
        "defenders (facts, observations, notes) may speak of other people and are not "
        "copied here; ask for them and they will be given without others' data.")), NOTE))
    return out


def _accesses(ctx: ReportContext, lines: Sequence[AccessLine], codes: dict[str, str]
              ) -> Flowable:
    tr = ctx.tr
    if not lines:
        return para(tr(N_("None.")))
    rows = [[line.at.astimezone().strftime("%d/%m/%Y %H:%M"), line.username,
             line.device or "—", labels.word(labels.ACCESS_ACTION, line.action, tr),
             codes.get(line.record_id) or (tr(N_("Family")) if line.record_type == "household"
                                           else tr(N_("Case document")))]
            for line in lines]
    return grid([tr(N_("When")), tr(N_("User")), tr(N_("Device")), tr(N_("Action")),
                 tr(N_("What"))], rows)
