"""The promoter's agenda: what is due today, what is late, what comes in the next two
weeks, the cases the law sends elsewhere that were not sent yet, and this month's numbers.

Read-only queries for the home page. Each list holds the parish's work that is not
another promoter's: records whose `assigned_to` (set when an administrator reassigns a
caseload, sync/server/caseload.py) is empty or names this user. Visit plans are
fulfilled (or cancelled) by a later visit entry with `plan_id`; a referral waits while
its latest step is `sent` or `received`; answers to the user's referrals are new until
read (services.answers). Cases are named by whom they affect (services.affected).
"""

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, text

from app.core.catalogs import Catalogs
from app.core.clock import Clock
from app.core.rules.legal import missing_referrals
from app.core.rules.referrals import NOT_SENT
from app.core.services.affected import AffectedPerson, affected_by_case
from app.core.services.answers import NewAnswer, new_answers
from app.core.services.referral_steps import CURRENT_STEP_SQL
from app.core.store.database import Database

REFERRAL_ANSWER_HOURS = 48  # CONA Art. 237: the Junta takes a case up within 48 hours
STALE_CASE_DAYS = 30
UPCOMING_DAYS = 14
WAITING_STATUSES = ("sent", "received")
LIMIT = 200

# Plans neither fulfilled nor cancelled, from :start to :end. A closed case's plans
# leave the overdue list: closing asked whether to keep them, kept ones still show on
# their day.
VISITS_SQL = text("""
    SELECT v.id, v.household_id, v.case_id, v.visit_date, h.parish, h.community,
           (SELECT p.given_names || ' ' || p.surnames FROM person p
             WHERE p.household_id = v.household_id AND p.deleted = 0
             ORDER BY p.created_at LIMIT 1) AS head
    FROM visit v JOIN household h ON h.id = v.household_id
    WHERE v.state = 'planned' AND v.visit_date >= :start AND v.visit_date <= :end
      AND v.assigned_to IN ('', :user)
      AND NOT EXISTS (SELECT 1 FROM visit d WHERE d.plan_id = v.id)
      AND (v.visit_date >= :today OR v.case_id IS NULL OR NOT EXISTS (
           SELECT 1 FROM "case" c WHERE c.id = v.case_id AND c.status = 'closed'))
    ORDER BY v.visit_date LIMIT :limit""")

# Open cases of a type the catalog sends to an institution (`must_refer`), with the
# institutions they were really sent to: a referral whose current step is not a draft
# nor a rejection (the rule of app.core.rules.referrals.sent_to, in SQL).
MUST_REFER_SQL = text("""
    SELECT c.id, c.code, c.opened_on, c.violation_types,
           (SELECT group_concat(r.institution, ' ') FROM referral r
              JOIN referral_status st ON st.referral_id = r.id
             WHERE r.case_id = c.id AND r.deleted = 0
               AND st.rowid = """ + CURRENT_STEP_SQL + """
               AND st.status NOT IN (""" + ", ".join(f"'{s}'" for s in NOT_SENT) + """)
           ) AS sent
    FROM "case" c
    WHERE c.deleted = 0 AND c.status != 'closed' AND c.assigned_to IN ('', :user)
      AND EXISTS (SELECT 1 FROM json_each(c.violation_types) t WHERE t.value IN :types)
    ORDER BY c.opened_on, c.code""").bindparams(bindparam("types", expanding=True))

FOLLOW_UPS_SQL = text("""
    SELECT f.id, f.case_id, f.household_id, f.due_on, f.description, c.code
    FROM follow_up f LEFT JOIN "case" c ON c.id = f.case_id
    WHERE f.done = 0 AND f.deleted = 0 AND f.due_on <= :today
      AND f.assigned_to IN ('', :user)
    ORDER BY f.due_on LIMIT :limit""")

