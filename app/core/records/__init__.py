"""Record definitions: one definition each, shared by store, protocol and server."""

from app.core.records.base import SyncedRecord, content_fields, to_wire
from app.core.records.cases import (
    Case,
    CaseNote,
    FollowUp,
    Mediation,
    Referral,
    ReferralStatus,
    Visit,
)
from app.core.records.community import Attendee, CommunityActivity
from app.core.records.family import Consent, Household, Person
from app.core.records.local import (
    AnswerSeen,
    AuditEvent,
    DeviceState,
    Draft,
    OutboxEntry,
    Setting,
    SyncDigest,
)
from app.core.records.plans import Plan, PlanAction
from app.core.records.rights import DataRequest
from app.core.records.sync import Conflict

SYNCED_TYPES: dict[str, type[SyncedRecord]] = {
    model.record_type: model
    for model in (
        Household, Person, Consent, Case, CaseNote, Visit, Mediation, Referral,
        ReferralStatus, FollowUp, CommunityActivity, Attendee, Plan, PlanAction,
        Conflict, DataRequest,
    )
}

# The field naming a record's parent, and the parent's type, in order of preference: the
# server derives a record's territory from it, the desktop finds the page showing it.
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "person": (("household_id", "household"),),
    "consent": (("person_id", "person"),),
    "data_request": (("person_id", "person"),),
    "case_note": (("case_id", "case"),),
    "mediation": (("case_id", "case"),),
    "referral": (("case_id", "case"),),
    "referral_status": (("referral_id", "referral"),),
    "visit": (("case_id", "case"), ("household_id", "household")),
    "follow_up": (("case_id", "case"), ("household_id", "household")),
    "plan_action": (("plan_id", "plan"),),
    "attendee": (("activity_id", "activity"),),
}

__all__ = [
    "PARENTS",
    "SYNCED_TYPES", "AnswerSeen", "Attendee", "AuditEvent", "Case", "CaseNote",
    "CommunityActivity", "Conflict", "Consent", "DataRequest", "DeviceState", "Draft",
    "FollowUp", "Household", "Mediation", "OutboxEntry", "Person", "Plan", "PlanAction",
    "Referral", "ReferralStatus", "Setting", "SyncDigest", "SyncedRecord", "Visit",
    "content_fields", "to_wire",
]
