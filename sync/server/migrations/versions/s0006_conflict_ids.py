"""conflict ids: a conflict document's data carries the document's own id

Until this revision the server validated a new conflict's data (which drew an id of its
own) and stored it under another fresh id, so `export` listed conflicts under ids no
device knows. The devices took the document's id from the feed: that one is kept.

Revision ID: s0006
Revises: s0005
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "s0006"
down_revision = "s0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    docs = sa.table("docs", sa.column("id"), sa.column("type"), sa.column("data"))
    conn = op.get_bind()
    rows = conn.execute(sa.select(docs.c.id, docs.c.data).where(docs.c.type == "conflict"))
    fixed = []
    for row in rows:
        data = json.loads(row.data)
        if data.get("id") != row.id:
            data["id"] = row.id
            fixed.append({"b_id": row.id, "data": json.dumps(data, ensure_ascii=False,
                                                             separators=(",", ":"))})
    if fixed:
        conn.execute(sa.update(docs).where(docs.c.id == sa.bindparam("b_id"))
                     .values(data=sa.bindparam("data")), fixed)


def downgrade() -> None:
    raise NotImplementedError("the server's schema only moves forward")
