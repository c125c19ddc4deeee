"""Legal limits on what a promoter may do with a case (COIP Art. 663, LOIPEVM, CONA)."""

from collections.abc import Iterable

from app.core.catalogs import Catalogs
from app.core.errors import Problem
from app.core.i18n import N_

FISCALIA = ("fiscalia", "fiscalia_vsi")
CLOSE_NEEDS_FISCALIA = N_(
    "A case of sexual violence cannot be closed before it is referred to the Fiscalía.")


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
