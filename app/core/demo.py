"""Realistic, deterministic demo data: families, cases of every type, the work on them.

Everything goes through RecordWriter in bulk, so demo records carry outbox entries and
audit events like any other. IDs come from the seeded generator, so a seed always makes
the same data.
"""

import json
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlmodel import col

from app.core.catalogs import Catalogs
from app.core.demo_plans import demo_plans
from app.core.demo_trainings import demo_attendees
from app.core.errors import UserError
from app.core.i18n import N_, RESOURCES
from app.core.records import (
    Case,
    CaseNote,
    CommunityActivity,
    Consent,
    FollowUp,
    Household,
    Mediation,
    Person,
    Plan,
    Referral,
    ReferralStatus,
    SyncedRecord,
    Visit,
)
from app.core.records.community import ATTENDANCE_KEYS
from app.core.rules.legal import (
    at_least_minimum,
    check_can_close,
    non_mediable,
    referral_route,
)
from app.core.rules.referrals import NOT_SENT
from app.core.store.database import Database
from app.core.text import name_key
from app.core.writer import R, RecordWriter

NAMES_FILE = RESOURCES / "demo" / "names.json"
BATCH_FAMILIES = 1000
CASE_SHARE = 0.12
REFERRAL_PATHS = [
    ["drafted"], ["sent"], ["sent", "received"], ["sent", "received", "in_attention"],
    ["sent", "received", "in_attention", "answered"],
    ["sent", "received", "in_attention", "answered", "closed"], ["sent", "rejected"],
]


@dataclass
class DemoSummary:
    households: int = 0
    persons: int = 0
    cases: int = 0
    plans: int = 0
    records: int = 0


def seeded_id(rng: random.Random) -> str:
    bits = rng.getrandbits(128)
    # UUIDv7 layout (version 7, RFC 4122 variant) over seeded bits.
    bits = (bits & ~(0xF << 76)) | (0x7 << 76)
    bits = (bits & ~(0x3 << 62)) | (0x2 << 62)
    return str(uuid.UUID(int=bits))


