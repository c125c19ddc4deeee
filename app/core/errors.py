"""Errors a user must read: English source text plus parameters, translated at the edge."""

import dataclasses
from dataclasses import dataclass
from typing import Any

from app.core.i18n import N_, Translate


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, tied to the field it concerns."""

    field: str
    message: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    def render(self, translate: Translate) -> str:
        return translate(self.message).format(**self.params)


class UserError(Exception):
    """Base for failures shown to the user; `message` is an English source string."""

    # `message` is positional-only: a parameter of the text may be called "message" too.
    def __init__(self, message: str, /, **params: Any) -> None:
        super().__init__(message.format(**params))
        self.message = message
        self.params = params

    def render(self, translate: Translate) -> str:
        return translate(self.message).format(**self.params)


class ValidationFailed(UserError):
    """The input broke one or more rules; nothing was saved."""

    def __init__(self, problems: list[Problem], warnings: list[Problem] | None = None) -> None:
        super().__init__(N_("The form has errors."))
        self.problems = problems
        self.warnings = warnings or []

    def render(self, translate: Translate) -> str:
        return "; ".join(p.render(translate) for p in self.problems or self.warnings)
