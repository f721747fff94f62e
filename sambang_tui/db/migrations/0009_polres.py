"""Planning help and a Polres on one database.

``absence``: an officer away (leave, duty elsewhere, sick, training) from
``start`` to ``end``; the plan proposal plans nobody on those days.

``station.rw_visits_per_week`` / ``station.plans_per_day``: the station's
target of visits to every RW per week and the most plans the proposal gives
one officer on one day.

``uid``: a stable key for the rows with no natural one, so a station's
export (``sambang export station``) is imported into the Polres database
once however often it arrives: kelurahan, assignment, contact, operation,
problem, plan, absence and audit_event. Existing rows get one here; on
PostgreSQL the column also defaults to a fresh one (rows the audit trigger or
a bulk load writes), on SQLite the app fills it and an export fills what a
plain-SQL load left empty.

``sync_ledger``: per station and row key, the digest of what the last import
wrote, so that a second import of the same rows changes nothing and a row
changed at the Polres since is reported as a conflict, never overwritten.

PostgreSQL search: a text search configuration ``sambang_simple`` (the
``simple`` one with accents folded by ``unaccent`` when the server has it),
as SQLite's FTS5 ``remove_diacritics`` does, and the report's words kept in
a generated column ``report.search_vector`` with the GIN index on it. The
index of migration 0002 was on the expression: a list page walking the
(station, date) index to its newest 50 matches computed the words of every
row it passed (0.2 ms a row with ``unaccent``: 150 ms for a common word in a
Polres of a million reports); a stored vector is only compared.
"""

from peewee import *

UID_TABLES = (
    "kelurahan",
    "assignment",
    "contact",
    "operation",
    "problem",
    "plan",
    "audit_event",
)
UID_DEFAULT = "replace(gen_random_uuid()::text, '-', '')"  # PostgreSQL 13+

PG_VECTOR = (
    "to_tsvector('public.sambang_simple'::regconfig, "
    "regexp_replace(search_text, '[[:space:][:punct:]]+', ' ', 'g'))"
)
SEARCH_INDEX = "CREATE INDEX report_search_idx ON report USING gin (search_vector)"
PG_SIMPLE_VECTOR = (
    "to_tsvector('simple', regexp_replace(search_text, '[[:space:][:punct:]]+', ' ', 'g'))"
)


def _pg_search_config(db) -> None:
    """``public.sambang_simple``: ``simple`` with ``unaccent`` before it when
    the extension can be had (a trusted extension: the database owner may
    create it); otherwise plain ``simple``, so search still works."""
    db.execute_sql("CREATE TEXT SEARCH CONFIGURATION public.sambang_simple (COPY = simple)")
    try:
        with db.atomic():  # a savepoint: a server without unaccent keeps the rest
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public")
            db.execute_sql(
                "ALTER TEXT SEARCH CONFIGURATION public.sambang_simple "
                "ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, "
                "hword_asciipart, hword_part, hword_numpart WITH public.unaccent, simple"
            )
    except DatabaseError:
        pass


def up(migrator, db):
    class Station(Model):
        class Meta:
            database = db
            table_name = "station"

    class Officer(Model):
        class Meta:
            database = db
            table_name = "officer"

    class Absence(Model):
        station = ForeignKeyField(Station, on_delete="CASCADE")
        officer = ForeignKeyField(Officer, on_delete="CASCADE")
        kind = CharField(max_length=16, default="cuti")
        start = DateField()
        end = DateField()
        note = TextField(default="")
        uid = CharField(max_length=32, null=True, unique=True)
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = "absence"
            indexes = ((("officer", "start"), False), (("station", "start"), False))

    class SyncLedger(Model):
        station = ForeignKeyField(Station, on_delete="CASCADE")
        kind = CharField(max_length=24)
        key = CharField(max_length=120)
        digest = CharField(max_length=64)
        imported_at = DateTimeField()

        class Meta:
            database = db
            table_name = "sync_ledger"
            indexes = ((("station", "kind", "key"), True),)

    db.create_tables([Absence, SyncLedger])
    postgres = isinstance(db, PostgresqlDatabase)
    migrator.migrate(
        migrator.add_column(
            "station", "rw_visits_per_week", IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
        ),
        migrator.add_column(
            "station", "plans_per_day", IntegerField(default=3, constraints=[SQL("DEFAULT 3")])
        ),
        *(
            migrator.add_column(table, "uid", CharField(max_length=32, null=True))
            for table in UID_TABLES
        ),
    )
    for table in UID_TABLES:
        if postgres:  # a key for every row is no change to audit (station server triggers)
            db.execute_sql(f'ALTER TABLE "{table}" DISABLE TRIGGER USER')
            db.execute_sql(f'UPDATE "{table}" SET uid = {UID_DEFAULT}')
            db.execute_sql(f'ALTER TABLE "{table}" ENABLE TRIGGER USER')
        else:
            db.execute_sql(f'UPDATE "{table}" SET uid = lower(hex(randomblob(16)))')
        db.execute_sql(f'CREATE UNIQUE INDEX "{table}_uid" ON "{table}" (uid)')
    if postgres:
        for table in (*UID_TABLES, "absence"):
            db.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN uid SET DEFAULT {UID_DEFAULT}')
        _pg_search_config(db)
        db.execute_sql("DROP INDEX IF EXISTS report_search_idx")
        db.execute_sql(
            f"ALTER TABLE report ADD COLUMN search_vector tsvector "
            f"GENERATED ALWAYS AS ({PG_VECTOR}) STORED"
        )
        db.execute_sql(SEARCH_INDEX)


def down(migrator, db):
    postgres = isinstance(db, PostgresqlDatabase)
    if postgres:
        db.execute_sql("DROP INDEX IF EXISTS report_search_idx")
        db.execute_sql("ALTER TABLE report DROP COLUMN IF EXISTS search_vector")
        db.execute_sql(f"CREATE INDEX report_search_idx ON report USING gin ({PG_SIMPLE_VECTOR})")
        db.execute_sql("DROP TEXT SEARCH CONFIGURATION IF EXISTS public.sambang_simple")
    for table in UID_TABLES:
        db.execute_sql(f'DROP INDEX IF EXISTS "{table}_uid"')
    migrator.migrate(
        *(migrator.drop_column(table, "uid") for table in UID_TABLES),
        migrator.drop_column("station", "plans_per_day"),
        migrator.drop_column("station", "rw_visits_per_week"),
    )
    for table in ("sync_ledger", "absence"):
        db.execute_sql(f'DROP TABLE IF EXISTS "{table}"')
