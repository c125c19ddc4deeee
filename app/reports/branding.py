"""The institutional header: the Consejo's name, a second line and a logo.

Kept in the store's `setting` table (key `report_branding`, never synced) so that each
office sets its own; unset values fall back to the canton's Consejo and the placeholder
logo in resources/.
"""

from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from app.core.i18n import N_, RESOURCES, Translate
from app.core.records import Setting
from app.core.store.database import Database

SETTING_KEY = "report_branding"
DEFAULT_LOGO = RESOURCES / "logo.png"
LOGO_TYPES = (".png", ".jpg", ".jpeg")


@dataclass(frozen=True)
class Branding:
    """Empty strings mean "use the default"."""

    institution: str = ""
    unit: str = ""
    logo: str = ""
    # Who signs certificates of participation: a name and its office.
    authority: str = ""
    authority_role: str = ""

    def institution_text(self, tr: Translate, canton: str) -> str:
        return self.institution or tr(N_(
            "Cantonal Council for the Protection of Rights of {canton}")).format(canton=canton)

    def unit_text(self, tr: Translate) -> str:
        return self.unit or tr(N_("Community Defence Offices (Defensorías Comunitarias)"))

    def logo_path(self) -> Path | None:
        """The configured logo if it is a readable PNG/JPEG, else the placeholder."""
        if self.logo:
            path = Path(self.logo)
            if path.suffix.lower() in LOGO_TYPES and path.is_file():
                return path
        return DEFAULT_LOGO if DEFAULT_LOGO.is_file() else None


def load_branding(db: Database) -> Branding:
    with db.read() as s:
        value = s.execute(select(col(Setting.value))
                          .where(col(Setting.key) == SETTING_KEY)).scalar()
    if not isinstance(value, dict):
        return Branding()
    return Branding(**{k: str(v) for k, v in value.items() if k in Branding.__annotations__})


def save_branding(db: Database, branding: Branding) -> None:
    with db.write() as s:
        s.merge(Setting(key=SETTING_KEY, value=asdict(branding)))
