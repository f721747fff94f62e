"""The Polres view over a database of several Polsek (issue 18): every
station's row of the Polres recap says what that station's own recap says;
only a reader without an officer looks across stations and moves between
them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import sys
from pathlib import Path

import pytest

from sambang_tui.db.models import Officer
from sambang_tui.services.admin import runtime
from sambang_tui.services.core import periods
from sambang_tui.services.core.errors import NotFound, PermissionDenied
from sambang_tui.services.recap import figures as recap
from sambang_tui.services.recap import polres
from sambang_tui.services.recap.rows import KURANG

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
TODAY = dt.date(2026, 11, 25)


def generator():
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    return importlib.import_module("generate_polres")


@pytest.fixture
def three_stations(db_target: str):
    generator().generate(db_target, stations=3, reports=400, officers=12, kelurahan=3)
    runtime.connect(db_target)
    yield runtime.actor_for("polres.reader")
    runtime.close()


def own_figures(actor, period) -> tuple:
    data = recap.build(actor, period, TODAY)
    plans, done, missed, _pct = data.plan_totals
    visited, total = data.coverage_totals
    kurang = sum(1 for r in data.officers if r.klass == KURANG)
    still_open = data.problem_totals[2]
    return (
        data.total_reports, plans, done, missed, visited, total, still_open, len(data.officers),
        kurang,
    )  # fmt: skip


@pytest.mark.parametrize(
    "period",
    [periods.month(dt.date(2026, 11, 1)), periods.week(dt.date(2026, 11, 16)),
     periods.custom(dt.date(2026, 1, 1), dt.date(2026, 6, 30))],
    ids=["month", "week", "half-year"],
)  # fmt: skip
def test_each_row_is_that_stations_own_recap(three_stations, period) -> None:
    reader = three_stations
    side_by_side = polres.recap(reader, period, TODAY)
    assert [r.station for r in side_by_side.rows] == [
        "Polsek Gambir",
        "Polsek Kemayoran",
        "Polsek Sawah Besar",
    ]
    assert side_by_side.polres == "Polres Metro Jakarta Pusat"
    for row in side_by_side.rows:
        station = dataclasses.replace(reader, station_id=row.station_id)
        assert (
            row.reports, row.plans, row.done, row.missed, row.rw_visited, row.rw_total,
            row.open_problems, row.officers, row.kurang,
        ) == own_figures(station, period), row.station  # fmt: skip
    total = side_by_side.total
    assert total.reports == sum(r.reports for r in side_by_side.rows) > 0
    assert total.rw_total == sum(r.rw_total for r in side_by_side.rows)


def test_an_officer_stays_in_their_station(three_stations) -> None:
    reader = three_stations
    assert polres.can_switch(reader)
    officer = Officer.select().where(Officer.role == "bhabinkamtibmas").first()
    desk = runtime.actor_for(officer.os_user)
    assert desk.station_id == officer.station_id and not polres.can_switch(desk)
    with pytest.raises(PermissionDenied, match="Polsek-nya sendiri"):
        polres.recap(desk, periods.month(TODAY), TODAY)
    with pytest.raises(PermissionDenied):
        polres.switch(desk, 2)


def test_switch_moves_the_reader_read_only(three_stations) -> None:
    reader = three_stations
    moved, station = polres.switch(reader, 3)
    assert (moved.station_id, station.name) == (3, "Polsek Kemayoran")
    assert moved.read_only and moved.os_user == reader.os_user
    with pytest.raises(NotFound):
        polres.switch(reader, 99)


def test_one_station_is_no_polres(actor) -> None:
    reader = dataclasses.replace(actor, officer_id=None, is_admin=False, role=None)
    assert len(polres.stations()) == 1 and not polres.can_switch(reader)
