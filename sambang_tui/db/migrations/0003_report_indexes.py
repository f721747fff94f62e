"""Two partial indexes on the live reports, found by the benchmarks
(``benchmarks/run.py``) on a million reports.

``report_problem_linked``: almost every report has no problem, so once
SQLite has statistics (``ANALYZE``) the plain index on ``report.problem_id``
looks as if each lookup matched every report, and the home screen's
open-problems query (problems LEFT JOIN their reports) scanned the whole
table once per open problem — minutes at a thousand open problems. This
index holds only the linked reports, so it stays small and is chosen for
``problem_id = ?`` (the equality implies ``IS NOT NULL``).

``report_recap``: every recap aggregate reads the live reports of a station
in a date range; with the columns they group by in the index (``deleted_at``
too, always NULL here, so that SQLite needs no table row at all) it covers
them. A year's recap went from 1.8 s to 1.0 s.
"""

INDEXES = {
    "report_problem_linked": (
        "CREATE INDEX IF NOT EXISTS report_problem_linked ON report (problem_id) "
        "WHERE problem_id IS NOT NULL"
    ),
    "report_recap": (
        "CREATE INDEX IF NOT EXISTS report_recap ON report "
        "(station_id, date, kelurahan_id, rw_id, situation, threat_level, deleted_at) "
        "WHERE deleted_at IS NULL"
    ),
}


def up(migrator, db):
    for sql in INDEXES.values():
        db.execute_sql(sql)


def down(migrator, db):
    for name in INDEXES:
        db.execute_sql(f"DROP INDEX IF EXISTS {name}")
