"""Words for the codes records hold that are not catalogs: statuses, stages, urgency,
outcomes, purposes, age groups. One table per kind of code, for every screen, document
and command.

English sources marked with N_() (context "core" of resources/translations/core_*.ts):
documents and the command line translate them with app.core.i18n.translator, the
desktop through Qt (app/ui/labels.py; the compiled core_*.qm is installed with the UI's).
Imported by the unlock window: nothing here may pull in the store or SQL toolkit.
"""

from app.core.i18n import N_, Translate

CASE_STATUS = {
    "open": N_("Open"), "in_progress": N_("In progress"), "referred": N_("Referred"),
    "closed": N_("Closed"),
}
# The referral's life cycle (rules/referrals.py orders it).
REFERRAL_STATUS = {
    "drafted": N_("Draft"), "sent": N_("Sent"), "received": N_("Received"),
    "in_attention": N_("In attention"), "answered": N_("Answered"), "closed": N_("Closed"),
    "rejected": N_("Rejected or redirected"),
}
# The same, short enough for the columns of a cross table.
REFERRAL_STATUS_SHORT = {**REFERRAL_STATUS, "rejected": N_("Rejected")}
URGENCY = {"normal": N_("Normal"), "urgent": N_("Urgent"), "immediate": N_("Immediate danger")}
OUTCOME = {"agreement": N_("Agreement"), "partial": N_("Partial agreement"),
           "no_agreement": N_("No agreement")}
# What a consent is for, and who gave it.
PURPOSE = {"services": N_("Services and follow-up"),
           "sharing": N_("Sharing with institutions"),
           "reporting": N_("Reports and statistics")}
GIVEN_BY = {"self": N_("The person"), "representative": N_("A representative")}
# A person's requests about their data (LOPDP) and their state.
REQUEST_KIND = {"access": N_("Access"), "rectification": N_("Rectification"),
                "deletion": N_("Deletion"), "objection": N_("Objection")}
REQUEST_STATUS = {"open": N_("Pending"), "answered": N_("Answered")}
ACCESS_ACTION = {"view": N_("Viewed"), "print": N_("Printed"), "export": N_("Exported")}
VISIT_STATE = {"planned": N_("Planned"), "done": N_("Done"), "cancelled": N_("Cancelled")}
# A visit named by its state, where it stands alone (a heading, a line of a history).
VISIT_TITLE = {"planned": N_("Planned visit"), "done": N_("Visit done"),
               "cancelled": N_("Visit cancelled")}
NOTE_KIND = {"note": N_("Note"), "status": N_("Change of status")}
# The entries of a case's history.
TIMELINE_KIND = {
    "case_note": N_("Note"), "visit": N_("Visit"), "mediation": N_("Mediation"),
    "referral": N_("Referral"), "referral_status": N_("Referral step"),
}
# Groups of people counted (attendance, statistics) and one person's CONA category
# (rules.ages: niño/niña under 12, adolescente 12 to 17), by the same codes.
AGE_GROUP = {
    "ninez": N_("Children (0–11)"), "adolescencia": N_("Adolescents (12–17)"),
    "adultos": N_("Adults (18–64)"), "adultos_mayores": N_("Older adults (65+)"),
}
AGE_CATEGORY = {
    "ninez": N_("Child (under 12)"), "adolescencia": N_("Adolescent (12 to 17)"),
    "adultos": N_("Adult"), "adultos_mayores": N_("Older adult"),
}


def word(table: dict[str, str], code: str, tr: Translate) -> str:
    """The code's words from one of the tables above; an unknown code as it is."""
    source = table.get(code)
    return tr(source) if source else code


# A record type in words (sync pages, access log).
RECORD_KIND = {
    "household": N_("Family"), "person": N_("Person"), "case": N_("Case"),
    "case_note": N_("Case note"), "visit": N_("Visit"), "mediation": N_("Mediation"),
    "referral": N_("Referral"), "referral_status": N_("Referral step"),
    "follow_up": N_("Follow-up"), "activity": N_("Community activity"),
    "consent": N_("Consent"), "conflict": N_("Conflict resolution"),
    "plan": N_("Work plan"), "plan_action": N_("Plan action"),
    "data_request": N_("Data request"),
    "attendee": N_("Participant"),
}
