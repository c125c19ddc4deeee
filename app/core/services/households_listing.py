"""The list of families: each household with its head, place and number of members,
filtered and searched like persons (app.core.services.listing), in the same two steps:
ordered keys of the whole list, then the rows of the page shown.

The head is the member recorded as head of household, else the first member recorded.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from sys import intern

from sqlalchemy import bindparam, text

from app.core.services.listing import MATCHING, PersonFilter
from app.core.store.database import Database

HEAD = """(SELECT {what} FROM person p WHERE p.household_id = h.id AND p.deleted = 0
           ORDER BY p.relation_to_head = 'jefe_hogar' DESC, p.rowid LIMIT 1)"""
MEMBERS = "(SELECT count(*) FROM person p WHERE p.household_id = h.id AND p.deleted = 0)"

HOUSEHOLD_SORTS = {
    "head": HEAD.format(what="p.surnames || ' ' || p.given_names")
    + " COLLATE NOCASE {dir}",
    "parish": "h.parish {dir}, h.community COLLATE NOCASE {dir}",
    "community": "h.community COLLATE NOCASE {dir}",
    "members": MEMBERS + " {dir}",
    "added": "h.rowid {dir}",
}

HOUSEHOLD_ROWS_SQL = text(f"""
    SELECT h.rowid AS k, h.id, h.parish, h.community, h.address_reference,
           {HEAD.format(what="p.given_names || ' ' || p.surnames")} AS head,
           {MEMBERS} AS members
    FROM household h WHERE h.rowid IN :keys""").bindparams(
    bindparam("keys", expanding=True))


@dataclass(frozen=True, slots=True)
class HouseholdRow:
    key: int
    id: str
    head: str  # '' for a household without members
    parish: str
    community: str
    address_reference: str
    members: int


class HouseholdListing:
    def __init__(self, db: Database) -> None:
        self.db = db

    def keys(self, flt: PersonFilter, sort: str = "added", descending: bool = False
             ) -> list[int]:
        """Households with a member in the priority group, or matching the search
        (a member's name or document, the community, the parish), when asked."""
        where: list[str] = ["h.deleted = 0"]
        params: dict[str, str] = {}
        flt.place(where, params)
        if flt.priority_group:
            where.append("EXISTS (SELECT 1 FROM person p, json_each(p.priority_groups) g "
                         "WHERE p.household_id = h.id AND p.deleted = 0 "
                         "AND g.value = :group)")
            params["group"] = flt.priority_group
        if flt.match:
            where.append(f"h.id IN (SELECT p.household_id FROM person p "
                         f"WHERE p.rowid IN ({MATCHING}))")
            params["match"] = flt.match
        order = HOUSEHOLD_SORTS[sort].format(dir="DESC" if descending else "ASC")
        sql = f"SELECT h.rowid FROM household h WHERE {' AND '.join(where)} ORDER BY {order}"
        with self.db.read() as s:
            conn = s.connection()
            keys = list(conn.execute(text(sql), params).scalars())
            conn.exec_driver_sql("PRAGMA shrink_memory")  # as PersonListing.keys
            return keys

    def rows(self, keys: Sequence[int]) -> list[HouseholdRow]:
        """The rows for these keys, in the keys' order."""
        if not keys:
            return []
        with self.db.read() as s:
            found = {r.k: r for r in s.connection().execute(HOUSEHOLD_ROWS_SQL,
                                                           {"keys": list(keys)})}
        return [HouseholdRow(k, r.id, r.head or "", intern(r.parish or ""),
                             intern(r.community or ""), r.address_reference or "",
                             r.members)
                for k in keys if (r := found.get(k)) is not None]
