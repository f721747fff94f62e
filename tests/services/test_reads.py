"""Reads the app abandons as it leaves (``reads.read_session``)."""

from __future__ import annotations

import threading

import pytest

from sambang_tui.db.database import is_sqlite
from sambang_tui.db.models import Station, database_proxy
from sambang_tui.services.admin import reads

# a query that runs for seconds on either database unless stopped
LONG_SQLITE = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000000) "
    "SELECT count(*) FROM n"
)


def test_a_read_session_reads(db) -> None:
    stop = threading.Event()
    with reads.read_session(stop):
        assert Station.select().count() == 1


def test_a_read_not_begun_is_refused_once_the_app_leaves(db) -> None:
    stop = threading.Event()
    stop.set()
    with pytest.raises(reads.ReadStopped), reads.read_session(stop):
        Station.select().count()


def test_a_read_under_way_stops_when_the_app_leaves(db) -> None:
    stop = threading.Event()
    inside = threading.Event()
    outcome: list[object] = []

    def read() -> None:
        try:
            with reads.read_session(stop):
                inside.set()
                outcome.append(database_proxy.obj.execute_sql(LONG_SQLITE).fetchone())
        except Exception as exc:  # noqa: BLE001 - what stopped it is the result
            outcome.append(exc)

    if not is_sqlite(database_proxy.obj):
        # PostgreSQL: a read under way runs to its end (only SQLite's is stopped)
        with reads.read_session(stop):
            assert Station.select().count() == 1
        stop.set()
        with pytest.raises(reads.ReadStopped), reads.read_session(stop):
            pass
        return
    worker = threading.Thread(target=read)
    worker.start()
    inside.wait()
    stop.set()  # the query is under way, or about to begin: either way it stops
    worker.join()
    assert len(outcome) == 1 and isinstance(outcome[0], Exception), outcome
    assert "interrupted" in str(outcome[0])
    with reads.read_session(threading.Event()):  # the next read works as before
        assert Station.select().count() == 1
