"""holder: the one promoter who reads a reassigned caseload (scope.Scope.holder)

A case's `assigned_to` (written by earlier reassignments) becomes its holder and that of
every row of the case; a household visit's or follow-up's own `assigned_to` its own. The
rows keep their versions: the promoters who lose them drop them at their next verified
sync (the digest differs), and the new holder already held them (they were the parish's).

Revision ID: s0010
Revises: s0008
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "s0010"
down_revision = "s0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("docs", sa.Column("holder", sa.String(80), nullable=False,
                                    server_default=""))
    docs = sa.table("docs", sa.column("id"), sa.column("type"), sa.column("data"),
                    sa.column("case_id"), sa.column("holder"))
    conn = op.get_bind()
    cases, own = [], []
    for row in conn.execute(sa.select(docs.c.id, docs.c.type, docs.c.data, docs.c.case_id)
                            .where(docs.c.type.in_(("case", "visit", "follow_up")),
                                   docs.c.data.like('%"assigned_to":"_%'))):
        holder = str(json.loads(row.data).get("assigned_to") or "")
        if row.type == "case" and holder:
            cases.append({"b_case": row.id, "holder": holder})
        elif not row.case_id and holder:
            own.append({"b_id": row.id, "holder": holder})
    if cases:
        conn.execute(sa.update(docs).where(docs.c.case_id == sa.bindparam("b_case"))
                     .values(holder=sa.bindparam("holder")), cases)
    if own:
        conn.execute(sa.update(docs).where(docs.c.id == sa.bindparam("b_id"))
                     .values(holder=sa.bindparam("holder")), own)


def downgrade() -> None:
    raise NotImplementedError("the server's schema only moves forward")
