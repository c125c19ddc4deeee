"""Record rules where only the server sees two devices' edits meet: the client's own check
(`record_problems`), run on merged updates and on the creates whose rules read another
record.

Each device checks its own edit before it is written; merged, two valid edits can still
make an unlawful record: one laptop closes a case (or records a mediation) while another
adds a sexual-violence type to it, which would leave the case closed without a referral
really sent to the Fiscalía, or mediated (COIP Art. 663). The change that would complete
such a record is rejected — `NEEDS_FISCALIA` or `NOT_MEDIABLE` for those rules, `invalid`
for any other — and lands in its device's "needs attention" list. Likewise a referral
step must follow the referral's current step in its life cycle as the server orders the
steps of every device (`STEP_ORDER`): the Junta cannot answer a referral the Consejo
closed meanwhile. Every create is checked too, like on the device that made it (catalog
codes, required fields): the server cannot rely on the app having checked what it receives.

The rules read the server's catalogs: upgrade the server before the desktops when a
catalog changes.
"""

from dataclasses import dataclass
from datetime import UTC
from typing import Any, Protocol

from pydantic import ValidationError
from sqlalchemy import Connection, select

from app.core.catalogs import Catalogs
from app.core.rules.legal import check_can_close, check_mediation_allowed
from app.core.rules.records import RULES, Related, record_problems
from app.core.rules.referrals import check_step, latest, sent_to
from sync.server.merge import WIRE, Author, Doc
from sync.server.schema import docs

NEEDS_FISCALIA = "needs_fiscalia"
NOT_MEDIABLE = "not_mediable"
STEP_ORDER = "step_order"
# Creates are checked like on the device that made them: a device's check is no guarantee
# (an old app, or no app at all, may push).
CHECKED_CREATES = frozenset(RULES)


class BatchView(Protocol):
    """What the rules read of a batch in progress: its documents and how to load more."""

    conn: Connection
    author: Author
    docs: dict[str, Doc | None]
    touched: dict[str, None]

    def load(self, ids: set[str]) -> None: ...


@dataclass(frozen=True)
class Step:
    """A referral status document in the shape the referral rules read."""

    referral_id: str
    server_version: int | None
    status: str


def problem(batch: BatchView, doc: Doc, previous: dict[str, Any] | None,
            catalogs: Catalogs) -> str:
    """'' when `doc` (merged, or new when `previous` is None) may stand, else the
    rejection code."""
    if doc.type not in RULES:
        return ""
    # The plain twins of the table models: as the rules read them, at a fraction of the
    # cost (every create of a push passes here).
    model = WIRE[doc.type]
    # Any: the twin has the table model's fields, which the rules read (merge.wire_model),
    # but is no subclass of it.
    record: Any
    before: Any
    try:
        # A new record was validated as it arrived (`Doc.record`): not read again.
        record = doc.record if previous is None and doc.record is not None \
            else model.model_validate(doc.data)
        before = model.model_validate(previous) if previous is not None else None
    except ValidationError:
        return "invalid"
    # The server's UTC date is never behind a device's local date in Ecuador.
    today = batch.author.moment.astimezone(UTC).date()
    related = Related(before)
    if doc.type == "case" and record.status == "closed":
        sent = frozenset(referred_to(batch, doc.id))
        if check_can_close(record.violation_types, sent, catalogs):
            return NEEDS_FISCALIA
        related = Related(before, referred_to=sent)
    elif doc.type == "mediation":
        case = _live(batch, str(doc.data.get("case_id")), "case")
        if case is not None and check_mediation_allowed(case.violation_types, catalogs):
            return NOT_MEDIABLE
        related = Related(before, case=case)
    elif doc.type == "consent":
        related = Related(before, person=_live(batch, str(doc.data.get("person_id")),
                                               "person"))
    if record_problems(record, catalogs, today, related):
        return "invalid"
    # A well-formed step must still follow its referral's current step.
    return step_problem(batch, doc) if doc.type == "referral_status" else ""


def _live(batch: BatchView, record_id: str, record_type: str) -> Any:
    batch.load({record_id})
    found = batch.docs.get(record_id)
    if found is None or found.deleted or found.type != record_type:
        return None
    return WIRE[record_type].model_validate(found.data)


def step_problem(batch: BatchView, doc: Doc) -> str:
    """'' when the new step `doc` may follow its referral's current step."""
    referral_id = str(doc.data.get("referral_id"))
    referral = batch.docs.get(referral_id)
    stored: set[str] = set()
    if referral is not None and referral.exists:  # a new referral has no stored steps
        stored = set(batch.conn.execute(select(docs.c.id).where(
            docs.c.case_id == doc.scope.case_id,
            docs.c.type == "referral_status")).scalars())
        batch.load(stored)
    order = {record_id: i for i, record_id in enumerate(batch.touched)}
    steps = sorted((d for d in batch.docs.values()
                    if d is not None and d.type == "referral_status" and d.id != doc.id
                    and (d.id in stored or d.id in order)
                    and str(d.data.get("referral_id")) == referral_id),
                   key=lambda d: (d.version is None, d.version or 0, order.get(d.id, -1)))
    current = latest(Step(referral_id, d.version, str(d.data.get("status")))
                     for d in steps).status if steps else None
    return STEP_ORDER if check_step(current, str(doc.data.get("status"))) else ""


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
    # Steps in the order recorded, as `latest` reads them: stored ones by version, then
    # this batch's in the order the device sent them.
    order = {record_id: i for i, record_id in enumerate(batch.touched)}
    steps = sorted((d for d in related if d.type == "referral_status"),
                   key=lambda d: (d.version is None, d.version or 0, order.get(d.id, -1)))
    return sent_to(referrals, (
        Step(str(d.data.get("referral_id")), d.version, str(d.data.get("status")))
        for d in steps))
