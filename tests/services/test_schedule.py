"""The grid's data: rows, cells with computed status, checks, holidays and
uncovered RWs."""

from __future__ import annotations

import datetime as dt

import pytest
from grid_seed import Seed, seed_area

from sambang_tui.db.models import Assignment, Officer, Plan, Report
from sambang_tui.services.schedule import grid as schedule
from sambang_tui.services.schedule import plans
from sambang_tui.services.schedule.plans import PlanInput

MON = dt.date(2024, 12, 2)
SUN = MON + dt.timedelta(days=6)


@pytest.fixture
def seed(actor) -> Seed:
    return seed_area(actor.station_id)


def add(actor, seed: Seed, day: dt.date, **kw) -> int:
    values = dict(
        date=day,
        officer_id=seed.sutrisno,
        type_id=seed.types["SB"],
        kelurahan_id=seed.paseban,
        rw=1,
    )
    values.update(kw)
    return plans.create_plan(actor, PlanInput(**values)).id


def make_report(seed: Seed, day: dt.date, rw_number: int | None, kel: int | None = None) -> int:
    from sambang_tui.db.models import RW

    kel = kel or seed.paseban
    rw = RW.get((RW.kelurahan == kel) & (RW.number == rw_number)) if rw_number else None
    return Report.create(
        station=seed.station_id,
        year=day.year,
        seq=Report.select().count() + 1,
        number=f"LK/{day}",
        activity_type=seed.types["SB"],
        date=day,
        kelurahan=kel,
        rw=rw,
    ).id


def test_rows_bhabins_first_grouped_by_kelurahan(actor, seed):
    grid = schedule.load_grid(actor, MON, SUN, today=MON)
    assert [o.name for o in grid.officers] == ["Budi Santoso", "Sutrisno", "Harjono"]
    assert [o.kelurahan for o in grid.officers] == ["Kenari", "Paseban", ""]
    assert grid.officers[1].label == "Aiptu Sutrisno"
    assert len(grid.days) == 7 and grid.days[-1] == SUN


def test_filters_by_text_and_kelurahan(actor, seed):
    by_name = schedule.load_grid(actor, MON, SUN, text="sutri", today=MON)
    assert [o.id for o in by_name.officers] == [seed.sutrisno]
    by_nrp = schedule.load_grid(actor, MON, SUN, text="8501", today=MON)
    assert [o.id for o in by_nrp.officers] == [seed.budi]
    chosen = schedule.load_grid(actor, MON, SUN, officer_ids=[seed.kanit, seed.budi], today=MON)
    assert [o.id for o in chosen.officers] == [seed.budi, seed.kanit]
    add(actor, seed, MON, officer_id=seed.kanit)
    by_kel = schedule.load_grid(actor, MON, SUN, kelurahan_id=seed.paseban, today=MON)
    assert {o.id for o in by_kel.officers} == {seed.sutrisno, seed.kanit}


def test_cells_and_computed_terlewat(actor, seed):
    past = add(actor, seed, MON)
    today = add(actor, seed, MON + dt.timedelta(days=2), rw=6, type_id=seed.types["CS"])
    done = add(actor, seed, MON + dt.timedelta(days=1))
    gone = add(actor, seed, MON + dt.timedelta(days=1), rw=2)
    plans.cancel_plan(actor, gone, 1, "hujan")
    Plan.update(report=make_report(seed, MON, 1), status="terlaksana").where(
        Plan.id == done
    ).execute()
    grid = schedule.load_grid(actor, MON, SUN, today=MON + dt.timedelta(days=2))
    status = {p.id: p.status for cell in grid.cells.values() for p in cell}
    assert status == {past: "terlewat", today: "rencana", done: "terlaksana", gone: "batal"}
    assert Plan.get_by_id(past).status == "rencana"  # never stored
    cell = grid.plans_at(seed.sutrisno, MON + dt.timedelta(days=2))
    assert [p.short for p in cell] == ["CS 06"]
    tue = grid.plans_at(seed.sutrisno, MON + dt.timedelta(days=1))
    assert [p.status for p in tue] == ["terlaksana", "batal"]  # cancelled sort last


def test_only_the_range_is_read(actor, seed):
    add(actor, seed, MON - dt.timedelta(days=1))
    inside = add(actor, seed, MON)
    add(actor, seed, SUN + dt.timedelta(days=1))
    grid = schedule.load_grid(actor, MON, SUN, today=MON)
    assert [p.id for cell in grid.cells.values() for p in cell] == [inside]