class DemoGenerator:
    def __init__(self, db: Database, writer: RecordWriter, catalogs: Catalogs,
                 today: date, seed: int) -> None:
        self.db, self.writer, self.catalogs, self.today = db, writer, catalogs, today
        self.rng = random.Random(seed)
        # Attendance lists draw from their own generator: the rest stays as it was.
        self.trainings = random.Random(seed * 7919 + 1)
        self.names = json.loads(NAMES_FILE.read_text(encoding="utf-8"))
        self.case_counters: dict[str, int] = {}
        self.closing: list[str] = []  # cases of the batch closed once their work exists

    def _id(self) -> str:
        return seeded_id(self.rng)

    def _training_id(self) -> str:
        return seeded_id(self.trainings)

    def _new(self, model: type[R], **fields) -> R:
        return model(id=self._id(), **fields)

    def generate(self, families: int, parish: str | None = None,
                 progress: Callable[[int], None] | None = None) -> DemoSummary:
        with self.db.read() as s:
            if s.execute(select(col(Household.id)).limit(1)).first() is not None:
                # Fake families mixed into real ones would sync to the Consejo's server.
                raise UserError(N_("Demo data can only go into an empty store."))
        summary = DemoSummary()
        parishes = [parish] if parish else [p.code for p in
                                             self.catalogs.territory.parishes.values()
                                             if p.active]
        done = 0
        while done < families:
            batch: list[SyncedRecord] = []
            for _ in range(min(BATCH_FAMILIES, families - done)):
                batch += self._family(self.rng.choice(parishes), summary)
            batch += [self._activity(self.rng.choice(parishes))
                      for _ in range(max(1, len(batch) // 400))]
            batch += demo_attendees(self._training_id, self.trainings, batch, self.names)
            with self.db.write() as s:
                self.writer.create_many(s, batch)
                for case_id in self.closing:
                    self.writer.update(s, Case, case_id, {
                        "status": "closed", "status_reason": "Caso atendido."})
            self.closing = []
            summary.records += len(batch)
            done += min(BATCH_FAMILIES, families - done)
            if progress:
                progress(done)
        # A promoter writes their parish's PTA only: the server refuses them the POA.
        plans = demo_plans(self._id, self.rng, self.today, parishes,
                           with_poa=self.writer.actor.role != "promotor")
        plans += demo_attendees(self._training_id, self.trainings, plans, self.names)
        with self.db.write() as s:
            self.writer.create_many(s, plans)
        summary.plans = sum(isinstance(r, Plan) for r in plans)
        summary.records += len(plans)
        return summary

    def _date_back(self, max_days: int) -> date:
        return self.today - timedelta(days=self.rng.randint(0, max_days))

    def _family(self, parish: str, summary: DemoSummary) -> list[SyncedRecord]:
        rng = self.rng
        territory = self.catalogs.territory.parishes[parish]
        household = self._new(Household, parish=parish,
                              community=rng.choice(territory.communities or ("Centro",)),
                              address_reference=f"Casa {rng.randint(1, 300)}")
        surnames = rng.sample(self.names["surnames"], 2)
        members = [self._person(household.id, "jefe_hogar", surnames, rng.randint(25, 70))]
        for _ in range(rng.choice((1, 2, 3, 4, 5, 6))):
            kid_surnames = [surnames[0], rng.choice(self.names["surnames"])]
            members.append(self._person(household.id, "hijo_a", kid_surnames,
                                        rng.randint(0, 17)))
        if rng.random() < 0.25:
            members.append(self._person(household.id, "abuelo_a",
                                        rng.sample(self.names["surnames"], 2),
                                        rng.randint(65, 90)))
        records: list[SyncedRecord] = [household, *members]
        summary.households += 1
        summary.persons += len(members)
        if rng.random() < CASE_SHARE:
            children = [m for m in members if m.relation_to_head == "hijo_a"]
            records += self._case(household, children or members, members[0])
            summary.cases += 1
        return records

    def _person(self, household_id: str, relation: str, surnames: list[str],
                age: int) -> Person:
        rng = self.rng
        sex = rng.choice(("hombre", "mujer"))
        pool = self.names["given_female" if sex == "mujer" else "given_male"]
        given = " ".join(rng.sample(pool, rng.choice((1, 2))))
        birth = self.today - timedelta(days=age * 365 + rng.randint(0, 364))
        has_id = rng.random() < 0.8
        groups = ["ninez_adolescencia"] if age < 18 else (
            ["adultos_mayores"] if age >= 65 else [])
        return self._new(
            Person, household_id=household_id, relation_to_head=relation,
            given_names=given, surnames=" ".join(surnames), sex=sex,
            doc_type="cedula" if has_id else "sin_documento",
            doc_number=self._cedula() if has_id else "",
            birth_date=birth, ethnicity=rng.choice(("indigena", "mestizo", "mestizo",
                                                    "indigena", "afroecuatoriano")),
            priority_groups=groups,
            phone=f"09{rng.randint(10000000, 99999999)}" if age >= 18 else "",
            name_key=name_key(given, " ".join(surnames)),
        )

    def _cedula(self) -> str:
        digits = [1, 8, self.rng.randint(0, 5)] + [self.rng.randint(0, 9) for _ in range(6)]
        total = 0
        for i, d in enumerate(digits):
            product = d * (2 if i % 2 == 0 else 1)
            total += product - 9 if product > 9 else product
        return "".join(map(str, digits)) + str((10 - total % 10) % 10)

    def _case(self, household: Household, affected: list[Person],
              reporter: Person) -> list[SyncedRecord]:
        rng = self.rng
        types = [rng.choice(list(self.catalogs.violation_types.items))]
        if rng.random() < 0.2:
            types.append(rng.choice(list(self.catalogs.violation_types.items)))
        opened = self._date_back(400)
        year_key = f"{household.parish}-{opened.year}"
        self.case_counters[year_key] = self.case_counters.get(year_key, 0) + 1
        victims = rng.sample(affected, min(len(affected), rng.choice((1, 1, 2))))
        case = self._new(
            Case, code=f"{year_key}-{self.case_counters[year_key]:04d}",
            parish=household.parish, household_id=household.id,
            affected_person_ids=[v.id for v in victims], violation_types=types,
            facts=rng.choice(self.names["facts_templates"]), occurred_on=opened,
            place=household.community, reporter_anonymous=rng.random() < 0.3,
            reporter_name=f"{reporter.given_names} {reporter.surnames}",
            reporter_relation="familiar", aggressor_description="Persona adulta",
            aggressor_relation=rng.choice(("padre", "madre", "vecino", "otro")),
            risk_level=at_least_minimum(rng.choice(("bajo", "medio", "alto", "critico")),
                                        types, self.catalogs), opened_on=opened,
            status="open",
        )
        out: list[SyncedRecord] = [case, self._new(CaseNote, case_id=case.id, kind="status",
                                                   status="open")]
        for victim in victims:
            out.append(self._new(Consent, person_id=victim.id, purpose="services",
                                 given_by="representative",
                                 representative_name=f"{reporter.given_names} "
                                                     f"{reporter.surnames}",
                                 representative_relation="madre/padre", given_on=opened))
        plan = self._new(Visit, household_id=household.id, case_id=case.id, state="planned",
                         visit_date=opened + timedelta(days=rng.randint(1, 20)))
        out.append(plan)
        if plan.visit_date <= self.today and rng.random() < 0.7:
            out.append(self._new(
                Visit, household_id=household.id, case_id=case.id, state="done",
                plan_id=plan.id, visit_date=plan.visit_date,
                participants=[reporter.given_names], observations="Visita realizada.",
                agreements=rng.choice(self.names["agreements_templates"]),
                next_visit_on=plan.visit_date + timedelta(days=30)))
        if not non_mediable(types, self.catalogs):
            out.append(self._new(
                Mediation, case_id=case.id, held_on=opened, subject="Acuerdo familiar",
                parties=[{"name": reporter.given_names, "role": "madre/padre"},
                         {"name": "Otra parte", "role": "familiar"}],
                agreements=rng.choice(self.names["agreements_templates"]),
                outcome=rng.choice(("agreement", "partial", "no_agreement"))))
        route = referral_route(types, self.catalogs)
        sent: set[str] = set()
        for institution in route:
            referral = self._new(Referral, case_id=case.id, institution=institution,
                                 reason="Derivación por vulneración de derechos.",
                                 urgency=rng.choice(("normal", "urgent", "immediate")))
            out.append(referral)
            path = rng.choice(REFERRAL_PATHS)
            if path[-1] not in NOT_SENT:
                sent.add(institution)
            for step in path:
                out.append(self._new(ReferralStatus, referral_id=referral.id, status=step,
                                     answer="Medida de protección emitida."
                                     if step == "answered" else ""))
        case.status = "referred" if route else "in_progress"
        # Closed as a promoter closes a case: after its referrals, by a change of its own
        # (the server checks the referrals a closing needs when that change arrives).
        if rng.random() < 0.3 and not check_can_close(types, sent, self.catalogs):
            self.closing.append(case.id)
            out.append(self._new(CaseNote, case_id=case.id, kind="status", status="closed",
                                 text="Caso atendido."))
        out.append(self._new(FollowUp, case_id=case.id, household_id=household.id,
                             due_on=self.today + timedelta(days=rng.randint(-10, 30)),
                             description="Seguimiento del caso"))
        return out

    def _activity(self, parish: str) -> CommunityActivity:
        rng = self.rng
        return self._new(
            CommunityActivity, activity_type=rng.choice(list(self.catalogs.activity_types
                                                             .items)),
            held_on=self._date_back(365), parish=parish, community="",
            topic=rng.choice(self.names["topics"]),
            attendance={k: rng.randint(0, 15) for k in ATTENDANCE_KEYS})
