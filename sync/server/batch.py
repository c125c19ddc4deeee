"""One push batch's documents, and each change applied to them in memory: its type, id,
permission, scope, references and rules checked, then merged (merge.py).

Separate from push.py, which runs a whole push under the version lock, answers replays
from the push log (push_log.py) and writes what this leaves dirty (doc_versions.py).
Rules (rules.py) and openings to the Junta (opening.py) read and load through a Batch.
"""

from typing import Any

from sqlalchemy import Connection, select

from app.core.catalogs import Catalogs
from app.core.ids import is_id, new_id
from app.core.records import SYNCED_TYPES
from app.core.records.cases import ASSIGNED_TO
from app.core.records.erasure import ERASED, is_erased
from sync.protocol import Change
from sync.server import merge, opening, references, rules
from sync.server.merge import Author, Doc, Invalid, Outcome, WireRecord
from sync.server.schema import docs
from sync.server.scope import (
    SCOPE_FIELDS,
    Principal,
    Scope,
    conflict_junta,
    derive,
    may_write,
    parent_id,
)
from sync.server.store import ServerStore, to_text

CHUNK = 500
# Types whose id is made from a natural key (app/core/records/plans.py `plan_id`): a
# create of one that exists is the same record started on two devices.
KEYED = frozenset({"plan"})
# A create made ready before the version lock: its stored data, that data as JSON, and
# its content as validated.
Prepared = tuple[dict[str, Any], str, WireRecord]


