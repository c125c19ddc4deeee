"""Importing a plan matrix as the actions of a year's plan: the POA, or one parish's PTA.

Each row it cannot read is refused with its line and reason; the others are kept, in one
transaction. The plan of that year and owner is created when it does not exist yet, else
the rows are added after its actions.
"""

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import UserError
from app.core.i18n import N_, Translate
from app.core.plan_matrix.months import MonthsError, parse_months
from app.core.plan_matrix.reader import Row, read_matrix
from app.core.records import Plan, PlanAction
from app.core.records.plans import CANTON
from app.core.rules.plans import MAX_BUDGET_CENTS, TOO_MUCH_BUDGET
from app.core.services.plans import PlanService
from app.core.text import fold

THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+$")
OTHER_YEAR = N_("The months are for {found}, the plan for {year}.")
NO_ACTION = N_("The proposed action is empty.")
NOT_EVENTS = N_("“{value}” is not a number of events.")
NOT_AMOUNT = N_("“{value}” is not an amount of money.")
UNKNOWN_TYPE = N_("“{value}” is not an activity type.")


@dataclass
class Refused:
    line: int
    reason: str  # translated


@dataclass
class ImportReport:
    plan: Plan | None  # None when no row could be imported into a new plan
    actions: list[PlanAction] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)


def import_matrix(plans: PlanService, path: Path, year: int, parish: str,
                  tr: Translate) -> ImportReport:
    plans.check_may_write(parish)  # before reading: a refused user learns it first
    rows = read_matrix(path)
    types = _activity_types(plans)
    accepted: list[tuple[int, dict[str, Any]]] = []
    refused: list[Refused] = []
    line = responsible = ""
    for row in rows:
        # Merged cells leave the line and unit blank below their first row.
        line = row.values.get("line") or line
        responsible = row.values.get("responsible") or responsible
        try:
            accepted.append((row.line, _action(row, year, types, line, responsible)))
        except UserError as exc:
            refused.append(Refused(row.line, exc.render(tr)))
    kept: list[tuple[int, dict[str, Any]]] = []
    existing = plans.find(year, parish)
    for number, data in accepted:
        problems = plans.problems(existing.id if existing else "new", data)
        if problems:
            refused.append(Refused(number, "; ".join(p.render(tr) for p in problems)))
        else:
            kept.append((number, data))
    # No plan is made for a file whose every row was refused.
    plan = existing or (plans.create_plan(year, parish, title=_title(plans, year, parish))
                        if kept else None)
    actions = plans.add_actions(plan.id, [data for _, data in kept]) \
        if kept and plan is not None else []
    refused.sort(key=lambda r: r.line)
    return ImportReport(plan, actions, refused)


def _action(row: Row, year: int, types: dict[str, str], line: str,
            responsible: str) -> dict[str, Any]:
    v = row.values
    if not v.get("proposed_action"):
        raise UserError(NO_ACTION)
    months = parse_months(v.get("months", ""))
    if months.year is not None and months.year != year:
        raise MonthsError(OTHER_YEAR, found=months.year, year=year)
    data: dict[str, Any] = {
        "line": line, "responsible": responsible,
        "aspects_to_keep": v.get("aspects_to_keep", ""),
        "aspects_to_correct": v.get("aspects_to_correct", ""),
        "proposed_action": v["proposed_action"], "months": list(months.months),
    }
    if v.get("target_events"):
        data["target_events"] = _number(v["target_events"], NOT_EVENTS)
    if v.get("budget"):
        cents = _number(v["budget"], NOT_AMOUNT, decimals=True) * 100
        if not math.isfinite(cents):  # finite dollars beyond 1.7e306 are no finite cents
            raise UserError(TOO_MUCH_BUDGET, most=MAX_BUDGET_CENTS // 100)
        data["budget_cents"] = round(cents)
    if v.get("activity_type"):
        code = types.get(fold(v["activity_type"]))
        if code is None:
            raise UserError(UNKNOWN_TYPE, value=v["activity_type"])
        data["activity_type"] = code
    return data


def _number(text: str, refused: str, decimals: bool = False) -> Any:
    """The number a cell holds, or UserError for its row only. Python reads "nan",
    "inf" and "1e400" as floats that no count or amount can be (round() then raises
    ValueError or OverflowError, which would abort the whole import); how large a
    finite number may be is the plan rules' to say."""
    cleaned = text.replace("$", "").replace(" ", "").replace("USD", "")
    if decimals:
        cleaned = _decimal_point(cleaned)
    try:
        if not decimals:
            return int(cleaned)
        number = float(cleaned)
    except (ValueError, OverflowError):
        raise UserError(refused, value=text) from None
    if not math.isfinite(number):
        raise UserError(refused, value=text)
    return number


def _decimal_point(text: str) -> str:
    """An amount as Python reads it, from either way of writing one: "1.500,50" (as in
    Ecuador) or "1,500.50"; "1500,5" has a decimal comma, "1,500" a thousands one."""
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            return text.replace(".", "").replace(",", ".")
        return text.replace(",", "")
    if "," in text:
        return text.replace(",", "") if THOUSANDS.match(text) else text.replace(",", ".")
    if text.count(".") > 1 or THOUSANDS.match(text.replace(".", ",")):
        return text.replace(".", "")  # "1.500" or "1.500.000": thousands
    return text


def _activity_types(plans: PlanService) -> dict[str, str]:
    """Folded code or label (either language) → activity type code."""
    out: dict[str, str] = {}
    for code, item in plans.ctx.catalogs.activity_types.items.items():
        out[fold(code)] = code
        for label in item.labels.values():
            out[fold(label)] = code
    return out


def _title(plans: PlanService, year: int, parish: str) -> str:
    if parish == CANTON:
        return f"POA {year}"
    found = plans.ctx.catalogs.territory.parishes.get(parish)
    return f"PTA {year} {found.name if found else parish}"
