"""Retention (LOPDP: data must not outlive its purpose; issue 14 §3).

The Consejo sets, per record type, after how many years its records are anonymised
(app/core/records/anonymise.py: statistics keep counting them) or erased (the erasure
tombstone, app/core/records/erasure.py). Either is a new version of each record, so
every device pulls it like any change, however late it syncs. No rule, no retention:
nothing is applied until the Consejo sets it (retention_policy.py, docs/RETENTION.md).
`serve` runs it once a day (retention_schedule.py); `defensoria-server retention run
[--dry-run]` at any time.

When a record is due (the years count from the server's own stamps, never a device's):
- case: a closed case, N years after its last change; with it go its notes, visits,
  mediations, referrals and their steps, follow-ups and conflicts. A case whose referral
  to the Junta or the Fiscalía has not ended waits (LOPDP Art. 18);
- person: N years after their last change, once no case names them that is still
  identifiable (every case about them is closed and anonymised or erased) and no data
  request of theirs is open; with them go their consents, data requests and conflicts;
- household: N years after its last change, once nothing still identifiable points to
  it: no live person, case, or visit or follow-up of a case not anonymised or erased;
  its own visits and follow-ups (no case) go with it, and while one of them is more
  recent than the term the household waits: it is still being visited;
- attendee (an activity's attendance list): N years after it was recorded.
A deleted record is due like a live one: a deletion on a device is a soft delete, so the
record keeps its content on the server and on every device until retention reaches it.
Its reference date is the same stamp, the deletion being its last change; a deleted case
is due whatever its status (nobody works on it any more), N years after its deletion.
The work goes in pages of PAGE records: one SQL query selects a page of due records (the
JSON fields read by the database), one bulk write stores their new versions, under the
version lock so no push interleaves. A record once anonymised is not due again, so a
second run changes nothing. The audit gets the counts per type, never an id or a value.
"""

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, cast, func, or_, select
from sqlalchemy.dialects import postgresql

from app.core.i18n import N_
from app.core.records.anonymise import anonymised
from app.core.records.erasure import ERASURE, tombstone
from sync.server import audit
from sync.server.doc_versions import write_dirty
from sync.server.erasure import PROCEEDING_INSTITUTIONS, REFERRAL_ENDED
from sync.server.merge import CONTENT, Author, Doc
from sync.server.retention_policy import Rule, rules
from sync.server.schema import docs
from sync.server.store import ServerStore

PAGE = 5000
CASE_PARTS = ("case_note", "visit", "mediation", "referral", "referral_status",
              "follow_up", "conflict")
PERSON_PARTS = {"consent": "person_id", "data_request": "person_id",
                "conflict": "target_id"}
# What points to a household; a visit or follow-up with no case is the household's own.
HOUSEHOLD_REFS = ("person", "case", "visit", "follow_up")
HOUSEHOLD_PARTS = ("visit", "follow_up")
# Every content field stamped anew (the version filled in by write_dirty), per type.
FRESH_META = {name: {field: [None, ""] for field in fields} for name, fields in CONTENT.items()}
WHO = "retention"  # the author of retention's versions and audit rows


def cutoff(today: date, years: int) -> str:
    """The day `years` before `today` (29 February → 28), as the stamps spell it."""
    year = today.year - years
    try:
        return today.replace(year=year).isoformat()
    except ValueError:
        return today.replace(year=year, day=28).isoformat()


def _field(store: ServerStore, name: str, key: str | None = None) -> Any:
    """A top-level field of the stored JSON (or a `key` of it), as text, read by the
    database."""
    if store.is_sqlite:
        return func.json_extract(docs.c.data, f"$.{name}" + (f".{key}" if key else ""))
    value = cast(docs.c.data, postgresql.JSON)[name]
    return (value[key] if key else value).astext


def _unreached(store: ServerStore, action: str) -> ColumnElement[bool]:
    """Records that the action has not reached yet, deleted or not: anonymising skips
    the anonymised and the erased, erasing only the erased."""
    if action == "anonymise":
        return _field(store, ERASURE).is_(None)
    return or_(_field(store, ERASURE).is_(None), _field(store, ERASURE, "mode") != "erase")


