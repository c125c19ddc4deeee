"""Type-ahead search over persons and cases (FTS5 with diacritic folding).

The tokenizer folds case, accents and ñ. Parish spelling variants (Pilagüín, Picaigua)
are resolved here, from the catalog, into the parish code the index holds.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from app.core.catalogs import Territory
from app.core.store.database import Database
from app.core.text import words

MIN_PARISH_PREFIX = 3

PERSON_SQL = text("""
    SELECT p.id, p.given_names, p.surnames, p.doc_number, p.birth_date,
           h.community, h.parish, p.estimated_age, p.estimated_on
    FROM person_fts f
    JOIN person p ON p.rowid = f.rowid
    LEFT JOIN household h ON h.id = p.household_id
    WHERE person_fts MATCH :q
    ORDER BY f.rank
    LIMIT :limit""")

CASE_SQL = text("""
    SELECT c.id, c.code, c.parish, c.status
    FROM case_fts f JOIN "case" c ON c.rowid = f.rowid
    WHERE case_fts MATCH :q
    ORDER BY f.rank
    LIMIT :limit""")


@dataclass(frozen=True)
class PersonHit:
    id: str
    full_name: str
    doc_number: str
    birth_date: date | None
    community: str
    parish: str
    # No birth date: the age given, and the day it was given.
    estimated_age: int | None = None
    estimated_on: date | None = None


@dataclass(frozen=True)
class CaseHit:
    id: str
    code: str
    parish: str
    status: str


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


class SearchService:
    def __init__(self, db: Database, territory: Territory) -> None:
        self.db = db
        self.territory = territory

    def match_expression(self, query: str) -> str | None:
        """An FTS5 expression: every word as a prefix; parish spellings add the code."""
        terms = []
        for token in words(query):
            term = _quote(token) + "*"
            if len(token) >= MIN_PARISH_PREFIX:
                codes = [p.code for p in self.territory.matching_prefix(token)]
                if codes:
                    alternatives = " OR ".join(f"parish : {_quote(c.lower())}" for c in codes)
                    term = f"({term} OR {alternatives})"
            terms.append(term)
        return " AND ".join(terms) or None

    def persons(self, query: str, limit: int = 20) -> list[PersonHit]:
        expression = self.match_expression(query)
        if expression is None:
            return []
        with self.db.read() as s:
            rows = s.execute(PERSON_SQL, {"q": expression, "limit": limit}).all()
        return [PersonHit(r.id, f"{r.given_names} {r.surnames}", r.doc_number,
                          date.fromisoformat(r.birth_date) if r.birth_date else None,
                          r.community or "", r.parish or "", r.estimated_age,
                          date.fromisoformat(r.estimated_on) if r.estimated_on else None)
                for r in rows]

    def cases(self, query: str, limit: int = 10) -> list[CaseHit]:
        # Case codes and parishes only: facts are never searchable from a type-ahead box.
        tokens = words(query)
        if not tokens:
            return []
        expression = " AND ".join(_quote(t) + "*" for t in tokens)
        with self.db.read() as s:
            rows = s.execute(CASE_SQL, {"q": expression, "limit": limit}).all()
        return [CaseHit(r.id, r.code, r.parish, r.status) for r in rows]