# The current step as everywhere else (CURRENT_STEP_SQL): steps synced in one batch
# share a stamp, so "the newest created_at" would also match the older of them.
REFERRALS_SQL = text("""
    SELECT r.id, r.case_id, r.institution, r.urgency, c.code, st.status, st.created_at
    FROM referral r
    JOIN "case" c ON c.id = r.case_id
    JOIN referral_status st ON st.referral_id = r.id
    WHERE r.deleted = 0 AND st.rowid = """ + CURRENT_STEP_SQL + """
      AND st.status IN ('sent', 'received') AND st.created_at <= :cutoff
      AND r.assigned_to IN ('', :user)
    ORDER BY st.created_at LIMIT :limit""")

# A case's own stamp is checked first (cheap), then each log's newest entry by index.
STALE_SQL = text("""
    SELECT id, code, risk_level, last_at FROM (
        SELECT c.id, c.code, c.risk_level, max(
            c.updated_at,
            coalesce((SELECT max(created_at) FROM case_note WHERE case_id = c.id), ''),
            coalesce((SELECT max(created_at) FROM visit WHERE case_id = c.id), ''),
            coalesce((SELECT max(created_at) FROM mediation WHERE case_id = c.id), ''),
            coalesce((SELECT max(s.created_at) FROM referral r
                      JOIN referral_status s ON s.referral_id = r.id
                      WHERE r.case_id = c.id), '')) AS last_at
        FROM "case" c
        WHERE c.deleted = 0 AND c.status != 'closed' AND c.updated_at <= :cutoff
          AND c.assigned_to IN ('', :user))
    WHERE last_at <= :cutoff
    ORDER BY last_at LIMIT :limit""")

NUMBERS_SQL = {
    "cases": """SELECT count(*) FROM "case" WHERE deleted = 0 AND created_by = :user
                AND opened_on >= :start AND opened_on < :end""",
    "visits": """SELECT count(*) FROM visit WHERE state = 'done' AND created_by = :user
                 AND visit_date >= :start AND visit_date < :end""",
    "mediations": """SELECT count(*) FROM mediation WHERE deleted = 0 AND created_by = :user
                     AND held_on >= :start AND held_on < :end""",
    "referrals": """SELECT count(*) FROM referral WHERE deleted = 0 AND created_by = :user
                    AND created_at >= :start AND created_at < :end""",
    "activities": """SELECT count(*) FROM activity WHERE deleted = 0 AND created_by = :user
                     AND held_on >= :start AND held_on < :end""",
}


@dataclass(frozen=True)
class AgendaItem:
    kind: str  # visit | follow_up | referral | stale_case | must_refer
    record_id: str
    case_id: str | None
    household_id: str | None
    due: date
    title: str  # a case code, a family's name: data, shown as is
    detail: str  # a code the UI translates (institution, status, risk level) or free text
    overdue: bool = False
    # must_refer: the institutions the case still has to be sent to, in route order.
    institutions: tuple[str, ...] = ()


@dataclass
class Agenda:
    visits: list[AgendaItem] = field(default_factory=list)
    upcoming_visits: list[AgendaItem] = field(default_factory=list)
    follow_ups: list[AgendaItem] = field(default_factory=list)
    referrals: list[AgendaItem] = field(default_factory=list)
    stale_cases: list[AgendaItem] = field(default_factory=list)
    answers: list[NewAnswer] = field(default_factory=list)  # unread answers to referrals
    # Whom each listed case affects, by case id: every list names a case by its people.
    affected: dict[str, tuple[AffectedPerson, ...]] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)


@dataclass
class CasesToRefer:
    """Open cases the law sends to an institution they were not sent to yet, named by
    whom they affect."""
    items: list[AgendaItem] = field(default_factory=list)
    affected: dict[str, tuple[AffectedPerson, ...]] = field(default_factory=dict)


