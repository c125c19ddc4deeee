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
from app.core.records.community import CommunityActivity
from app.core.records.family import Consent, Household, Person
from app.core.records.local import AuditEvent, DeviceState, Draft, OutboxEntry, Setting
from app.core.records.sync import Conflict

SYNCED_TYPES: dict[str, type[SyncedRecord]] = {
    model.record_type: model
    for model in (
        Household, Person, Consent, Case, CaseNote, Visit, Mediation, Referral,
        ReferralStatus, FollowUp, CommunityActivity, Conflict,
    )
}

__all__ = [
    "SYNCED_TYPES", "AuditEvent", "Case", "CaseNote", "CommunityActivity", "Conflict", "Consent",
    "DeviceState", "Draft", "FollowUp", "Household", "Mediation", "OutboxEntry", "Person",
    "Referral", "ReferralStatus", "Setting", "SyncedRecord", "Visit", "content_fields",
    "to_wire",
]