def _reached(doc: Doc, action: str) -> bool:
    """`_unreached`'s opposite, read from a loaded record."""
    note = doc.data.get(ERASURE)
    return isinstance(note, dict) and (action == "anonymise" or note.get("mode") == "erase")


def _live(store: ServerStore, record_type: str, action: str) -> list[ColumnElement[bool]]:
    """Records of a type that the action has not reached yet. Deleted ones included: a
    soft-deleted record still holds its content (issue 14 §3)."""
    return [docs.c.type == record_type, _unreached(store, action)]


def _identifiable(store: ServerStore) -> list[ColumnElement[bool]]:
    """Live records no anonymisation or erasure has reached: someone may still open
    them and read who they are about."""
    return [docs.c.deleted.is_(False), _field(store, ERASURE).is_(None)]


def _due(store: ServerStore, rule: Rule, today: date) -> list[ColumnElement[bool]]:
    before = cutoff(today, rule.after_years)
    cond = _live(store, rule.record_type, rule.action)
    if rule.record_type == "case":
        # A deleted case has no closing to wait for: its deletion was its last change.
        cond += [or_(_field(store, "status") == "closed", docs.c.deleted.is_(True)),
                 _field(store, "updated_at") < before]
    elif rule.record_type in ("person", "household"):
        cond.append(_field(store, "updated_at") < before)
    else:
        cond.append(_field(store, "created_at") < before)
    return cond


# Every column but the field stamps, which an anonymised or erased record gets anew.
COLUMNS = [c for c in docs.c if c.name != "field_meta"]




def _pages(store: ServerStore, conn: Connection, cond: list[ColumnElement[bool]],
           after: str) -> list[Doc]:
    return [Doc.from_row(r) for r in conn.execute(select(*COLUMNS).where(
        and_(*cond), docs.c.id > after).order_by(docs.c.id).limit(PAGE))]


def _case_parts(store: ServerStore, conn: Connection, cases: list[Doc],
                action: str) -> list[Doc]:
    """The cases that may go (no proceeding under way) and their records, deleted ones
    too; only live referrals and steps hold a case back."""
    ids = [c.id for c in cases]
    parts = [Doc.from_row(r) for r in conn.execute(select(*COLUMNS).where(
        store.one_of(docs.c.case_id, ids), docs.c.type.in_(CASE_PARTS)))]
    steps: dict[str, list[Doc]] = {}
    for part in parts:
        if part.type == "referral_status" and not part.deleted:
            steps.setdefault(str(part.data.get("referral_id")), []).append(part)
    waiting = set()
    for part in parts:
        if part.type == "referral" and not part.deleted \
                and part.data.get("institution") in PROCEEDING_INSTITUTIONS:
            mine = sorted(steps.get(part.id, []), key=lambda s: s.version or 0)
            if (mine[-1].data.get("status") if mine else "drafted") not in REFERRAL_ENDED:
                waiting.add(part.scope.case_id)
    return [d for d in cases + parts if d.scope.case_id not in waiting
            and not _reached(d, action)]


def _persons(store: ServerStore, conn: Connection, done: set[str]
             ) -> tuple[set[str], dict[str, list[date]]]:
    """The persons a still identifiable case names, and each person's case openings;
    `done`: cases this run anonymises (a dry run counts them as anonymised)."""
    named: set[str] = set()
    days: dict[str, list[date]] = {}
    for case_id, ids, status, opened, note in conn.execute(select(
            docs.c.id, _field(store, "affected_person_ids"), _field(store, "status"),
            _field(store, "opened_on"), _field(store, ERASURE)).where(
            docs.c.type == "case", docs.c.deleted.is_(False))):
        if case_id in done:
            note = "done"
        persons = json.loads(ids) if isinstance(ids, str) else ids or []
        for person in persons:
            if opened:
                days.setdefault(person, []).append(date.fromisoformat(opened[:10]))
            if status != "closed" or note is None:
                named.add(person)
    return named, days


