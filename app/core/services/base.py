"""What every service is built from."""

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from pydantic import ValidationError as PydanticError

from app.core.catalogs import Catalogs
from app.core.clock import Clock
from app.core.errors import Problem, ValidationFailed
from app.core.i18n import N_
from app.core.records import SyncedRecord
from app.core.store.database import Database
from app.core.writer import RecordWriter

R = TypeVar("R", bound=SyncedRecord)


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    writer: RecordWriter
    catalogs: Catalogs
    clock: Clock

    def today(self) -> date:
        return self.clock.today()


def build(model: type[R], data: dict[str, Any]) -> R:
    """A validated record from loose input (form or CSV), or ValidationFailed."""
    try:
        return model.model_validate(data)
    except PydanticError as exc:
        problems = []
        for err in exc.errors():
            name = str(err["loc"][0]) if err["loc"] else ""
            if err["type"] == "missing":
                problems.append(Problem(name, N_("This field is required.")))
            elif "date" in err["type"]:
                problems.append(Problem(name, N_("The date is not valid.")))
            else:
                problems.append(Problem(name, N_("The value is not valid.")))
        raise ValidationFailed(problems) from None


def raise_if(problems: list[Problem]) -> None:
    if problems:
        raise ValidationFailed(problems)
