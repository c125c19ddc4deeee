"""Legal limits on what a promoter may do with a case (COIP Art. 663, LOIPEVM, CONA)."""

from collections.abc import Iterable

from app.core.catalogs import Catalogs
from app.core.errors import Problem
from app.core.i18n import N_

FISCALIA = ("fiscalia", "fiscalia_vsi")
CLOSE_NEEDS_FISCALIA = N_(
    "A case of sexual violence cannot be closed before it is referred to the Fiscalía.")
RISK_BELOW_MINIMUM = N_("For {types} the risk level is at least {risk}.")


def non_mediable(violation_types: Iterable[str], catalogs: Catalogs) -> list[str]:
    """The case's types that forbid mediation. Unknown codes count as non-mediable."""
    out = []
    for code in violation_types:
        item = catalogs.violation_types.get(code)
        if item is None or not item.extra.get("mediable", False):
            out.append(code)
    return out


def referral_route(violation_types: Iterable[str], catalogs: Catalogs) -> list[str]:
    """Institutions the case must go to, in catalog order, without repeats."""
    route: list[str] = []
    for code in violation_types:
        item = catalogs.violation_types.get(code)
        for inst in (item.extra.get("must_refer", []) if item else ["junta"]):
            if inst not in route:
                route.append(inst)
    return route


def missing_referrals(violation_types: Iterable[str], referred_to: Iterable[str],
                      catalogs: Catalogs) -> list[str]:
    """The institutions the law sends the case to that it was not really sent to yet
    (`referred_to`: as `app.core.rules.referrals.sent_to` decides), in route order."""
    sent = set(referred_to)
    return [inst for inst in referral_route(violation_types, catalogs) if inst not in sent]


def _rank(risk: str, catalogs: Catalogs) -> int:
    item = catalogs.risk_levels.get(risk)
    return int(item.extra.get("rank", 0)) if item is not None else 0


def minimum_risk(violation_types: Iterable[str], catalogs: Catalogs) -> str | None:
    """The highest of the types' minimum risk levels (catalog `min_risk`); None when no
    type sets one. Unknown codes (dropped by a newer catalog) set none."""
    floor: str | None = None
    for code in violation_types:
        item = catalogs.violation_types.get(code)
        risk = item.extra.get("min_risk") if item is not None else None
        if risk and (floor is None or _rank(risk, catalogs) > _rank(floor, catalogs)):
            floor = risk
    return floor


def at_least_minimum(risk: str, violation_types: Iterable[str], catalogs: Catalogs) -> str:
    """`risk`, raised to the types' minimum when it is below it."""
    floor = minimum_risk(violation_types, catalogs)
    return floor if floor and _rank(risk, catalogs) < _rank(floor, catalogs) else risk


def check_minimum_risk(violation_types: list[str], risk: str, catalogs: Catalogs,
                       before: tuple[list[str], str] | None = None,
                       language: str = "es") -> list[Problem]:
    """A case's risk may not be below its types' minimum. `before` (types and risk as
    stored): a case that changes neither keeps what it holds, so a case stored before
    a catalog raised a minimum can still be worked on and closed."""
    if before is not None and (sorted(before[0]), before[1]) == (sorted(violation_types),
                                                                 risk):
        return []
    floor = minimum_risk(violation_types, catalogs)
    if floor is None or _rank(risk, catalogs) >= _rank(floor, catalogs):
        return []
    causes = [code for code in violation_types
              if (item := catalogs.violation_types.get(code)) is not None
              and _rank(item.extra.get("min_risk", ""), catalogs) > _rank(risk, catalogs)]
    return [Problem("risk_level", RISK_BELOW_MINIMUM, {
        "types": ", ".join(catalogs.violation_types.label(c, language) for c in causes),
        "risk": catalogs.risk_levels.label(floor, language)})]


def check_mediation_allowed(violation_types: list[str], catalogs: Catalogs,
                            language: str = "es") -> list[Problem]:
    blocked = non_mediable(violation_types, catalogs)
    if not blocked:
        return []
    types = ", ".join(catalogs.violation_types.label(c, language) for c in blocked)
    route = ", ".join(catalogs.institutions.label(i, language)
                      for i in referral_route(blocked, catalogs))
    return [Problem("violation_types", N_(
        "This case cannot be mediated ({types}): the law requires a referral. "
        "Refer it to: {route}."), {"types": types, "route": route})]


def involves_sexual_violence(violation_types: Iterable[str], catalogs: Catalogs) -> bool:
    """Unknown codes (dropped by a newer catalog) count as sexual: the safe side."""
    return any((item := catalogs.violation_types.get(code)) is None
               or item.extra.get("sexual", False) for code in violation_types)


def check_can_close(violation_types: list[str], referred_to: Iterable[str],
                    catalogs: Catalogs) -> list[Problem]:
    """`referred_to`: institutions with a referral actually sent (not drafted, not
    rejected)."""
    if involves_sexual_violence(violation_types, catalogs) and \
            not set(referred_to) & set(FISCALIA):
        return [Problem("status", CLOSE_NEEDS_FISCALIA)]
    return []