def _person_parts(store: ServerStore, conn: Connection, persons: list[Doc],
                  named: set[str], action: str) -> list[Doc]:
    """The persons that may go and what concerns only them."""
    persons = [p for p in persons if p.id not in named]
    ids = [p.id for p in persons]
    parts: list[Doc] = []
    for record_type, field in PERSON_PARTS.items():
        parts += [Doc.from_row(r) for r in conn.execute(select(*COLUMNS).where(
            *_live(store, record_type, action), store.one_of(_field(store, field), ids)))]
    asking = {d.data.get("person_id") for d in parts if d.type == "data_request"
              and not d.deleted and d.data.get("status") == "open"}
    return [d for d in persons + parts
            if (d.id if d.type == "person" else d.data.get("person_id")) not in asking]


def _household_parts(store: ServerStore, conn: Connection, households: list[Doc],
                     action: str, done: set[str], before: str) -> list[Doc]:
    """The households that may go and their own visits and follow-ups. A household waits
    while a person, case, or case visit or follow-up still identifiable points to it
    (`done`: what this run has anonymised or erased so far, so a dry run counts alike),
    and while one of its own visits or follow-ups is more recent than the term."""
    ids = [h.id for h in households]
    waiting: set[str] = set()
    for ref_id, ref_type, home, case_id, changed in conn.execute(select(
            docs.c.id, docs.c.type, _field(store, "household_id"), _field(store, "case_id"),
            _field(store, "updated_at")).where(
            docs.c.type.in_(HOUSEHOLD_REFS), *_identifiable(store),
            store.one_of(_field(store, "household_id"), ids))):
        own = ref_type in HOUSEHOLD_PARTS and case_id is None
        if ref_id not in done and (not own or (changed or "") >= before):
            waiting.add(home)
    parts = [Doc.from_row(r) for r in conn.execute(select(*COLUMNS).where(
        docs.c.type.in_(HOUSEHOLD_PARTS), _unreached(store, action),
        _field(store, "case_id").is_(None), store.one_of(_field(store, "household_id"), ids)))]
    return [d for d in households + parts
            if (d.id if d.type == "household" else d.data.get("household_id")) not in waiting]


def _change(doc: Doc, action: str, author: Author, days: dict[str, list[date]]) -> None:
    reason = N_("Retention period ended")
    if action == "erase":
        doc.data = tombstone(doc.type, doc.data, reason, author.username, author.at)
        doc.deleted = True
    else:
        doc.data = anonymised(doc.type, doc.data, reason, author.username, author.at,
                              days.get(doc.id, ()))
    doc.dirty, doc.text = True, None
    doc.meta = FRESH_META[doc.type]  # write_dirty builds each record's own from it


def _apply(store: ServerStore, rule: Rule, today: date, dry_run: bool,
           done: set[str]) -> Iterator[Doc]:
    """Apply one rule page by page; yields each record changed (or due, in a dry run).
    `done`: the records this run has anonymised or erased so far."""
    cond, after = _due(store, rule, today), ""
    named: set[str] = set()
    days: dict[str, list[date]] = {}
    if rule.record_type == "person":
        with store.read() as conn:
            named, days = _persons(store, conn, done)
    while True:
        with store.write() as conn:
            first = store.lock_versions(conn)
            page = _pages(store, conn, cond, after)
            if not page:
                return
            after = page[-1].id
            if rule.record_type == "case":
                page = _case_parts(store, conn, page, rule.action)
            elif rule.record_type == "person":
                page = _person_parts(store, conn, page, named, rule.action)
            elif rule.record_type == "household":
                page = _household_parts(store, conn, page, rule.action, done,
                                        cutoff(today, rule.after_years))
            if not dry_run:
                author = Author(WHO, "", store.clock.now())
                for doc in page:
                    _change(doc, rule.action, author, days)
                write_dirty(store, conn, page, first)
        yield from page


def run(store: ServerStore, dry_run: bool = False) -> dict[str, int]:
    """Apply every rule; the number of records changed (or due) per type."""
    today = store.clock.now().date()
    counts: Counter[str] = Counter()
    policy = rules(store)
    if not policy:
        return {}
    done: set[str] = set()
    for rule in policy:
        for doc in _apply(store, rule, today, dry_run, done):
            counts[doc.type] += 1
            done.add(doc.id)
    if not dry_run:
        with store.write() as conn:
            audit.event(conn, store.clock.now(), WHO, "", "retention", types=dict(counts),
                        records=sum(counts.values()))
    return dict(counts)
