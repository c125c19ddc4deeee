"""Text folding shared by search, duplicate detection and catalog look-ups."""

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_WORDS = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents: 'Peñaherrera Núñez' -> 'penaherrera nunez'."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped).strip().lower()


def words(text: str) -> list[str]:
    return _WORDS.findall(fold(text))


def name_key(given_names: str, surnames: str) -> str:
    """Order-independent key of a full name, for duplicate detection."""
    return " ".join(sorted(words(f"{given_names} {surnames}")))
