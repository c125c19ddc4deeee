"""Full-text search over persons and cases, kept current by triggers.

Revision ID: 0002
Revises: 0001

The FTS5 tokenizer folds case, accents and ñ, so the index holds plain text. Parish
spelling variants are resolved at query time from the catalog (app.core.search), which
keeps the index independent of catalog versions. Triggers keep the index in the same
transaction as every write, whoever writes: services, imports or sync.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"

PERSON_ROW = """
    SELECT p.rowid, p.given_names || ' ' || p.surnames, p.doc_number,
           coalesce(h.community, ''), coalesce(h.parish, '')
    FROM person p LEFT JOIN household h ON h.id = p.household_id
"""

STATEMENTS = [
    f"CREATE VIRTUAL TABLE person_fts USING fts5(names, doc, place, parish, {TOKENIZE})",
    f"CREATE VIRTUAL TABLE case_fts USING fts5(code, parish, {TOKENIZE})",
    # Names weigh most, then document number, community, parish.
    "INSERT INTO person_fts(person_fts, rank) VALUES ('rank', 'bm25(10.0, 5.0, 2.0, 1.0)')",
    f"""CREATE TRIGGER person_fts_ai AFTER INSERT ON person WHEN NEW.deleted = 0 BEGIN
        INSERT INTO person_fts(rowid, names, doc, place, parish)
        {PERSON_ROW} WHERE p.rowid = NEW.rowid; END""",
    f"""CREATE TRIGGER person_fts_au AFTER UPDATE OF given_names, surnames, doc_number,
        household_id, deleted ON person BEGIN
        DELETE FROM person_fts WHERE rowid = OLD.rowid;
        INSERT INTO person_fts(rowid, names, doc, place, parish)
        {PERSON_ROW} WHERE p.rowid = NEW.rowid AND NEW.deleted = 0; END""",
    "CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN "
    "DELETE FROM person_fts WHERE rowid = OLD.rowid; END",
    f"""CREATE TRIGGER household_fts_au AFTER UPDATE OF community, parish ON household BEGIN
        DELETE FROM person_fts WHERE rowid IN
            (SELECT rowid FROM person WHERE household_id = NEW.id);
        INSERT INTO person_fts(rowid, names, doc, place, parish)
        {PERSON_ROW} WHERE p.household_id = NEW.id AND p.deleted = 0; END""",
    f"""CREATE TRIGGER household_fts_ai AFTER INSERT ON household BEGIN
        DELETE FROM person_fts WHERE rowid IN
            (SELECT rowid FROM person WHERE household_id = NEW.id);
        INSERT INTO person_fts(rowid, names, doc, place, parish)
        {PERSON_ROW} WHERE p.household_id = NEW.id AND p.deleted = 0; END""",
    """CREATE TRIGGER case_fts_ai AFTER INSERT ON "case" WHEN NEW.deleted = 0 BEGIN
        INSERT INTO case_fts(rowid, code, parish) VALUES (NEW.rowid, NEW.code, NEW.parish);
        END""",
    """CREATE TRIGGER case_fts_au AFTER UPDATE OF code, parish, deleted ON "case" BEGIN
        DELETE FROM case_fts WHERE rowid = OLD.rowid;
        INSERT INTO case_fts(rowid, code, parish)
        SELECT NEW.rowid, NEW.code, NEW.parish WHERE NEW.deleted = 0; END""",
    """CREATE TRIGGER case_fts_ad AFTER DELETE ON "case" BEGIN
        DELETE FROM case_fts WHERE rowid = OLD.rowid; END""",
    # Backfill what an older store already holds.
    f"INSERT INTO person_fts(rowid, names, doc, place, parish) {PERSON_ROW} WHERE p.deleted = 0",
    """INSERT INTO case_fts(rowid, code, parish)
        SELECT rowid, code, parish FROM "case" WHERE deleted = 0""",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for name in ("person_fts_ai", "person_fts_au", "person_fts_ad", "household_fts_au",
                 "household_fts_ai", "case_fts_ai", "case_fts_au", "case_fts_ad"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS person_fts")
    op.execute("DROP TABLE IF EXISTS case_fts")
