"""What each role may do: the one table every page, menu and shortcut reads.

An action is offered to a role only when the server accepts every change the action
writes (sync/server/scope.py `may_write`: a promoter writes anything in their parish; the
Consejo's technician adds referral steps and case notes; the Junta adds steps to the
referrals addressed to it; an administrator writes no case content).
tests/sync/test_permissions.py performs every action as every role and pushes it through
the real server: what this table allows is applied, what it forbids is rejected.
"""

from collections.abc import Iterable

ROLES = ("promotor", "tecnico", "junta", "admin")
Write = tuple[str, str]  # (record type, operation)

# Each action the UI offers, and the changes it writes.
ACTIONS: dict[str, frozenset[Write]] = {
    "family.create": frozenset({("household", "create")}),
    "family.edit": frozenset({("household", "update")}),
    "person.add": frozenset({("person", "create")}),
    "person.edit": frozenset({("person", "update")}),
    "person.remove": frozenset({("person", "delete")}),
    "consent.record": frozenset({("consent", "create")}),
    "visit.plan": frozenset({("visit", "create")}),
    "visit.record": frozenset({("visit", "create")}),
    "case.register": frozenset({("case", "create"), ("case_note", "create")}),
    "case.note": frozenset({("case_note", "create")}),
    "case.status": frozenset({("case", "update"), ("case_note", "create")}),
    "mediation.record": frozenset({("mediation", "create")}),
    "referral.create": frozenset({("referral", "create"), ("referral_status", "create")}),
    "referral.step": frozenset({("referral_status", "create")}),
    "follow_up.schedule": frozenset({("follow_up", "create")}),
    "follow_up.done": frozenset({("follow_up", "update")}),
    "activity.record": frozenset({("activity", "create")}),
    # A person's request about their data (LOPDP), and its answer.
    "request.record": frozenset({("data_request", "create")}),
    "request.answer": frozenset({("data_request", "update")}),
    # The chosen value goes into the conflicting record (a case, a person…).
    "conflict.resolve": frozenset({("case", "update"), ("conflict", "update")}),
}

# What each role may write, by record type and operation; None: every kind of change
# (in the role's territory, which the server checks on each record).
WRITES: dict[str, frozenset[Write] | None] = {
    "promotor": None,
    "tecnico": frozenset({("referral_status", "create"), ("case_note", "create"),
                          *((kind, op) for kind in ("plan", "plan_action")
                            for op in ("create", "update", "delete")),
                          ("data_request", "create"), ("data_request", "update")}),
    "junta": frozenset({("referral_status", "create")}),
    "admin": frozenset(),
}

# The sections of the main window each role works in, in the navigation's order.
# The technician's day starts on the canton overview instead of the promoter's agenda;
# the Junta's on its inbox of referrals.
SECTIONS: dict[str, tuple[str, ...]] = {
    "promotor": ("home", "families", "cases", "referrals", "activities", "reports",
                 "plans"),
    "tecnico": ("overview", "families", "cases", "activities", "reports", "inbox", "plans"),
    "junta": ("inbox",),
    "admin": ("about",),
}

# Who may search persons and cases from the search box: the Junta works from its inbox,
# where every case it holds is listed.
SEARCHERS = frozenset({"promotor", "tecnico"})
# Who receives every promoter's last successful sync (the canton overview); promoters
# never do.
SEES_SYNC_STATUS = frozenset({"tecnico", "admin"})
# Who manages users and devices and reassigns caseloads, online (the server's /admin
# endpoints; the Administración section, app/ui/sync/users_page.py).
ADMINISTERS = frozenset({"admin"})
# Who reads the access log (who opened, printed or exported a case or person, from which
# device) and makes a person's access report (LOPDP rights of access): the Consejo.
SEES_ACCESS_LOG = frozenset({"tecnico", "admin"})
# Who erases a person's data on every device (LOPDP Art. 15), online: the Consejo.
ERASES = frozenset({"tecnico", "admin"})


def writes(role: str) -> frozenset[Write] | None:
    return WRITES.get(role, frozenset())


def may_write(role: str, changes: Iterable[Write]) -> bool:
    allowed = writes(role)
    return allowed is None or all(change in allowed for change in changes)


def may(role: str, action: str) -> bool:
    """Whether `role` is offered `action` (an unknown action is never offered)."""
    return action in ACTIONS and may_write(role, ACTIONS[action])


def actions(role: str) -> frozenset[str]:
    return frozenset(a for a in ACTIONS if may(role, a))


def sections(role: str) -> tuple[str, ...]:
    return SECTIONS.get(role, SECTIONS["admin"])


def may_search(role: str) -> bool:
    return role in SEARCHERS


def sees_sync_status(role: str) -> bool:
    return role in SEES_SYNC_STATUS


def administers(role: str) -> bool:
    return role in ADMINISTERS


def sees_access_log(role: str) -> bool:
    return role in SEES_ACCESS_LOG


def erases(role: str) -> bool:
    return role in ERASES
