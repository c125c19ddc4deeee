"""Paged lists for the desktop tables: persons with filters and a search (households:
app.core.services.households_listing).

A list is opened in two steps so that 100,000 rows scroll fluidly: `keys()` returns the
ordered row keys of the whole filtered list (one indexed query, a few integers per row),
then `rows()` reads just the page the table is about to show.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from sys import intern

from sqlalchemy import bindparam, text

from app.core.store.database import Database

PERSON_SORTS = {
    "name": "p.surnames COLLATE NOCASE {dir}, p.given_names COLLATE NOCASE {dir}",
    "doc": "p.doc_number {dir}",
    "birth": "p.birth_date {dir}",
    "sex": "p.sex {dir}",
    "parish": "h.parish {dir}, h.community {dir}",
    "community": "h.community {dir}",
    "added": "p.rowid {dir}",
}

PERSON_ROWS_SQL = text("""
    SELECT p.rowid AS k, p.id, p.given_names, p.surnames, p.doc_number, p.birth_date,
           p.sex, h.parish, h.community, p.estimated_age, p.estimated_on
    FROM person p LEFT JOIN household h ON h.id = p.household_id
    WHERE p.rowid IN :keys""").bindparams(bindparam("keys", expanding=True))
# Persons the type-ahead index matches (names, document, community, parish).
MATCHING = "SELECT rowid FROM person_fts WHERE person_fts MATCH :match"


@dataclass(frozen=True)
class PersonFilter:
    parish: str = ""
    community: str = ""
    priority_group: str = ""
    # A search as app.core.search.SearchService.match_expression writes it; '' for none.
    match: str = ""

    def place(self, where: list[str], params: dict[str, str]) -> None:
        """Add the parish and community conditions on the household aliased `h`."""
        if self.parish:
            where.append("h.parish = :parish")
            params["parish"] = self.parish
        if self.community:
            where.append("h.community = :community")
            params["community"] = self.community


@dataclass(frozen=True, slots=True)
class PersonRow:
    key: int
    id: str
    full_name: str
    doc_number: str
    birth_date: date | None
    sex: str
    parish: str
    community: str
    estimated_age: int | None = None
    estimated_on: date | None = None


class PersonListing:
    def __init__(self, db: Database) -> None:
        self.db = db

    def keys(self, flt: PersonFilter, sort: str = "added", descending: bool = False
             ) -> list[int]:
        where: list[str] = ["p.deleted = 0"]
        params: dict[str, str] = {}
        flt.place(where, params)
        if flt.priority_group:
            where.append("EXISTS (SELECT 1 FROM json_each(p.priority_groups) g "
                         "WHERE g.value = :group)")
            params["group"] = flt.priority_group
        if flt.match:
            where.append(f"p.rowid IN ({MATCHING})")
            params["match"] = flt.match
        order = PERSON_SORTS[sort].format(dir="DESC" if descending else "ASC")
        join = "LEFT JOIN household h ON h.id = p.household_id" \
            if flt.parish or flt.community or sort in ("parish", "community") else ""
        sql = f"SELECT p.rowid FROM person p {join} WHERE {' AND '.join(where)} ORDER BY {order}"
        with self.db.read() as s:
            conn = s.connection()
            keys = list(conn.execute(text(sql), params).scalars())
            # The scan filled this connection's page cache with the whole table: give the
            # memory back (RSS matters on 4 GB laptops; the next sort re-reads from disk).
            conn.exec_driver_sql("PRAGMA shrink_memory")
            return keys

    def rows(self, keys: Sequence[int]) -> list[PersonRow]:
        """The rows for these keys, in the keys' order."""
        if not keys:
            return []
        with self.db.read() as s:
            found = {r.k: r for r in s.connection().execute(PERSON_ROWS_SQL,
                                                           {"keys": list(keys)})}
        # Codes and place names repeat on every row: one shared string each (interned).
        return [PersonRow(k, r.id, f"{r.given_names} {r.surnames}", r.doc_number,
                          date.fromisoformat(r.birth_date) if r.birth_date else None,
                          intern(r.sex), intern(r.parish or ""), intern(r.community or ""),
                          r.estimated_age,
                          date.fromisoformat(r.estimated_on) if r.estimated_on else None)
                for k in keys if (r := found.get(k)) is not None]
