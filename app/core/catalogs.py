"""Catalogs: versioned data files under resources/catalogs, not code.

Records store codes. A later catalog version may retire a code (active: false) or drop
it; stored records keep their code and still display, marked as retired.
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.i18n import N_, RESOURCES, translator
from app.core.text import fold

CATALOG_DIR = RESOURCES / "catalogs"
DEFAULT_TERRITORY = CATALOG_DIR / "territory" / "ambato.json"
LIST_CATALOGS = (
    "violation_types", "institutions", "ethnicities", "priority_groups", "document_types",
    "disability_types", "sexes", "relations", "risk_levels", "activity_types",
)


class CatalogError(Exception):
    pass


@dataclass(frozen=True)
class Item:
    code: str
    labels: dict[str, str]
    active: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    def label(self, language: str = "es") -> str:
        return self.labels.get(language) or self.labels.get("es") or self.code


@dataclass(frozen=True)
class Catalog:
    name: str
    version: int
    items: dict[str, Item]

    def active(self) -> list[Item]:
        return [i for i in self.items.values() if i.active]

    def __contains__(self, code: object) -> bool:
        return code in self.items

    def is_valid(self, code: str) -> bool:
        """A code a new record may use: known and not retired."""
        item = self.items.get(code)
        return item is not None and item.active

    def label(self, code: str, language: str = "es") -> str:
        item = self.items.get(code)
        if item is None:
            # Dropped by a newer catalog: the record still shows what it holds.
            return f"{code} ({translator(language)(N_('retired'))})"
        return item.label(language)

    def find(self, text: str) -> Item | None:
        """An item by code or label in any language, ignoring case, accents and '_'."""
        wanted = fold(text).replace("_", " ")
        for item in self.items.values():
            forms = {fold(item.code).replace("_", " ")}
            for label in item.labels.values():
                forms |= _gendered_forms(fold(label))
            if wanted in forms:
                return item
        return None

    def get(self, code: str) -> Item | None:
        return self.items.get(code)

    @classmethod
    def from_file(cls, path: Path) -> "Catalog":
        data = _read(path)
        items = {}
        for raw in data["items"]:
            raw = dict(raw)
            code, labels = raw.pop("code"), raw.pop("label")
            active = raw.pop("active", True)
            items[code] = Item(code, labels, active, raw)
        return cls(data["catalog"], int(data["version"]), items)


@dataclass(frozen=True)
class Parish:
    code: str
    name: str
    kind: str
    variants: tuple[str, ...]
    communities: tuple[str, ...]
    active: bool = True

    def spellings(self) -> set[str]:
        return {fold(self.name), fold(self.code), *(fold(v) for v in self.variants)}


@dataclass(frozen=True)
class Territory:
    canton: str
    version: int
    parishes: dict[str, Parish]

    def find(self, text: str) -> Parish | None:
        """A parish by code, name or any known spelling, ignoring case and accents."""
        wanted = fold(text)
        for parish in self.parishes.values():
            if wanted in parish.spellings():
                return parish
        return None

    def matching_prefix(self, token: str) -> list[Parish]:
        """Parishes one of whose spellings starts with a folded search token."""
        return [p for p in self.parishes.values()
                if any(s.startswith(token) for s in p.spellings())]

    @classmethod
    def from_file(cls, path: Path) -> "Territory":
        data = _read(path)
        if data.get("catalog") != "territory":
            raise CatalogError(f"{path.name}: not a territory catalog")
        parishes = {
            p["code"]: Parish(p["code"], p["name"], p.get("kind", "rural"),
                              tuple(p.get("variants", ())), tuple(p.get("communities", ())),
                              p.get("active", True))
            for p in data["parishes"]
        }
        return cls(data["canton"], int(data["version"]), parishes)


@dataclass(frozen=True)
class Catalogs:
    territory: Territory
    lists: dict[str, Catalog]

    def __getattr__(self, name: str) -> Catalog:
        try:
            return self.__dict__["lists"][name]
        except KeyError:
            raise AttributeError(name) from None

    @classmethod
    def load(cls, folder: Path = CATALOG_DIR, territory: Path | None = None) -> "Catalogs":
        lists = {name: Catalog.from_file(folder / f"{name}.json") for name in LIST_CATALOGS}
        return cls(Territory.from_file(territory or DEFAULT_TERRITORY), lists)


_BOTH_GENDERS = re.compile(r"(\w+?)([oe]?)/a\b")


def _gendered_forms(label: str) -> set[str]:
    """'jefe/a de hogar' -> {'jefe/a de hogar', 'jefe de hogar', 'jefa de hogar'}."""
    return {label, _BOTH_GENDERS.sub(r"\1\2", label), _BOTH_GENDERS.sub(r"\1a", label)}


def _read(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogError(f"{path.name}: {exc}") from exc
