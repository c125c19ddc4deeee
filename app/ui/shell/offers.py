"""What a page offers: only the actions the user's role may do (app.core.permissions).

Each button or menu entry that writes carries its action's name in the `permission`
property, so tests/ui/test_roles.py can walk every page of every role and check what is
offered against the table the server is checked against.
"""

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject

PERMISSION = "permission"
W = TypeVar("W", bound=QObject)
Spec = tuple[str, str, Callable[[], object]]


def tag(widget: W, action: str) -> W:
    widget.setProperty(PERMISSION, action)
    return widget


def permission_of(widget: QObject) -> str:
    value = widget.property(PERMISSION)
    return value if isinstance(value, str) else ""


def offered(may: Callable[[str], bool], specs: Sequence[Spec],
            actions: Mapping[str, str]) -> list[Spec]:
    """The button specs (key, text, slot) whose action (`actions[key]`, or none: a
    button that writes nothing) the role may do."""
    return [spec for spec in specs if spec[0] not in actions or may(actions[spec[0]])]


def tag_all(buttons: Mapping[str, QObject], actions: Mapping[str, str]) -> None:
    for key, button in buttons.items():
        if key in actions:
            tag(button, actions[key])