def test_double_booking_check(actor, seed):
    a = add(actor, seed, MON, start_time=dt.time(9))
    b = add(actor, seed, MON, start_time=dt.time(9), rw=2)
    c = add(actor, seed, MON, start_time=dt.time(13), rw=3)
    d = add(actor, seed, MON, rw=4)
    e = add(actor, seed, MON, rw=4)  # same visit twice without a time
    f = add(actor, seed, MON, rw=5)
    grid = schedule.load_grid(actor, MON, SUN, today=MON)
    flagged = {p.id for p in grid.plans_at(seed.sutrisno, MON) if schedule.DOUBLE in p.issues}
    assert flagged == {a, b, d, e}
    assert c not in flagged and f not in flagged
    plans.cancel_plan(actor, b, 1, "dobel")
    grid = schedule.load_grid(actor, MON, SUN, today=MON)
    assert schedule.DOUBLE not in grid.plan(a).issues


def test_unassigned_kelurahan_check_follows_assignment_dates(actor, seed):
    Assignment.update(end=dt.date(2024, 12, 3)).where(Assignment.officer == seed.budi).execute()
    Assignment.create(officer=seed.budi, kelurahan=seed.paseban, start=dt.date(2024, 12, 4))
    before = add(actor, seed, MON, officer_id=seed.budi, kelurahan_id=seed.paseban)
    after = add(
        actor, seed, MON + dt.timedelta(days=3), officer_id=seed.budi, kelurahan_id=seed.paseban
    )
    kanit = add(actor, seed, MON, officer_id=seed.kanit, kelurahan_id=seed.kenari)
    grid = schedule.load_grid(actor, MON, SUN, today=MON)
    assert schedule.UNASSIGNED in grid.plan(before).issues
    assert schedule.UNASSIGNED not in grid.plan(after).issues
    assert grid.plan(kanit).issues == frozenset()
    # grouped by the assignment on the first day of the range
    assert next(o for o in grid.officers if o.id == seed.budi).kelurahan == "Kenari"


def test_holidays_marked_across_years(actor, seed):
    christmas = add(actor, seed, dt.date(2024, 12, 25))
    grid = schedule.load_grid(actor, dt.date(2024, 12, 23), dt.date(2025, 1, 5), today=MON)
    assert dt.date(2024, 12, 25) in grid.holidays and dt.date(2025, 1, 1) in grid.holidays
    assert "Natal" in grid.holidays[dt.date(2024, 12, 25)]
    assert schedule.HOLIDAY in grid.plan(christmas).issues


def test_month_range_across_year_end(actor, seed):
    dec = add(actor, seed, dt.date(2024, 12, 31))
    jan = add(actor, seed, dt.date(2025, 1, 1), rw=2)
    grid = schedule.load_grid(actor, dt.date(2024, 12, 1), dt.date(2024, 12, 31), today=MON)
    assert {p.id for c in grid.cells.values() for p in c} == {dec}
    grid = schedule.load_grid(actor, dt.date(2025, 1, 1), dt.date(2025, 1, 31), today=MON)
    assert {p.id for c in grid.cells.values() for p in c} == {jan}
    assert len(grid.days) == 31


def test_inactive_officers_are_not_rows(actor, seed):
    Officer.update(active=False).where(Officer.id == seed.kanit).execute()
    grid = schedule.load_grid(actor, MON, SUN, today=MON)
    assert seed.kanit not in {o.id for o in grid.officers}


def test_uncovered_rws(actor, seed):
    today = dt.date(2024, 12, 20)
    make_report(seed, dt.date(2024, 12, 10), 1)  # inside 14 days: covered
    make_report(seed, dt.date(2024, 11, 1), 2)  # too long ago
    add(actor, seed, today, rw=3)  # planned for today: covered
    done = add(actor, seed, dt.date(2024, 12, 15), rw=4)
    Plan.update(report=make_report(seed, dt.date(2024, 11, 2), None)).where(
        Plan.id == done
    ).execute()  # a plan done (its report has no RW): covered
    add(actor, seed, dt.date(2024, 12, 16), rw=5)  # missed plan: not a visit
    add(actor, seed, dt.date(2024, 12, 27), rw=6)  # future: not a visit yet
    found = schedule.uncovered_rws(actor, 14, today)
    paseban = [(u.rw, u.last_visit) for u in found if u.kelurahan == "Paseban"]
    assert sorted(paseban) == [(2, dt.date(2024, 11, 1)), (5, None), (6, None)]
    assert [u.rw for u in found if u.kelurahan == "Kenari"] == [1, 2, 3]
    assert found[-1].last_visit == dt.date(2024, 11, 1)  # longest-known visit last
    only = schedule.uncovered_rws(actor, 60, today, kelurahan_id=seed.paseban)
    assert sorted(u.rw for u in only) == [5, 6]


def test_deleted_report_is_not_a_visit(actor, seed):
    rid = make_report(seed, dt.date(2024, 12, 19), 1)
    Report.update(deleted_at=dt.datetime(2024, 12, 19, 10)).where(Report.id == rid).execute()
    found = schedule.uncovered_rws(actor, 14, dt.date(2024, 12, 20), kelurahan_id=seed.paseban)
    assert 1 in {u.rw for u in found}