class Batch:
    def __init__(self, store: ServerStore, conn: Connection, who: Principal, author: Author,
                 catalogs: Catalogs,
                 prepared: dict[int, Prepared | Invalid]) -> None:
        self.store, self.conn, self.who, self.prepared = store, conn, who, prepared
        self.author, self.catalogs = author, catalogs
        self.docs: dict[str, Doc | None] = {}
        # Ids in the order of their latest change: versions are given in this order.
        self.touched: dict[str, None] = {}

    def touch(self, record_id: str) -> None:
        self.touched.pop(record_id, None)
        self.touched[record_id] = None

    def load(self, ids: set[str]) -> None:
        # Only well-formed ids reach the query: any text may stand in a pushed id, and
        # PostgreSQL refuses some (NUL), which would fail the whole batch. A malformed
        # id names no stored record: it stays unknown (None) like any missing one.
        wanted = [i for i in ids if i not in self.docs and is_id(i)]
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start:start + CHUNK]
            for row in self.conn.execute(
                    select(docs).where(self.store.one_of(docs.c.id, chunk))):
                self.docs[row.id] = Doc.from_row(row)
            for i in chunk:
                self.docs.setdefault(i, None)

    def scope_of(self, record_type: str, record_id: str, data: dict[str, Any],
                 current: Scope | None) -> Scope | None:
        pid = parent_id(record_type, data)
        parent = self.docs.get(pid) if pid else None
        if parent is None:
            return derive(record_type, record_id, data, None, current)
        return derive(record_type, record_id, data, parent.scope, current, parent.type)

    def apply(self, change: Change) -> Outcome:
        if change.record_type not in SYNCED_TYPES:
            return Outcome("rejected", "unknown_type")
        if not is_id(change.record_id):
            return Outcome("rejected", "invalid")
        if change.record_type == "conflict" and change.op == "create":
            return Outcome("rejected", "forbidden")
        doc = self.docs.get(change.record_id)
        if assigns(change, doc):
            return Outcome("rejected", "forbidden")
        try:
            if change.op == "create":
                return self._create(change, doc)
            if doc is None:
                return Outcome("rejected", "not_found")
            if doc.type != change.record_type:
                return Outcome("rejected", "invalid")
            if is_erased(doc.data):  # never resurrected (LOPDP Art. 15)
                return Outcome("rejected", ERASED)
            denied = may_write(self.who, change.op, doc.type, doc.scope)
            if denied:
                return Outcome("rejected", denied)
            if change.op == "delete":
                return merge.delete(doc, self.author)
            return self._update(change, doc)
        except Invalid as exc:
            return Outcome("rejected", exc.reason)

    def _create(self, change: Change, doc: Doc | None) -> Outcome:
        if doc is not None and is_erased(doc.data):
            return Outcome("rejected", ERASED)
        if doc is not None:
            if self._same_create(change, doc):
                return Outcome("applied")
            if change.record_type in KEYED and doc.type == change.record_type \
                    and not doc.deleted:
                # Two people started the same plan offline: the later start merges
                # into it as an edit made without having seen the first (its differing
                # fields become conflicts a person resolves).
                return self.apply(change.model_copy(update={"op": "update",
                                                            "base_version": 0}))
            return Outcome("rejected", "exists")
        prepared = self.prepared.get(change.seq) or prepare(change, self.author)
        if isinstance(prepared, Invalid):
            raise prepared
        data, text, record = prepared
        scope = self.scope_of(change.record_type, change.record_id, data, None)
        if scope is None:
            return Outcome("rejected", "not_found")
        denied = may_write(self.who, "create", change.record_type, scope)
        if denied:
            return Outcome("rejected", denied)
        self.load(references.named_ids(change.record_type, data))
        denied = references.problem(self.docs, change.record_type, data, scope.parish)
        if denied:
            return Outcome("rejected", denied)
        meta = {name: [None, self.author.device] for name in change.fields}
        doc = Doc(change.record_id, change.record_type, data, meta, False, scope, None,
                  exists=False, dirty=True, text=text, record=record)
        if change.record_type in rules.CHECKED_CREATES:
            denied = rules.problem(self, doc, None, self.catalogs)
            if denied:
                return Outcome("rejected", denied)
        self.docs[change.record_id] = doc
        if change.record_type == "referral" and scope.junta and scope.case_id:
            opening.open_case(self, scope.case_id)
        return Outcome("applied")

    def _same_create(self, change: Change, doc: Doc) -> bool:
        """Whether `change` creates, as this user, the record exactly as it stands: a
        restored backup resending a create its original device already sent (see
        app/core/sync/fork.py). Already done, so applied without a write."""
        if doc.type != change.record_type or doc.deleted \
                or doc.data.get("created_by") != self.who.username:
            return False
        prepared = self.prepared.get(change.seq) or prepare(change, self.author)
        if isinstance(prepared, Invalid):
            return False
        return all(prepared[0].get(name) == doc.data.get(name)
                   for name in merge.CONTENT[doc.type])

    def _update(self, change: Change, doc: Doc) -> Outcome:
        before = (dict(doc.data), dict(doc.meta), doc.dirty, doc.text, doc.scope)
        outcome = merge.update(doc, change, self.author)
        if not doc.dirty:
            return outcome
        denied = ""
        if SCOPE_FIELDS & change.fields.keys():
            scope = self.scope_of(doc.type, doc.id, doc.data, doc.scope)
            if scope is None:
                denied = "not_found"
            else:
                denied, doc.scope = may_write(self.who, "update", doc.type, scope), scope
        if not denied:
            self.load(references.named_ids(doc.type, doc.data))
            denied = references.problem(self.docs, doc.type, doc.data, doc.scope.parish,
                                        set(change.fields))
        if not denied:
            denied = rules.problem(self, doc, before[0], self.catalogs)
        if denied:
            doc.data, doc.meta, doc.dirty, doc.text, doc.scope = before
            return Outcome("rejected", denied)
        if doc.scope.junta:
            if doc.type == "referral" and not before[4].junta and doc.scope.case_id:
                opening.open_case(self, doc.scope.case_id)  # re-addressed to the Junta
            elif doc.type == "case" and "affected_person_ids" in change.fields:
                opening.open_persons(self, doc.data.get("affected_person_ids") or [],
                                     doc.scope.parish)
            elif doc.type == "person" and "household_id" in change.fields:
                opening.open_households(self, [doc.data.get("household_id")],
                                        doc.scope.parish)
        return outcome

    def conflict_doc(self, change: Change, target: Doc, name: str, kept: Any,
                     other: Any) -> None:
        # One id for the document and its data: the devices know it by the document's.
        cid = new_id()
        data = merge.validate(SYNCED_TYPES["conflict"], {
            "id": cid, "target_type": target.type, "target_id": target.id, "field": name,
            "kept_value": kept, "other_value": other, "other_by": self.who.username,
            "other_device": self.who.device_id})
        merge.stamp(data, self.author, created=True)
        scope = Scope(target.scope.parish, target.scope.case_id,
                      conflict_junta(target.type, target.scope), target.scope.holder)
        self.docs[cid] = Doc(cid, "conflict", data, {}, False, scope, None, exists=False,
                             dirty=True)
        self.touch(cid)


def assigns(change: Change, doc: Doc | None) -> bool:
    """Whether a pushed change gives a record to a promoter: only a reassignment by the
    Consejo does (caseload.py), since it decides who reads the record (scope.Scope)."""
    if ASSIGNED_TO not in change.fields:
        return False
    existing = doc is not None and change.op != "create"  # a create names a new record
    now = (doc.data.get(ASSIGNED_TO) or "") if doc is not None and existing else ""
    return (change.fields[ASSIGNED_TO] or "") != now


def prepare(change: Change, author: Author) -> Prepared | Invalid:
    """Validate and encode a create; depends on nothing stored, so it runs before the
    version lock is taken (the lock is held only for merging and writing)."""
    try:
        data, record = merge.create(change, author)
    except Invalid as exc:
        return exc
    return data, to_text(data), record
