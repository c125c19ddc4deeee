"""a new family re-indexes only persons that arrived before it

Revision ID: 0005
Revises: 0004

The search index holds a person's community and parish, which come from their family.
A family inserted after its persons (a sync can deliver them in that order) re-indexes
them; a family with no persons yet, the usual case, now skips the work. A first sync of
a parish inserts tens of thousands of families: the trigger was a sixth of that time.
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# As in 0002 (a migration keeps its own copy: later code may change).
PERSON_ROW = """
    SELECT p.rowid, p.given_names || ' ' || p.surnames, p.doc_number,
           coalesce(h.community, ''), coalesce(h.parish, '')
    FROM person p LEFT JOIN household h ON h.id = p.household_id
"""
BODY = f"""BEGIN
    DELETE FROM person_fts WHERE rowid IN
        (SELECT rowid FROM person WHERE household_id = NEW.id);
    INSERT INTO person_fts(rowid, names, doc, place, parish)
    {PERSON_ROW} WHERE p.household_id = NEW.id AND p.deleted = 0; END"""


def upgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS household_fts_ai")
    op.execute("CREATE TRIGGER household_fts_ai AFTER INSERT ON household "
               "WHEN EXISTS (SELECT 1 FROM person WHERE household_id = NEW.id) " + BODY)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS household_fts_ai")
    op.execute("CREATE TRIGGER household_fts_ai AFTER INSERT ON household " + BODY)
