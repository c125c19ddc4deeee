"""What every view is built from: passed in by the composition root, never global.

Kept light (no store, no SQL toolkit): the unlock window is built from it alone.
"""

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings

from app.core.catalogs import Catalogs
from app.core.clock import Clock
from app.core.i18n import Translate
from app.ui.shell.workers import Runner

DEFAULT_IDLE_MINUTES = 5
DEFAULT_AUTOSAVE_MS = 1500


@dataclass
class UiContext:
    """Application-wide collaborators, alive before anyone unlocks."""

    data_dir: Path
    catalogs: Catalogs
    settings: QSettings
    runner: Runner
    language: str
    core_tr: Translate
    clock: Clock
    # Tests shorten these; None means "read the user's preference".
    idle_ms: int | None = None
    autosave_ms: int = DEFAULT_AUTOSAVE_MS
    check_integrity_in_background: bool = True
    extras: dict[str, object] = field(default_factory=dict)

    def today(self) -> date:
        return self.clock.today()

    def idle_interval_ms(self) -> int:
        if self.idle_ms is not None:
            return self.idle_ms
        return max(1, self.idle_minutes()) * 60_000

    def idle_minutes(self) -> int:
        """The chosen lock delay; QSettings gives it back as text (or as the int set)."""
        return int(str(self.settings.value("security/idle_minutes", DEFAULT_IDLE_MINUTES)))

    def label(self, catalog: str, code: str) -> str:
        if not code:
            return ""
        return self.catalogs.lists[catalog].label(code, self.language)

    def short_label(self, catalog: str, code: str) -> str:
        """The catalog's short name where it has one (narrow table columns)."""
        item = self.catalogs.lists[catalog].items.get(code)
        short = item.extra.get("short") if item is not None else None
        if isinstance(short, dict) and (text := short.get(self.language) or short.get("es")):
            return str(text)
        return self.label(catalog, code)

    def parish_name(self, code: str) -> str:
        parish = self.catalogs.territory.parishes.get(code)
        return parish.name if parish else code
