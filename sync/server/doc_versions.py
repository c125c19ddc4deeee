"""Changed documents stored as new versions, under the version lock: how a push, an
erasure, a retention run and a caseload reassignment all write.

Separate from push.py because those others write through it without pushing.
"""

from sqlalchemy import Connection, bindparam, update

from sync.server.merge import Doc
from sync.server.schema import docs
from sync.server.store import ServerStore, to_text

NEW_DOC = ("id", "type", "version", "deleted", "data", "field_meta", "parish", "case_id",
           "junta", "holder")


def write_dirty(store: ServerStore, conn: Connection, dirty: list[Doc], first: int) -> None:
    """Store changed documents as new versions from `first` on (the version lock held)."""
    if not dirty:
        return
    store.allocate(conn, len(dirty))
    new_rows, old_rows = [], []
    for offset, doc in enumerate(dirty):
        doc.version = version = first + offset
        doc.meta = {k: [v if v is not None else version, d] for k, (v, d) in doc.meta.items()}
        text = doc.text if doc.text is not None else to_text(doc.data)
        if doc.exists:
            old_rows.append({"b_id": doc.id, "version": version, "deleted": doc.deleted,
                             "data": text, "field_meta": doc.meta,
                             "parish": doc.scope.parish, "case_id": doc.scope.case_id,
                             "junta": doc.scope.junta, "holder": doc.scope.holder})
        else:
            new_rows.append((doc.id, doc.type, version, doc.deleted, text, to_text(doc.meta),
                             doc.scope.parish, doc.scope.case_id, doc.scope.junta,
                             doc.scope.holder))
        doc.dirty, doc.exists = False, True
    store.insert_rows(conn, docs, NEW_DOC, new_rows)
    if old_rows:
        conn.execute(update(docs).where(docs.c.id == bindparam("b_id")), old_rows)
