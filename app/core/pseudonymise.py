"""Pseudonymised export for analysis: one row per affected person per case.

No names, document numbers, phones, addresses, communities, GPS, birth dates or free
text leave the store: persons, households and cases are known by stable pseudonyms
(HMAC-SHA256 with a secret kept in the encrypted store's `setting` table, so the same
store always gives the same pseudonym and nobody without the store can reverse it),
birth dates become the CONA age group on the day the case was opened and dates become
months. LOPDP: prefer pseudonymised or aggregated data wherever names are not needed.
"""

import csv
import hashlib
import hmac
import io
import secrets
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import and_, func, select, true
from sqlmodel import col

from app.core.files import atomic_write_bytes
from app.core.records import Case, Mediation, Person, Referral, Setting, Visit
from app.core.rules.ages import age_group, current_age
from app.core.services.referral_steps import current_step_query
from app.core.store.database import Database
from app.core.writer import RecordWriter

SECRET_KEY = "pseudonym_secret"
COLUMNS = (
    "case_pid", "person_pid", "household_pid", "parish", "opened_month", "case_status",
    "risk_level", "violation_types", "aggressor_relation", "reporter_anonymous", "sex",
    "age_group", "ethnicity", "disability_type", "priority_groups", "referrals",
    "visits_done", "mediations",
)


def store_secret(db: Database) -> bytes:
    """The per-store pseudonym secret, made on first use."""
    with db.write() as s:
        value = s.execute(select(col(Setting.value)).where(col(Setting.key) == SECRET_KEY)).scalar()
        if not value:
            value = secrets.token_hex(32)
            s.add(Setting(key=SECRET_KEY, value=value))
    return bytes.fromhex(value)


class Pseudonymiser:
    def __init__(self, secret: bytes) -> None:
        self.secret = secret

    def __call__(self, kind: str, record_id: str | None) -> str:
        if not record_id:
            return ""
        digest = hmac.new(self.secret, f"{kind}:{record_id}".encode(), hashlib.sha256)
        return f"{kind[0].upper()}-{digest.hexdigest()[:16]}"


def pseudonymised_rows(db: Database) -> Iterator[dict[str, object]]:
    pid = Pseudonymiser(store_secret(db))
    with db.read() as s:
        visits = dict(list(s.execute(
            select(col(Visit.case_id), func.count()).where(col(Visit.state) == "done",
                                                      col(Visit.case_id).is_not(None))
            .group_by(col(Visit.case_id))).all()))
        mediations: dict[str, list[str]] = {}
        for case_id, outcome in s.execute(select(col(Mediation.case_id), col(Mediation.outcome))
                                          .where(col(Mediation.deleted).is_(False))).all():
            mediations.setdefault(case_id, []).append(outcome)
        live = select(col(Referral.id)).where(col(Referral.deleted).is_(False))
        current = current_step_query(live).subquery()
        referrals: dict[str, list[str]] = {}
        for case_id, inst, status in s.execute(
                select(col(Referral.case_id), col(Referral.institution), current.c.status)
                .join(current, current.c.referral_id == col(Referral.id))
                .order_by(col(Referral.case_id), col(Referral.institution))).all():
            referrals.setdefault(case_id, []).append(f"{inst}:{status}")
        ids = func.json_each(col(Case.affected_person_ids)).table_valued("value").alias("ap")
        rows = s.execute(
            select(Case, Person).select_from(Case).join(ids, true())
            .outerjoin(Person, and_(col(Person.id) == ids.c.value, col(Person.deleted).is_(False)))
            .where(col(Case.deleted).is_(False)).order_by(col(Case.opened_on), col(Case.code)))
        for case, person in rows:
            group = ""
            if person is not None:
                age = current_age(person.birth_date, person.estimated_age,
                                  person.estimated_on, case.opened_on)
                group = age_group(age, estimated=person.birth_date is None) or ""
            yield {
                "case_pid": pid("case", case.id),
                "person_pid": pid("person", person.id if person else None),
                "household_pid": pid("household", case.household_id),
                "parish": case.parish, "opened_month": case.opened_on.strftime("%Y-%m"),
                "case_status": case.status, "risk_level": case.risk_level,
                "violation_types": ";".join(case.violation_types),
                "aggressor_relation": case.aggressor_relation,
                "reporter_anonymous": int(case.reporter_anonymous),
                "sex": person.sex if person else "", "age_group": group,
                "ethnicity": person.ethnicity if person else "",
                "disability_type": person.disability_type if person else "",
                "priority_groups": ";".join(person.priority_groups) if person else "",
                "referrals": ";".join(referrals.get(case.id, [])),
                "visits_done": visits.get(case.id, 0),
                "mediations": ";".join(sorted(mediations.get(case.id, []))),
            }


def export_pseudonymised(db: Database, writer: RecordWriter, out: Path) -> int:
    """Write the CSV through `out.part` in the same folder, then rename; audited."""
    text = io.StringIO()
    table = csv.DictWriter(text, COLUMNS, lineterminator="\r\n")
    table.writeheader()
    count = 0
    for row in pseudonymised_rows(db):
        table.writerow(row)
        count += 1
    atomic_write_bytes(out, text.getvalue().encode("utf-8"))
    with db.write() as s:
        writer.audit(s, "export", "pseudonymised", out.name)
    return count
