"""The rules of work plans: what a plan and its actions must hold, and who writes them.

Who writes a plan is the server's rule too (sync/server/scope.py `may_write`): the
Consejo's técnico writes the canton's POA and helps every defensoría with its PTA; a
promoter writes their own parish's PTA and only reads the POA. The device asks the same
question before a save, so a refused edit is said at once instead of after a sync.
"""

from app.core.catalogs import Catalogs
from app.core.errors import Problem
from app.core.i18n import N_
from app.core.plan_owners import FIRST_YEAR, LAST_YEAR
from app.core.records.community import ATTENDANCE_KEYS
from app.core.records.plans import CANTON, Plan, PlanAction

UNKNOWN = N_("Choose a value from the list.")
PLAN_WRITERS = frozenset({"promotor", "tecnico"})
# Upper bounds no real plan action reaches: a canton like Ambato (under half a million
# people) plans tens of events and at most thousands of participants per action, on a
# budget of thousands of dollars. A value beyond them is a typo or a spreadsheet's
# overflow ("1e300"); refused here it is said with its row, instead of failing the
# store's insert (SQLite integers end at 2**63) or crossing to every device. The plan
# action dialog's spin boxes end at the same values, so what is accepted can be edited;
# they are at or above the dialog's earlier ends (1,000 events, 100,000 participants, ten
# million dollars), so no action saved before is refused when edited.
MAX_EVENTS = 10_000
MAX_PARTICIPANTS = 1_000_000  # per sex and age group
MAX_BUDGET_CENTS = 10_000_000 * 100  # ten million dollars
TOO_MANY_EVENTS = N_("An action cannot plan more than {most} events.")
TOO_MANY_PARTICIPANTS = N_("An action cannot plan more than {most} participants in one "
                           "group.")
TOO_MUCH_BUDGET = N_("The budget of an action cannot be more than {most} dollars.")


def may_write_plan(role: str, user_parish: str, plan_parish: str) -> bool:
    """Whether a user may write the plan of `plan_parish` (CANTON: the POA) or its
    actions."""
    if role == "tecnico":
        return True
    return role == "promotor" and bool(user_parish) and plan_parish == user_parish \
        and plan_parish != CANTON


def validate_plan(p: Plan, catalogs: Catalogs) -> list[Problem]:
    problems: list[Problem] = []
    if not FIRST_YEAR <= p.year <= LAST_YEAR:
        problems.append(Problem("year", N_("The year is not valid.")))
    if p.parish != CANTON and p.parish not in catalogs.territory.parishes:
        problems.append(Problem("parish", UNKNOWN))
    return problems


def validate_plan_action(a: PlanAction, catalogs: Catalogs,
                         previous: PlanAction | None = None) -> list[Problem]:
    problems: list[Problem] = []
    if not a.plan_id:
        problems.append(Problem("plan_id", N_("This field is required.")))
    if not a.proposed_action.strip():
        problems.append(Problem("proposed_action", N_("This field is required.")))
    if any(not isinstance(m, int) or not 1 <= m <= 12 for m in a.months) \
            or len(set(a.months)) != len(a.months):
        problems.append(Problem("months", N_("Months go from 1 to 12, each once.")))
    kept = previous.activity_type if previous is not None else None
    if a.activity_type and a.activity_type != kept \
            and a.activity_type not in catalogs.activity_types.items:
        problems.append(Problem("activity_type", UNKNOWN))
    if (a.target_events or 0) < 0 or (a.budget_cents or 0) < 0 \
            or any(n < 0 for n in a.target_participants.values()):
        problems.append(Problem("target_events", N_("Targets cannot be negative.")))
    if (a.target_events or 0) > MAX_EVENTS:
        problems.append(Problem("target_events", TOO_MANY_EVENTS, {"most": MAX_EVENTS}))
    if any(n > MAX_PARTICIPANTS for n in a.target_participants.values()):
        problems.append(Problem("target_participants", TOO_MANY_PARTICIPANTS,
                                {"most": MAX_PARTICIPANTS}))
    if (a.budget_cents or 0) > MAX_BUDGET_CENTS:
        problems.append(Problem("budget_cents", TOO_MUCH_BUDGET,
                                {"most": MAX_BUDGET_CENTS // 100}))
    if any(k not in ATTENDANCE_KEYS for k in a.target_participants):
        problems.append(Problem("target_participants", UNKNOWN))
    return problems
