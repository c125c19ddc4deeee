"""The Consejo's retention policy: per record type, after how many years its records are
anonymised or erased (retention.py applies it; docs/RETENTION.md). Setting or removing
a rule is audited."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from app.core.errors import UserError
from app.core.i18n import N_
from app.core.records.erasure import MODES
from sync.server import audit
from sync.server.schema import retention_rules
from sync.server.store import ServerStore

# In the order a run applies them: a person waits until the cases naming them are done,
# a household until its members and cases are.
RULE_TYPES = ("case", "person", "household", "attendee")
ACTIONS = MODES  # ("erase", "anonymise")
MAX_YEARS = 100


class RetentionError(UserError):
    pass


@dataclass(frozen=True)
class Rule:
    record_type: str
    after_years: int
    action: str
    set_by: str
    set_at: datetime


def check(record_type: str, after_years: int, action: str) -> None:
    if record_type not in RULE_TYPES:
        raise RetentionError(N_("Retention applies to these record types: {types}."),
                             types=", ".join(RULE_TYPES))
    if not 1 <= after_years <= MAX_YEARS:
        raise RetentionError(N_("The years must be a whole number from 1 to {max}."),
                             max=MAX_YEARS)
    if action not in ACTIONS:
        raise RetentionError(N_("The action must be 'anonymise' or 'erase'."))


def set_rule(store: ServerStore, record_type: str, after_years: int, action: str,
             by: str) -> Rule:
    check(record_type, after_years, action)
    rule = Rule(record_type, after_years, action, by, store.clock.now())
    with store.write() as conn:
        conn.execute(delete(retention_rules).where(
            retention_rules.c.record_type == record_type))
        conn.execute(retention_rules.insert().values(
            record_type=record_type, after_years=after_years, action=action, set_by=by,
            set_at=rule.set_at))
        audit.event(conn, rule.set_at, by, "", "retention_set", type=record_type,
                    years=after_years, mode=action)
    return rule


def remove_rule(store: ServerStore, record_type: str, by: str) -> None:
    with store.write() as conn:
        gone = conn.execute(delete(retention_rules).where(
            retention_rules.c.record_type == record_type)).rowcount
        if not gone:
            raise RetentionError(N_("There is no retention rule for {type}."),
                                 type=record_type)
        audit.event(conn, store.clock.now(), by, "", "retention_set", type=record_type,
                    years=0, mode="")


def rules(store: ServerStore) -> list[Rule]:
    """The rules, in the order a run applies them."""
    with store.read() as conn:
        found = [Rule(r.record_type, r.after_years, r.action, r.set_by, r.set_at)
                 for r in conn.execute(select(retention_rules))]
    return sorted(found, key=lambda r: RULE_TYPES.index(r.record_type))
