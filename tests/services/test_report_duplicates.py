"""The duplicate check before saving (issue 13, item 9): the same visit
(lead officer, day, overlapping time, kelurahan and RW) or nearly the same
narrative is named; other officers, days, places and times are not."""

from __future__ import annotations

import datetime as dt

import pytest
from report_fixtures import World, make_world

from sambang_tui.services import reports
from sambang_tui.services.reports.duplicates import SAME_TEXT, SAME_VISIT, find_duplicates


@pytest.fixture
def world(db, monkeypatch) -> World:
    return make_world(monkeypatch)


def test_the_same_visit_is_named(world: World) -> None:
    desk = world.actors["desk"]
    first = reports.create_report(desk, world.input())
    again = world.input(narrative="Kunjungan lain sama sekali, ditulis ulang dari awal.")
    found = find_duplicates(desk, again)
    assert [(d.number, d.reason) for d in found] == [(first.number, SAME_VISIT)]
    assert found[0].message == (
        "Mirip laporan LK/1/XII/2024 (02/12/2024, 10.00–11.30, Paseban RW 06): "
        "personel, tanggal, jam dan tempat yang sama."
    )
    # editing the report itself is no duplicate of itself
    assert find_duplicates(desk, world.input(), exclude_id=first.id) == []


@pytest.mark.parametrize(
    "change",
    [
        {"officer_ids": "budi"},
        {"date": dt.date(2024, 12, 3)},
        {"start_time": dt.time(13, 0), "end_time": dt.time(14, 0)},
        {"rw": 5},
        {"kelurahan_id": "kenari", "rw": 1, "rt": 1},
    ],
    ids=["other officer", "other day", "later time", "other RW", "other kelurahan"],
)
def test_a_different_visit_is_not_named(world: World, change: dict) -> None:
    desk = world.actors["desk"]
    reports.create_report(desk, world.input())
    values = {
        k: ([world.budi] if v == "budi" else world.kenari if v == "kenari" else v)
        for k, v in change.items()
    }
    other = world.input(narrative="Kunjungan lain sama sekali, ditulis ulang dari awal.", **values)
    assert find_duplicates(desk, other) == []


def test_overlap_and_missing_times(world: World) -> None:
    desk = world.actors["desk"]
    reports.create_report(desk, world.input(start_time=dt.time(10), end_time=None))
    text = "Kunjungan lain sama sekali, ditulis ulang dari awal."
    # 10.00 without an end lasts an hour: 10.30 overlaps, 11.00 does not
    late = world.input(narrative=text, start_time=dt.time(10, 30), end_time=None)
    assert len(find_duplicates(desk, late)) == 1
    later = world.input(narrative=text, start_time=dt.time(11), end_time=None)
    assert find_duplicates(desk, later) == []
    untimed = world.input(narrative=text, start_time=None, end_time=None)
    assert len(find_duplicates(desk, untimed)) == 1


def test_nearly_the_same_narrative_weeks_apart(world: World) -> None:
    desk = world.actors["desk"]
    first = reports.create_report(desk, world.input(date=dt.date(2024, 11, 20)))
    narrative = world.input().narrative
    changed = narrative.replace("bersama", "brsama").rstrip(".") + "!"
    found = find_duplicates(desk, world.input(narrative=changed, rw=2))
    assert [(d.number, d.reason) for d in found] == [(first.number, SAME_TEXT)]
    assert found[0].similarity >= 0.9 and "uraian 9" in found[0].message
    unrelated = world.input(narrative="Patroli dialogis di pasar pagi bersama linmas.", rw=2)
    assert find_duplicates(desk, unrelated) == []
    far = world.input(narrative=changed, rw=2, date=dt.date(2024, 12, 2) + dt.timedelta(days=1))
    assert len(find_duplicates(desk, far)) == 1


def test_deleted_reports_are_no_duplicates(world: World) -> None:
    desk, kanit = world.actors["desk"], world.actors["kanit"]
    first = reports.create_report(desk, world.input())
    reports.delete_report(kanit, first.id, first.version)
    assert find_duplicates(desk, world.input()) == []
