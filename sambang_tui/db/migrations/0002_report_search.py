"""Full-text search over ``report.search_text``.

SQLite: a contentless FTS5 table whose rowid is a *sort key*,
``day number * 10^9 + report id``, kept by triggers (a change of the date
moves the row). ``ORDER BY rowid DESC`` on the FTS table yields the matches
newest date first, so a search page reads just the rows it shows instead of
sorting every match (at a million reports a common word matched 166 000
rows and took seconds; walked by key, milliseconds). The report id is
``rowid % 10^9``.

PostgreSQL: a GIN index on ``to_tsvector('simple', …)`` of the text with
every run of spaces and punctuation made one space, so a report number
``lk/208/xii/2024`` is the words ``lk 208 xii 2024`` there as it is in FTS5
(PostgreSQL's parser would keep it as one token, and ``al-ikhlas`` too).
"""

from peewee import SqliteDatabase

KEY = "((CAST(julianday({r}.date) AS INTEGER) - 2400000) * 1000000000 + {r}.id)"

SQLITE = (
    "CREATE VIRTUAL TABLE report_fts USING fts5("
    "search_text, content='', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    "CREATE TRIGGER report_fts_ai AFTER INSERT ON report BEGIN "
    f"INSERT INTO report_fts(rowid, search_text) VALUES ({KEY.format(r='new')}, new.search_text); "
    "END",
    "CREATE TRIGGER report_fts_ad AFTER DELETE ON report BEGIN "
    "INSERT INTO report_fts(report_fts, rowid, search_text) "
    f"VALUES ('delete', {KEY.format(r='old')}, old.search_text); END",
    "CREATE TRIGGER report_fts_au AFTER UPDATE OF search_text, date ON report BEGIN "
    "INSERT INTO report_fts(report_fts, rowid, search_text) "
    f"VALUES ('delete', {KEY.format(r='old')}, old.search_text); "
    f"INSERT INTO report_fts(rowid, search_text) VALUES ({KEY.format(r='new')}, new.search_text); "
    "END",
    "INSERT INTO report_fts(rowid, search_text) "
    f"SELECT {KEY.format(r='report')}, search_text FROM report",
)

POSTGRES = (
    "CREATE INDEX report_search_idx ON report USING gin "
    "(to_tsvector('simple', regexp_replace(search_text, '[[:space:][:punct:]]+', ' ', 'g')))",
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
