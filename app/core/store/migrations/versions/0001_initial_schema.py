"""initial schema

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "activity",
        sa.Column("id", sqlmodel.AutoString(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("activity_type", sqlmodel.AutoString(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("parish", sqlmodel.AutoString(length=8), nullable=False),
        sa.Column("community", sqlmodel.AutoString(), nullable=False),
        sa.Column("topic", sqlmodel.AutoString(), nullable=False),
        sa.Column("attendance", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_held_on"), ["held_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_parish"), ["parish"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_activity_server_version"), ["server_version"], unique=False
        )

    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("id", sqlmodel.AutoString(), nullable=False),
        sa.Column("at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("actor", sqlmodel.AutoString(), nullable=False),
        sa.Column("device", sqlmodel.AutoString(), nullable=False),
        sa.Column("action", sqlmodel.AutoString(), nullable=False),
        sa.Column("record_type", sqlmodel.AutoString(), nullable=False),
        sa.Column("record_id", sqlmodel.AutoString(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("id"),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_record_id"), ["record_id"], unique=False)

    op.create_table(
        "case",
        sa.Column("id", sqlmodel.AutoString(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sqlmodel.AutoString(length=24), nullable=False),
        sa.Column("parish", sqlmodel.AutoString(length=8), nullable=False),
        sa.Column("household_id", sqlmodel.AutoString(), nullable=True),
        sa.Column("affected_person_ids", sa.JSON(), nullable=False),
        sa.Column("violation_types", sa.JSON(), nullable=False),
        sa.Column("facts", sqlmodel.AutoString(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=True),
        sa.Column("place", sqlmodel.AutoString(), nullable=False),
        sa.Column("reporter_anonymous", sa.Boolean(), nullable=False),
        sa.Column("reporter_name", sqlmodel.AutoString(), nullable=False),
        sa.Column("reporter_relation", sqlmodel.AutoString(), nullable=False),
        sa.Column("reporter_phone", sqlmodel.AutoString(), nullable=False),
        sa.Column("aggressor_description", sqlmodel.AutoString(), nullable=False),
        sa.Column("aggressor_relation", sqlmodel.AutoString(), nullable=False),
        sa.Column("risk_level", sqlmodel.AutoString(), nullable=False),
        sa.Column("status", sqlmodel.AutoString(), nullable=False),
        sa.Column("status_reason", sqlmodel.AutoString(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_parish"), ["parish"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_server_version"), ["server_version"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_case_status"), ["status"], unique=False)

    op.create_table(
        "device_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sqlmodel.AutoString(), nullable=False),
        sa.Column("next_seq", sa.Integer(), nullable=False),
        sa.Column("next_audit_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "draft",
        sa.Column("key", sqlmodel.AutoString(), nullable=False),
        sa.Column("username", sqlmodel.AutoString(), nullable=False),
        sa.Column("form", sqlmodel.AutoString(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("saved_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_username"), ["username"], unique=False)

    op.create_table(
        "follow_up",
        sa.Column("id", sqlmodel.AutoString(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("case_id", sqlmodel.AutoString(), nullable=True),
        sa.Column("household_id", sqlmodel.AutoString(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("description", sqlmodel.AutoString(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_up_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_follow_up_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_follow_up_server_version"), ["server_version"], unique=False
        )

    op.create_table(
        "household",
        sa.Column("id", sqlmodel.AutoString(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("parish", sqlmodel.AutoString(length=8), nullable=False),
        sa.Column("community", sqlmodel.AutoString(), nullable=False),
        sa.Column("address_reference", sqlmodel.AutoString(), nullable=False),
        sa.Column("gps_lat", sa.Float(), nullable=True),
        sa.Column("gps_lon", sa.Float(), nullable=True),
        sa.Column("notes", sqlmodel.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_household_parish"), ["parish"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_household_server_version"), ["server_version"], unique=False
        )

    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("record_type", sqlmodel.AutoString(), nullable=False),
        sa.Column("record_id", sqlmodel.AutoString(), nullable=False),
        sa.Column("op", sqlmodel.AutoString(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("state", sqlmodel.AutoString(), nullable=False),
        sa.Column("reason", sqlmodel.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_state"), ["state"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sqlmodel.AutoString(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "case_note",
        sa.Column("id", sqlmodel.AutoString(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("case_id", sqlmodel.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.AutoString(), nullable=False),
        sa.Column("status", sqlmodel.AutoString(), nullable=False),
        sa.Column("text", sqlmodel.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_note_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_note_server_version"), ["server_version"], unique=False
        )

    op.create_table(
        "mediation",
        sa.Column("id", sqlmodel.AutoString(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("case_id", sqlmodel.AutoString(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("parties", sa.JSON(), nullable=False),
        sa.Column("subject", sqlmodel.AutoString(), nullable=False),
        sa.Column("agreements", sqlmodel.AutoString(), nullable=False),
        sa.Column("outcome", sqlmodel.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("mediation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mediation_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_mediation_server_version"), ["server_version"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("id", sqlmodel.AutoString(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("household_id", sqlmodel.AutoString(), nullable=True),
        sa.Column("relation_to_head", sqlmodel.AutoString(), nullable=False),
        sa.Column("given_names", sqlmodel.AutoString(), nullable=False),
        sa.Column("surnames", sqlmodel.AutoString(), nullable=False),
        sa.Column("doc_type", sqlmodel.AutoString(), nullable=False),
        sa.Column("doc_number", sqlmodel.AutoString(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("estimated_age", sa.Integer(), nullable=True),
        sa.Column("estimated_on", sa.Date(), nullable=True),
        sa.Column("sex", sqlmodel.AutoString(), nullable=False),
        sa.Column("gender_identity", sqlmodel.AutoString(), nullable=False),
        sa.Column("ethnicity", sqlmodel.AutoString(), nullable=False),
        sa.Column("disability_type", sqlmodel.AutoString(), nullable=False),
        sa.Column("disability_percent", sa.Integer(), nullable=True),
        sa.Column("priority_groups", sa.JSON(), nullable=False),
        sa.Column("phone", sqlmodel.AutoString(), nullable=False),
        sa.Column("name_key", sqlmodel.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_doc_number"), ["doc_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_name_key"), ["name_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_server_version"), ["server_version"], unique=False
        )

    op.create_table(
        "referral",
        sa.Column("id", sqlmodel.AutoString(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("case_id", sqlmodel.AutoString(), nullable=False),
        sa.Column("institution", sqlmodel.AutoString(), nullable=False),
        sa.Column("reason", sqlmodel.AutoString(), nullable=False),
        sa.Column("urgency", sqlmodel.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_institution"), ["institution"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referral_server_version"), ["server_version"], unique=False
        )

    op.create_table(
        "visit",
        sa.Column("id", sqlmodel.AutoString(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("household_id", sqlmodel.AutoString(), nullable=False),
        sa.Column("case_id", sqlmodel.AutoString(), nullable=True),
        sa.Column("state", sqlmodel.AutoString(), nullable=False),
        sa.Column("plan_id", sqlmodel.AutoString(), nullable=True),
        sa.Column("visit_date", sa.Date(), nullable=False),
        sa.Column("participants", sa.JSON(), nullable=False),
        sa.Column("observations", sqlmodel.AutoString(), nullable=False),
        sa.Column("agreements", sqlmodel.AutoString(), nullable=False),
        sa.Column("next_visit_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_visit_server_version"), ["server_version"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_visit_visit_date"), ["visit_date"], unique=False)

    op.create_table(
        "consent",
        sa.Column("id", sqlmodel.AutoString(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("person_id", sqlmodel.AutoString(), nullable=False),
        sa.Column("purpose", sqlmodel.AutoString(), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("given_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("representative_name", sqlmodel.AutoString(), nullable=False),
        sa.Column("representative_relation", sqlmodel.AutoString(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consent_server_version"), ["server_version"], unique=False
        )

    op.create_table(
        "referral_status",
        sa.Column("id", sqlmodel.AutoString(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_device", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_at", sqlmodel.UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("referral_id", sqlmodel.AutoString(), nullable=False),
        sa.Column("status", sqlmodel.AutoString(), nullable=False),
        sa.Column("note", sqlmodel.AutoString(), nullable=False),
        sa.Column("answer", sqlmodel.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referral.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referral_status", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_status_referral_id"), ["referral_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_referral_status_server_version"), ["server_version"], unique=False
        )



def downgrade() -> None:
    with op.batch_alter_table("referral_status", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_status_server_version"))
        batch_op.drop_index(batch_op.f("ix_referral_status_referral_id"))

    op.drop_table("referral_status")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_server_version"))
        batch_op.drop_index(batch_op.f("ix_consent_person_id"))

    op.drop_table("consent")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_visit_date"))
        batch_op.drop_index(batch_op.f("ix_visit_server_version"))
        batch_op.drop_index(batch_op.f("ix_visit_plan_id"))
        batch_op.drop_index(batch_op.f("ix_visit_household_id"))
        batch_op.drop_index(batch_op.f("ix_visit_case_id"))

    op.drop_table("visit")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_server_version"))
        batch_op.drop_index(batch_op.f("ix_referral_institution"))
        batch_op.drop_index(batch_op.f("ix_referral_case_id"))

    op.drop_table("referral")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_server_version"))
        batch_op.drop_index(batch_op.f("ix_person_name_key"))
        batch_op.drop_index(batch_op.f("ix_person_household_id"))
        batch_op.drop_index(batch_op.f("ix_person_doc_number"))

    op.drop_table("person")
    with op.batch_alter_table("mediation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mediation_server_version"))
        batch_op.drop_index(batch_op.f("ix_mediation_case_id"))

    op.drop_table("mediation")
    with op.batch_alter_table("case_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_note_server_version"))
        batch_op.drop_index(batch_op.f("ix_case_note_case_id"))

    op.drop_table("case_note")
    op.drop_table("setting")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_state"))
        batch_op.drop_index(batch_op.f("ix_outbox_record_id"))

    op.drop_table("outbox")
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_server_version"))
        batch_op.drop_index(batch_op.f("ix_household_parish"))

    op.drop_table("household")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_server_version"))
        batch_op.drop_index(batch_op.f("ix_follow_up_household_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_due_on"))
        batch_op.drop_index(batch_op.f("ix_follow_up_case_id"))

    op.drop_table("follow_up")
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_username"))

    op.drop_table("draft")
    op.drop_table("device_state")
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_status"))
        batch_op.drop_index(batch_op.f("ix_case_server_version"))
        batch_op.drop_index(batch_op.f("ix_case_parish"))
        batch_op.drop_index(batch_op.f("ix_case_household_id"))
        batch_op.drop_index(batch_op.f("ix_case_code"))

    op.drop_table("case")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_record_id"))

    op.drop_table("audit_event")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_server_version"))
        batch_op.drop_index(batch_op.f("ix_activity_parish"))
        batch_op.drop_index(batch_op.f("ix_activity_held_on"))

    op.drop_table("activity")
