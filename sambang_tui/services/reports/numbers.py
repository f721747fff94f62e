"""Report numbers, made here and nowhere else: ``LK/17/XII/2024`` for a report
and ``R/LI-3/XII/2024`` for its Laporan Informasi, from the running number
per station and year and the report's month.

Numbers are taken inside the write transaction as ``max(seq) + 1``. On SQLite
the transaction already holds the write lock (``BEGIN IMMEDIATE``), so two
desks cannot take the same number. On PostgreSQL a transaction-scoped advisory
lock per station and year serialises the numbering; the unique index on
``(station, year, seq)`` stays the last guard, and the caller retries the
whole write on an ``IntegrityError``.
"""

from __future__ import annotations

import datetime as dt

from peewee import fn

from sambang_tui.db.database import is_sqlite
from sambang_tui.db.models import InformationReport, Report, database_proxy
from sambang_tui.db.vocab import roman_month

_LOCK_BASE = 7_317_000_000_000


def report_number(seq: int, day: dt.date) -> str:
    """``LK/17/XII/2024``: the report's running number, month and year."""
    return f"LK/{seq}/{roman_month(day.month)}/{day.year}"


def information_number(seq: int, day: dt.date) -> str:
    """``R/LI-3/XII/2024``: its Laporan Informasi's, dated by the report."""
    return f"R/LI-{seq}/{roman_month(day.month)}/{day.year}"


def lock_year(station_id: int, year: int) -> None:
    """Serialise numbering of one station and year until the transaction ends."""
    if is_sqlite():
        return
    key = _LOCK_BASE + station_id * 10_000 + year
    database_proxy.execute_sql("SELECT pg_advisory_xact_lock(%s)", (key,))


def next_report_seq(station_id: int, year: int) -> int:
    top = (
        Report.select(fn.MAX(Report.seq))
        .where((Report.station == station_id) & (Report.year == year))
        .scalar()
    )
    return (top or 0) + 1


def next_information_seq(station_id: int, year: int) -> int:
    top = (
        InformationReport.select(fn.MAX(InformationReport.seq))
        .join(Report)
        .where((Report.station == station_id) & (Report.year == year))
        .scalar()
    )
    return (top or 0) + 1
