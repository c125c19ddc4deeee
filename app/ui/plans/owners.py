"""Whose plans a user sees and writes, and how a plan's owner is named on screen."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.records.plans import CANTON
from app.core.rules.plans import may_write_plan
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session

POA = QT_TRANSLATE_NOOP("PlanOwners", "POA of the canton (Consejo)")
PTA = QT_TRANSLATE_NOOP("PlanOwners", "PTA of {0}")


def _t(source: object) -> str:
    # QT_TRANSLATE_NOOP returns its text, though PySide6 declares it as object.
    return QCoreApplication.translate("PlanOwners", str(source))


def owner_name(ctx: UiContext, parish: str) -> str:
    if parish == CANTON:
        return _t(POA)
    return _t(PTA).format(ctx.parish_name(parish))


def owners(ctx: UiContext, session: Session) -> list[str]:
    """The POA, then the PTAs this user works with: a promoter's own parish; the
    técnico's every parish of the canton (the server sends nothing else)."""
    user = session.ws.user
    if user.role == "promotor":
        return [CANTON, *([user.parish] if user.parish else [])]
    return [CANTON, *sorted(ctx.catalogs.territory.parishes,
                            key=lambda code: ctx.parish_name(code).casefold())]


def may_write(session: Session, parish: str) -> bool:
    """The rule the server applies too (app/core/rules/plans.py)."""
    user = session.ws.user
    return may_write_plan(user.role, user.parish, parish)

