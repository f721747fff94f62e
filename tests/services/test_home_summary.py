"""The dashboard queries, checked against plain Python counts over the demo."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sambang_tui.db.models import Kelurahan, Plan, Problem, Report, Station
from sambang_tui.services.admin import runtime
from sambang_tui.services.desk import home

TODAY = dt.date(2024, 12, 4)
WEEK = (dt.date(2024, 12, 2), dt.date(2024, 12, 8))


def test_summary_matches_plain_counts(demo_target: str) -> None:
    runtime.connect(demo_target)
    actor = runtime.actor_for("desk")
    summary = home.home_summary(actor, TODAY)

    plans = [p for p in Plan.select() if p.date == TODAY and p.station_id == actor.station_id]
    assert plans, "the demo has plans today"
    assert {p.id for p in summary.plans} == {p.id for p in plans}
    times = [p.start_time for p in summary.plans if p.start_time]
    assert times == sorted(times)

    live = [r for r in Report.select() if r.deleted_at is None]
    waiting = [r for r in live if r.status == "diajukan"]
    assert summary.waiting_total == len(waiting) > 0
    assert [w.date for w in summary.waiting] == sorted(w.date for w in summary.waiting)
    assert all(w.lead_officer for w in summary.waiting)

    open_problems = [p for p in Problem.select() if p.status == "terbuka"]
    assert summary.problems_total == len(open_problems)
    for line in summary.problems:
        expected = sum(1 for r in live if r.problem_id == line.id)
        assert line.reports == expected
        assert line.days_open == (TODAY - line.opened).days

    in_week = Counter(r.status for r in live if WEEK[0] <= r.date <= WEEK[1])
    assert summary.week.reports_by_status == dict(in_week)
    assert (summary.week.start, summary.week.end) == WEEK
    week_plans = [p for p in Plan.select() if WEEK[0] <= p.date <= WEEK[1]]
    assert summary.week.plans_done == sum(p.status == "terlaksana" for p in week_plans)
    missed = sum(
        p.status == "terlewat" or (p.status == "rencana" and p.date < TODAY) for p in week_plans
    )
    assert summary.week.plans_missed == missed
    assert summary.week.plans_ahead == sum(
        p.status == "rencana" and p.date >= TODAY for p in week_plans
    )


def test_other_stations_are_not_counted(demo_target: str) -> None:
    runtime.connect(demo_target)
    actor = runtime.actor_for("desk")
    before = home.home_summary(actor, TODAY)
    other = Station.create(name="Polsek Lain")
    kel = Kelurahan.create(station=other, name="Lain")
    sample = Report.get(Report.status == "diajukan")
    Report.create(
        station=other,
        year=2024,
        seq=1,
        number="LK/1/XII/2024",
        activity_type=sample.activity_type_id,
        date=TODAY,
        kelurahan=kel,
        status="diajukan",
    )
    Problem.create(station=other, title="Lain", kelurahan=kel, opened=TODAY)
    after = home.home_summary(actor, TODAY)
    assert after.waiting_total == before.waiting_total
    assert after.problems_total == before.problems_total
    assert after.week == before.week


def test_empty_station(actor) -> None:
    summary = home.home_summary(actor, TODAY)
    assert summary.plans == [] and summary.waiting == [] and summary.problems == []
    assert summary.waiting_total == 0 and summary.week.reports_total == 0