def _day(value: str | date) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _stamp(moment: datetime) -> str:
    """How SQLAlchemy stores a DateTime in SQLite, so that text comparison orders."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def month_bounds(day: date) -> tuple[date, date]:
    start = day.replace(day=1)
    end = (start + timedelta(days=32)).replace(day=1)
    return start, end


class AgendaService:
    def __init__(self, db: Database, clock: Clock, username: str,
                 catalogs: Catalogs) -> None:
        self.db, self.clock, self.username = db, clock, username
        self.catalogs = catalogs

    def load(self) -> Agenda:
        today = self.clock.today()
        now = self.clock.now().replace(tzinfo=None)
        agenda = Agenda()
        with self.db.read() as s:
            run = s.connection().execute
            agenda.visits = self._visits(run, today, date.min, today)
            agenda.upcoming_visits = self._visits(run, today, today + timedelta(days=1),
                                                  today + timedelta(days=UPCOMING_DAYS))
            mine = {"user": self.username, "limit": LIMIT}
            for r in run(FOLLOW_UPS_SQL, {"today": today.isoformat(), **mine}):
                day = _day(r.due_on)
                agenda.follow_ups.append(AgendaItem(
                    "follow_up", r.id, r.case_id, r.household_id, day, r.code or "",
                    r.description, day < today))
            cutoff = now - timedelta(hours=REFERRAL_ANSWER_HOURS)
            for r in run(REFERRALS_SQL, {"cutoff": _stamp(cutoff), **mine}):
                agenda.referrals.append(AgendaItem(
                    "referral", r.id, r.case_id, None, _day(r.created_at), r.code,
                    r.institution, True))
            stale = now - timedelta(days=STALE_CASE_DAYS)
            for r in run(STALE_SQL, {"cutoff": _stamp(stale), **mine}):
                agenda.stale_cases.append(AgendaItem(
                    "stale_case", r.id, r.id, None, _day(r.last_at), r.code, r.risk_level,
                    True))
            agenda.answers = new_answers(run, self.username)
            agenda.numbers = self._numbers(run, today)
            # Visits are named by their family; the other lists by whom the case affects.
            lists = (agenda.follow_ups, agenda.referrals, agenda.stale_cases)
            cases = {i.case_id for items in lists for i in items if i.case_id}
            agenda.affected = affected_by_case(
                s, cases | {a.case_id for a in agenda.answers}, today)
        return agenda

    def _visits(self, run: Any, today: date, start: date, end: date) -> list[AgendaItem]:
        out = []
        for r in run(VISITS_SQL, {"today": today.isoformat(), "start": start.isoformat(),
                                  "end": end.isoformat(), "limit": LIMIT,
                                  "user": self.username}):
            day = _day(r.visit_date)
            out.append(AgendaItem("visit", r.id, r.case_id, r.household_id, day,
                                  r.head or "", r.community or r.parish, day < today))
        return out

    def must_refer(self) -> CasesToRefer:
        """Open cases the law sends to an institution they were not really sent to yet.
        Apart from `load`: it reads every open case's referrals (tens of milliseconds on
        a canton's store), so the home page asks for it off the UI thread."""
        types = [code for code, item in self.catalogs.violation_types.items.items()
                 if item.extra.get("must_refer")]
        out = CasesToRefer()
        with self.db.read() as s:
            rows = s.connection().execute(MUST_REFER_SQL, {"types": types,
                                                           "user": self.username}).all()
            for r in rows:
                missing = missing_referrals(json.loads(r.violation_types or "[]"),
                                            (r.sent or "").split(), self.catalogs)
                if missing:
                    out.items.append(AgendaItem(
                        "must_refer", r.id, r.id, None, _day(r.opened_on), r.code,
                        missing[0], True, tuple(missing)))
                    if len(out.items) == LIMIT:
                        break
            out.affected = affected_by_case(s, (i.record_id for i in out.items),
                                            self.clock.today())
        return out

    def _numbers(self, run: Any, today: date) -> dict[str, int]:
        start, end = month_bounds(today)
        params = {"user": self.username, "start": start.isoformat(), "end": end.isoformat()}
        return {name: run(text(sql), params).scalar_one() for name, sql in NUMBERS_SQL.items()}
