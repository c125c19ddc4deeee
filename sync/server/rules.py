"""Record rules the server checks on merged results: the client services' rules, where
only the server sees two devices' edits meet.

One laptop closes a case while another adds a sexual-violence type to it; each edit was
valid where it was made, but merged they would leave a sexual-violence case closed
without a referral really sent to the Fiscalía (COIP Art. 663). The change that would
complete that state is rejected with `NEEDS_FISCALIA` and lands in its device's
"needs attention" list. The rule itself is the client's (`legal.check_can_close`).
"""

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, select

from app.core.catalogs import Catalogs
from app.core.rules.legal import check_can_close
from app.core.services.referrals import latest
from sync.server.merge import Doc
from sync.server.schema import docs

NEEDS_FISCALIA = "needs_fiscalia"
CASE_RULE_FIELDS = frozenset({"status", "violation_types"})
NOT_SENT = ("drafted", "rejected")


@dataclass(frozen=True)
class Step:
    """A referral status document in the shape `latest` orders."""

    server_version: int | None
    created_at: str
    status: str


def case_problem(case: Doc, related: dict[str, Doc], catalogs: Catalogs) -> str:
    """'' when the merged case may stand, else the rejection code.

    `related`: the case's referral and referral-status documents by id, the batch's own
    (newer) ones included."""
    data = case.data
    if data.get("status") != "closed":
        return ""
    referrals = {d.id: str(d.data.get("institution", "")) for d in related.values()
                 if d.type == "referral" and not d.deleted}
    steps: dict[str, list[Step]] = {}
    for d in related.values():
        if d.type == "referral_status" and d.data.get("referral_id") in referrals:
            steps.setdefault(d.data["referral_id"], []).append(
                Step(d.version, str(d.data.get("created_at", "")), str(d.data.get("status"))))
    sent = {referrals[rid] for rid, log in steps.items() if latest(log).status not in NOT_SENT}
    types = data.get("violation_types") or []
    return NEEDS_FISCALIA if check_can_close(list(types), sent, catalogs) else ""


def case_related(conn: Connection, case_id: str, batch_docs: dict[str, Doc | None],
                 load: Callable[[set[str]], None]) -> dict[str, Doc]:
    """The case's referrals and their steps: stored ones, overlaid by the batch's."""
    ids = list(conn.execute(select(docs.c.id).where(
        docs.c.case_id == case_id,
        docs.c.type.in_(("referral", "referral_status")))).scalars())
    load(set(ids))
    found = {i: d for i in ids if (d := batch_docs.get(i)) is not None}
    for d in batch_docs.values():
        if d is not None and d.scope.case_id == case_id and \
                d.type in ("referral", "referral_status"):
            found[d.id] = d
    return found
