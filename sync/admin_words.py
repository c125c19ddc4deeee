"""The messages of the administrative operations, shared by the server (its command line
and its /admin endpoints) and the desktop's client of those endpoints.

The server answers a refused operation with the English source text and its parameters;
the desktop shows it through its own catalog only when it is one of these texts, so a
server can never make the app show words of its choosing.
"""

from app.core.i18n import N_

NO_USER = N_("No user {user}.")
NO_DEVICE = N_("No device {device}.")
USER_EXISTS = N_("User {user} already exists.")
SAME_USER = N_("Choose two different promoters.")
NOT_PROMOTER = N_("{user} is not a promoter.")
OTHER_PARISH = N_("{user} and {other} are promoters of different parishes: a caseload "
                  "moves only within its parish.")
DISABLED = N_("{user} is disabled: choose an active promoter.")
SHORT_PASSWORD = N_("The password must have at least 8 characters.")
BAD_USERNAME = N_("The user name must have 1 to {max} characters, without control "
                  "characters.")
NEEDS_PARISH = N_("A promoter needs a parish.")
UNKNOWN_PARISH = N_("Unknown parish: {name}.")
OWN_ACCOUNT = N_("An administrator cannot disable their own account.")

# Erasing a person's data (sync/server/erasure.py), refused.
ERASE_NO_REASON = N_("Say why the data is erased.")
ERASE_NOT_FOUND = N_("There is no person with id {id}.")
ERASE_ALREADY = N_("This person's data was already erased.")
ERASE_OPEN_CASE = N_("The person's data cannot be erased: case {code} about them is still "
                     "open (LOPDP Art. 18). Close the case first.")
ERASE_OPEN_REFERRAL = N_("The person's data cannot be erased: the referral of case {code} "
                         "to {institution} is not closed yet (LOPDP Art. 18).")

KNOWN = frozenset({NO_USER, NO_DEVICE, USER_EXISTS, SAME_USER, NOT_PROMOTER, OTHER_PARISH,
                   DISABLED, SHORT_PASSWORD, BAD_USERNAME, NEEDS_PARISH, UNKNOWN_PARISH,
                   OWN_ACCOUNT, ERASE_NO_REASON, ERASE_NOT_FOUND, ERASE_ALREADY,
                   ERASE_OPEN_CASE, ERASE_OPEN_REFERRAL})
