"""An independent count of the statistics, from the JSON Lines export only.

It shares no code with the report side: its own age arithmetic, its own "current status"
rule (highest server version, else the last made: UUIDv7 ids of one device increase),
plain Python over dicts.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from app.core.exporting import iter_records
from app.core.store.database import Database


@dataclass
class Expected:
    cases: int = 0
    attentions: int = 0
    by_violation: Counter = field(default_factory=Counter)
    by_parish: Counter = field(default_factory=Counter)
    by_month: Counter = field(default_factory=Counter)
    by_sex: Counter = field(default_factory=Counter)
    by_age: Counter = field(default_factory=Counter)
    by_ethnicity: Counter = field(default_factory=Counter)
    by_institution: Counter = field(default_factory=Counter)
    by_outcome: Counter = field(default_factory=Counter)
    age_sex: Counter = field(default_factory=Counter)  # (age group, sex)


def _years(born: date, on: date) -> int:
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


def _group(person: dict | None, opened: date) -> str:
    if person is None:
        return ""
    if person["birth_date"]:
        age, estimated = _years(date.fromisoformat(person["birth_date"]), opened), False
    elif person["estimated_age"] is not None:
        since = date.fromisoformat(person["estimated_on"]) if person["estimated_on"] else opened
        age, estimated = person["estimated_age"] + max(_years(since, opened), 0), True
    else:
        return ""
    if estimated and age in (12, 18):  # in doubt, the younger category (CONA Art. 4)
        age -= 1
    return ("ninez" if age < 12 else "adolescencia" if age < 18 else
            "adultos" if age < 65 else "adultos_mayores")


def expected(db: Database, start: date, end: date) -> Expected:
    rows = defaultdict(list)
    for record in iter_records(db):
        rows[record["type"]].append(record)
    persons = {p["id"]: p for p in rows["person"] if not p["deleted"]}
    steps = defaultdict(list)
    for st in rows["referral_status"]:
        steps[st["referral_id"]].append(st)
    out = Expected()
    counted = set()
    for case in rows["case"]:
        opened = date.fromisoformat(case["opened_on"])
        if case["deleted"] or not start <= opened <= end:
            continue
        counted.add(case["id"])
        out.cases += 1
        out.by_parish[case["parish"]] += 1
        out.by_month[case["opened_on"][:7]] += 1
        for code in set(case["violation_types"]):
            out.by_violation[code] += 1
        for pid in case["affected_person_ids"]:
            person = persons.get(pid)
            out.attentions += 1
            out.by_sex[person["sex"] if person else ""] += 1
            out.by_ethnicity[(person or {}).get("ethnicity") or ""] += 1
            out.by_age[_group(person, opened)] += 1
            out.age_sex[(_group(person, opened), person["sex"] if person else "")] += 1
    for ref in rows["referral"]:
        if ref["deleted"] or ref["case_id"] not in counted or not steps[ref["id"]]:
            continue
        current = max(steps[ref["id"]], key=lambda st: (
            st["server_version"] is None, st["server_version"] or 0, st["id"]))
        out.by_institution[ref["institution"]] += 1
        out.by_outcome[current["status"]] += 1
    return out
