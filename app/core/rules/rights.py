"""The rules of a person's request about their data (LOPDP Arts. 13-16: access,
rectification, deletion, objection, answered within 15 days).

The 15 days are calendar days: the law says "quince días" where it means working days it
says so ("cinco días hábiles" for a breach notice, Art. 43), and the earlier date is the
safer one for the person. The due date is derived from the day received, never typed.
"""

from datetime import date, timedelta

from app.core.errors import Problem
from app.core.i18n import N_
from app.core.records.rights import REQUEST_KINDS, REQUEST_STATUSES, REQUESTERS, DataRequest
from app.core.rules.validation import FUTURE, REQUIRED
from app.core.rules.validation import UNKNOWN_CODE as UNKNOWN

ANSWER_DAYS = 15


def due_date(received_on: date) -> date:
    return received_on + timedelta(days=ANSWER_DAYS)


def validate_request(r: DataRequest, today: date) -> list[Problem]:
    problems: list[Problem] = []
    if r.kind not in REQUEST_KINDS:
        problems.append(Problem("kind", UNKNOWN))
    if r.requested_by not in REQUESTERS:
        problems.append(Problem("requested_by", UNKNOWN))
    if r.requested_by == "representative" and not r.representative_name.strip():
        problems.append(Problem("representative_name", REQUIRED))
    if r.received_on > today:
        problems.append(Problem("received_on", FUTURE))
    if r.due_on != due_date(r.received_on):
        problems.append(Problem("due_on", N_("The due date is 15 days after the request "
                                             "was received.")))
    if r.status not in REQUEST_STATUSES:
        problems.append(Problem("status", UNKNOWN))
    if r.status == "answered":
        if r.answered_on is None:
            problems.append(Problem("answered_on", REQUIRED))
        elif r.answered_on < r.received_on or r.answered_on > today:
            problems.append(Problem("answered_on", N_(
                "The answer date must be between the day received and today.")))
    return problems
