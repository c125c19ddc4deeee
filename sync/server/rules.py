"""Record rules on merged results: the client's own check (`record_problems`), run where
only the server sees two devices' edits meet.

Each device checks its own edit before it is written; merged, two valid edits can still
make an unlawful record: one laptop closes a case while another adds a sexual-violence
type to it, which would leave the case closed without a referral really sent to the
Fiscalía (COIP Art. 663). The change that would complete such a record is rejected —
`NEEDS_FISCALIA` for that rule, `invalid` for any other — and lands in its device's
"needs attention" list. Creates were checked on their device and are not checked again.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from pydantic import ValidationError
from sqlalchemy import Connection, select

from app.core.catalogs import Catalogs
from app.core.records import SYNCED_TYPES, Case
from app.core.rules.legal import check_can_close
from app.core.rules.records import RULES, Related, record_problems
from app.core.services.referral_steps import NOT_SENT, latest
from sync.server.merge import Doc
from sync.server.schema import docs

NEEDS_FISCALIA = "needs_fiscalia"


class BatchView(Protocol):
    """What the rules read of a batch in progress: its documents and how to load more."""

    conn: Connection
    docs: dict[str, Doc | None]
    load: Callable[[set[str]], None]


@dataclass(frozen=True)
class Step:
    """A referral status document in the shape `latest` orders."""

    server_version: int | None
    created_at: str
    status: str


def merged_problem(batch: BatchView, doc: Doc, previous: dict[str, Any],
                   catalogs: Catalogs) -> str:
    """'' when the merged `doc` may stand, else the rejection code."""
    if doc.type not in RULES:
        return ""
    model = SYNCED_TYPES[doc.type]
    try:
        record, before = model.model_validate(doc.data), model.model_validate(previous)
    except ValidationError:
        return "invalid"
    # The server's UTC date is never behind a device's local date in Ecuador.
    today = datetime.now(UTC).date()
    related = Related(before)
    if isinstance(record, Case) and record.status == "closed":
        sent = frozenset(referred_to(batch, doc.id))
        if check_can_close(record.violation_types, sent, catalogs):
            return NEEDS_FISCALIA
        related = Related(before, referred_to=sent)
    elif doc.type == "mediation":
        case_id = str(doc.data.get("case_id"))
        batch.load({case_id})
        case = batch.docs.get(case_id)
        related = Related(before, case=None if case is None or case.deleted
                          else Case.model_validate(case.data))
    return "invalid" if record_problems(record, catalogs, today, related) else ""


def referred_to(batch: BatchView, case_id: str) -> set[str]:
    """Institutions the case was really sent to, by its stored referrals and steps
    overlaid by the batch's own (newer) ones."""
    ids = set(batch.conn.execute(select(docs.c.id).where(
        docs.c.case_id == case_id,
        docs.c.type.in_(("referral", "referral_status")))).scalars())
    batch.load(ids)
    related = [d for d in batch.docs.values() if d is not None and
               (d.id in ids or (d.scope.case_id == case_id and
                                d.type in ("referral", "referral_status")))]
    referrals = {d.id: str(d.data.get("institution", "")) for d in related
                 if d.type == "referral" and not d.deleted}
    steps: dict[str, list[Step]] = {}
    for d in related:
        if d.type == "referral_status" and d.data.get("referral_id") in referrals:
            steps.setdefault(d.data["referral_id"], []).append(
                Step(d.version, str(d.data.get("created_at", "")), str(d.data.get("status"))))
    return {referrals[rid] for rid, log in steps.items() if latest(log).status not in NOT_SENT}
