"""A partial index on the plans not realised yet, found by the start-up
benchmark on a million reports.

SQLite's statistics (``ANALYZE``) give ``plan.report_id`` about two rows per
value, so ``report_id IS NULL`` looks selective and the home screen's
plans-to-realise queries read every open plan of every station through that
index (50 000 of 250 000 plans) instead of one station's days through
``(station_id, date)``: 43 ms of the summary's 67. This index holds only
the open plans, by station and day, and is chosen for those queries (as
``report_problem_linked`` of migration 0003 is for reports of a problem).
"""

SQL = "CREATE INDEX IF NOT EXISTS plan_open ON plan (station_id, date) WHERE report_id IS NULL"


def up(migrator, db):
    db.execute_sql(SQL)


def down(migrator, db):
    db.execute_sql("DROP INDEX IF EXISTS plan_open")
