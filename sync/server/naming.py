"""The documents whose field names a record: the one way the server finds what hangs on
a record by an id held in the documents' JSON (a person's consents and requests, the
cases naming a person, a case's referrals, a record's conflicts) where no column holds
that id.

The JSON is searched as text for the quoted id (ids are UUIDs: a match elsewhere is
rare and harmless), then each hit is read: only the named field decides.
"""

from sqlalchemy import Connection, select

from sync.server.merge import Doc
from sync.server.schema import docs


def naming(conn: Connection, record_type: str, name: str, record_id: str, *,
           live: bool = False) -> list[Doc]:
    """Documents of `record_type` whose field `name` is `record_id` or, for a list
    field, holds it; with `live`, only those not deleted."""
    query = select(docs).where(docs.c.type == record_type,
                               docs.c.data.contains(f'"{record_id}"'))
    if live:
        query = query.where(docs.c.deleted.is_(False))
    found = []
    for row in conn.execute(query):
        doc = Doc.from_row(row)
        value = doc.data.get(name)
        if value == record_id or (isinstance(value, list) and record_id in value):
            found.append(doc)
    return found
