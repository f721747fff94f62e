"""A report is found by the number typed, never by its database id (issue
13, item 3: Rekap `o`, `320` wrote the document of the report whose id was
320)."""

from __future__ import annotations

import datetime as dt

import pytest
from report_fixtures import World, make_world

from sambang_tui.services import reports
from sambang_tui.services.core.errors import NotFound
from sambang_tui.services.documents import source
from sambang_tui.services.reports import find as report_find


@pytest.fixture
def world(db, monkeypatch) -> World:
    return make_world(monkeypatch)


def test_numbers_whole_short_and_bare(world: World) -> None:
    desk = world.actors["desk"]
    old = [
        reports.create_report(desk, world.input(date=dt.date(2023, 11, d), operation_id=None))
        for d in (1, 2, 3)
    ]
    new = [reports.create_report(desk, world.input(date=dt.date(2024, 12, d))) for d in (1, 2)]
    assert [r.number for r in new] == ["LK/1/XII/2024", "LK/2/XII/2024"]
    cases = {
        "LK/2/XII/2024": new[1].id,
        " lk/2/xii/2024 ": new[1].id,
        "2/XII/2024": new[1].id,
        "2": new[1].id,  # this year's report 2
        "3": old[2].id,  # none this year: the latest earlier year's
        "2/2023": old[1].id,
        "LK/3/XI/2023": old[2].id,
    }
    for typed, expected in cases.items():
        assert report_find.find_report(desk, typed) == expected, typed
        assert source.find_report(desk, typed) == expected, typed  # the documents' door too
    found = report_find.describe(desk, "2")
    assert (found.number, found.type_codes, found.kelurahan) == (
        "LK/2/XII/2024",
        "SB+CS",
        "Paseban",
    )


def test_a_database_id_is_not_a_number(world: World) -> None:
    desk = world.actors["desk"]
    for day in (1, 2, 3):
        reports.create_report(desk, world.input(date=dt.date(2023, 11, day), operation_id=None))
    fourth = reports.create_report(desk, world.input(date=dt.date(2024, 12, 1)))
    assert fourth.id == 4 and fourth.number == "LK/1/XII/2024"
    for typed in ("4", "LK/4/XII/2024", "1/XI/2024", "abc", ""):
        with pytest.raises(NotFound):
            report_find.find_report(desk, typed)


def test_deleted_and_other_stations_reports_are_not_found(world: World) -> None:
    desk, kanit = world.actors["desk"], world.actors["kanit"]
    saved = reports.create_report(desk, world.input())
    reports.delete_report(kanit, saved.id, saved.version)
    with pytest.raises(NotFound):
        report_find.find_report(desk, "1")
