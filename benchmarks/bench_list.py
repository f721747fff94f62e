"""The reports list on a large database: first page, next page, search by a
word, filter by kelurahan + month; each beside the bare SQL of the same page
run through the SQLite driver."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from common import ROOT, Row, median_ms, print_table
from peewee import fn

from sambang_tui.db.database import is_sqlite
from sambang_tui.db.models import Kelurahan, Report, database_proxy
from sambang_tui.services.admin import runtime
from sambang_tui.services.reports.listing import ReportFilter, count_reports, list_reports

# the same pages as bare SQL on PostgreSQL (the search on the stored words of migration 0009)
PG_PAGE = (
    "SELECT id, number, date FROM report WHERE station_id = %s AND deleted_at IS NULL "
    "ORDER BY date DESC, id DESC LIMIT 50 OFFSET %s"
)
PG_SEARCH = (
    "SELECT id, number, date FROM report WHERE search_vector @@ "
    "to_tsquery('public.sambang_simple', 'salemba:*') AND station_id = %s AND deleted_at IS NULL "
    "ORDER BY date DESC, id DESC LIMIT 50"
)
PG_FILTER = (
    "SELECT id, number, date FROM report WHERE station_id = %s AND deleted_at IS NULL "
    "AND kelurahan_id = %s AND date BETWEEN %s AND %s ORDER BY date DESC, id DESC LIMIT 50"
)


def _pg_raw(sql: str, params: tuple):  # noqa: ANN202
    def run() -> None:
        with database_proxy.obj.connection().cursor() as cur:
            cur.execute(sql, params)
            cur.fetchall()

    return run


def measure(db_path: Path | str, runs: int = 7) -> list[Row]:
    runtime.connect(str(db_path))
    actor = runtime.actor_for("bench")
    if not is_sqlite():
        return _measure_pg(actor, runs)
    conn = database_proxy.obj.connection()
    fts = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'report_fts'").fetchone()
    if fts is None or "content=''" not in fts[0]:
        runtime.close()
        raise RuntimeError(
            f"{db_path} was built with an older migration 0002 (FTS rowid = report id, not the "
            "date key the list walks): regenerate it with benchmarks/generate.py --force"
        )
    newest = conn.execute("SELECT max(date) FROM report").fetchone()[0]
    month_start = dt.date.fromisoformat(newest).replace(day=1)
    month_end = (month_start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    kel = Kelurahan.select().order_by(Kelurahan.id).first().id
    page_sql = (
        "SELECT id, number, date FROM report WHERE station_id = 1 AND deleted_at IS NULL "
        "ORDER BY date DESC, id DESC LIMIT 50 OFFSET ?"
    )
    search_sql = (
        "SELECT report.id, number, date FROM report_fts JOIN report "
        "ON report.id = report_fts.rowid % 1000000000 "
        "WHERE report_fts MATCH '\"salemba\"*' AND station_id = 1 AND deleted_at IS NULL "
        "ORDER BY report_fts.rowid DESC LIMIT 50"
    )
    filter_sql = (
        "SELECT id, number, date FROM report WHERE station_id = 1 AND deleted_at IS NULL "
        "AND kelurahan_id = ? AND date BETWEEN ? AND ? ORDER BY date DESC, id DESC LIMIT 50"
    )
    month = ReportFilter(kelurahan_id=kel, date_from=month_start, date_to=month_end)
    cases = [
        (
            "list: first page",
            lambda: list_reports(actor, ReportFilter()),
            lambda: conn.execute(page_sql, (0,)).fetchall(),
            "≤ 50 ms",
        ),
        (
            "list: next page",
            lambda: list_reports(actor, ReportFilter(), offset=50),
            lambda: conn.execute(page_sql, (50,)).fetchall(),
            "≤ 50 ms",
        ),
        (
            "list: search 'salemba'",
            lambda: list_reports(actor, ReportFilter(text="salemba")),
            lambda: conn.execute(search_sql).fetchall(),
            "≤ 100 ms",
        ),
        (
            "list: kelurahan + month",
            lambda: list_reports(actor, month),
            lambda: conn.execute(
                filter_sql, (kel, month_start.isoformat(), month_end.isoformat())
            ).fetchall(),
            "≤ 50 ms",
        ),
    ]
    count_cases = [
        ("list: count, capped at 1000", ReportFilter()),
        ("list: count 'salemba', capped at 1000", ReportFilter(text="salemba")),
    ]
    rows = [
        Row(name, median_ms(app, runs), "bare SQL of the page", median_ms(raw, runs), goal)
        for name, app, raw, goal in cases
    ]
    rows += [
        Row(
            name,
            median_ms(lambda f=filt: count_reports(actor, f, cap=1000), runs),
            note="a background worker, after the page is shown",
        )
        for name, filt in count_cases
    ]
    runtime.close()
    return rows


def _measure_pg(actor, runs: int) -> list[Row]:  # noqa: ANN001
    """The same cases on PostgreSQL, for the station of ``actor`` (the first
    of a Polres database: its pages among every station's reports)."""
    sid = actor.station_id
    newest = Report.select(fn.MAX(Report.date)).where(Report.station == sid).scalar()
    month_start = newest.replace(day=1)
    month_end = (month_start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    kel = Kelurahan.select().where(Kelurahan.station == sid).order_by(Kelurahan.id).first().id
    month = ReportFilter(kelurahan_id=kel, date_from=month_start, date_to=month_end)
    cases = [
        ("list: first page", lambda: list_reports(actor, ReportFilter()),
         _pg_raw(PG_PAGE, (sid, 0)), "≤ 50 ms"),
        ("list: next page", lambda: list_reports(actor, ReportFilter(), offset=50),
         _pg_raw(PG_PAGE, (sid, 50)), "≤ 50 ms"),
        ("list: search 'salemba'", lambda: list_reports(actor, ReportFilter(text="salemba")),
         _pg_raw(PG_SEARCH, (sid,)), "≤ 100 ms"),
        ("list: kelurahan + month", lambda: list_reports(actor, month),
         _pg_raw(PG_FILTER, (sid, kel, month_start, month_end)), "≤ 50 ms"),
    ]  # fmt: skip
    rows = [
        Row(name, median_ms(app, runs), "bare SQL of the page", median_ms(raw, runs), goal)
        for name, app, raw, goal in cases
    ]
    rows += [
        Row(
            name,
            median_ms(lambda f=filt: count_reports(actor, f, cap=1000), runs),
            note="a background worker, after the page is shown",
        )
        for name, filt in (
            ("list: count, capped at 1000", ReportFilter()),
            ("list: count 'salemba', capped at 1000", ReportFilter(text="salemba")),
        )
    ]
    runtime.close()
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(ROOT / "benchmarks" / "data" / "large.db"))
    args = parser.parse_args()
    try:
        print_table(measure(args.db), f"Reports list on {args.db}")
    except RuntimeError as exc:
        raise SystemExit(str(exc)) from exc
