"""What every document and export is made with, and how long work reports progress.

`ReportContext.from_workspace(ws)` is the one way in for the desktop app and the CLI;
documents never reach for anything else.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from app.core.catalogs import Catalogs
from app.core.errors import UserError
from app.core.i18n import N_, Translate, translator
from app.core.store.database import Database
from app.core.writer import RecordWriter
from app.reports.branding import Branding, load_branding

if TYPE_CHECKING:
    from app.core.workspace import Workspace

# progress(done, total): called from the working thread; the UI marshals it itself.
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class Cancelled(UserError):
    def __init__(self) -> None:
        super().__init__(N_("Cancelled."))


@dataclass
class Job:
    """Progress and cancellation of one long piece of work, in a fixed number of steps."""

    steps: int = 1
    progress: ProgressFn | None = None
    cancelled: CancelFn | None = None
    done: int = field(default=0, init=False)

    def step(self) -> None:
        """One step done; raises Cancelled if the user asked to stop."""
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        self.done = min(self.done + 1, self.steps)
        if self.progress is not None:
            self.progress(self.done, self.steps)


@dataclass(frozen=True)
class ReportContext:
    db: Database
    catalogs: Catalogs
    writer: RecordWriter
    author: str
    today: date
    now: datetime
    branding: Branding
    language: str = "es"
    # User name → display name, of the users this laptop knows (its keyring).
    names: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_workspace(cls, ws: "Workspace", language: str = "es") -> "ReportContext":
        names = ws.display_names()
        return cls(db=ws.db, catalogs=ws.catalogs, writer=ws.writer,
                   author=names[ws.user.username], today=ws.today(),
                   now=ws.clock.now().astimezone(), branding=load_branding(ws.db),
                   language=language, names=names)

    def person(self, username: str) -> str:
        """How a user is named on paper: by display name, where this laptop knows it."""
        return self.names.get(username) or username

    @property
    def tr(self) -> Translate:
        return _translators.setdefault(self.language, translator(self.language))

    def label(self, catalog: str, code: str) -> str:
        """A catalog code's label in the document's language."""
        if not code:
            return self.tr(N_("Not recorded"))
        return getattr(self.catalogs, catalog).label(code, self.language)

    def short_label(self, catalog: str, code: str) -> str:
        """The catalog's short form (for narrow columns) when it has one."""
        item = getattr(self.catalogs, catalog).get(code)
        short = item.extra.get("short") if item else None
        if isinstance(short, dict) and short.get(self.language, short.get("es")):
            return short.get(self.language) or short["es"]
        return self.label(catalog, code)

    def parish_name(self, code: str) -> str:
        parish = self.catalogs.territory.parishes.get(code)
        return parish.name if parish else code

    @staticmethod
    def day(value: date | None) -> str:
        return value.strftime("%d/%m/%Y") if value else "—"

    @staticmethod
    def local_day(stamp: datetime) -> date:
        """The local calendar day of a stored UTC stamp (SQLite returns them naive)."""
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=UTC)
        return stamp.astimezone().date()

    def audit(self, action: str, record_type: str, record_id: str) -> None:
        """Documents and exports are audited like any other viewing of data."""
        with self.db.write() as s:
            self.writer.audit(s, action, record_type, record_id)


_translators: dict[str, Translate] = {}

