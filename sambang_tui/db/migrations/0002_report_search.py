"""Full-text search over ``report.search_text``: FTS5 on SQLite, a GIN
``to_tsvector('simple', …)`` index on PostgreSQL."""

from peewee import SqliteDatabase

SQLITE = (
    "CREATE VIRTUAL TABLE report_fts USING fts5("
    "search_text, content='report', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    "CREATE TRIGGER report_fts_ai AFTER INSERT ON report BEGIN "
    "INSERT INTO report_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER report_fts_ad AFTER DELETE ON report BEGIN "
    "INSERT INTO report_fts(report_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER report_fts_au AFTER UPDATE OF search_text ON report BEGIN "
    "INSERT INTO report_fts(report_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO report_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO report_fts(report_fts) VALUES ('rebuild')",
)

POSTGRES = (
    "CREATE INDEX report_search_idx ON report USING gin (to_tsvector('simple', search_text))",
)


def up(migrator, db):
    for sql in SQLITE if isinstance(db, SqliteDatabase) else POSTGRES:
        db.execute_sql(sql)


def down(migrator, db):
    if isinstance(db, SqliteDatabase):
        for name in ("report_fts_ai", "report_fts_ad", "report_fts_au"):
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
        db.execute_sql("DROP TABLE IF EXISTS report_fts")
    else:
        db.execute_sql("DROP INDEX IF EXISTS report_search_idx")
