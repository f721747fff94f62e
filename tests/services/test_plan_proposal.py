"""Next week's plan proposed from RW coverage (issue 18): on the demo
station every RW of every assigned kelurahan gets its visit, holidays,
absences, existing plans and the station's limits are respected, and a
proposal never changes a plan."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from sambang_tui.db.models import RW, Assignment, Kelurahan, Officer, Plan, Report, Station
from sambang_tui.services.admin import runtime
from sambang_tui.services.core.errors import PermissionDenied, ValidationError
from sambang_tui.services.master import absences
from sambang_tui.services.master.absences import AbsenceInput
from sambang_tui.services.schedule import proposal as plan_proposal

TODAY = dt.date(2024, 12, 4)  # the demo's today (Wednesday)
NEXT = dt.date(2024, 12, 9)  # Monday of the next week
NEXT_END = NEXT + dt.timedelta(days=6)


@pytest.fixture
def demo(demo_target: str):
    runtime.connect(demo_target)
    yield runtime.actor_for("desk")
    runtime.close()


def _plans() -> dict[int, tuple]:
    return {
        p.id: (p.date, p.officer_id, p.kelurahan_id, p.rw_id, p.status, p.version, p.target)
        for p in Plan.select()
    }


def _assigned_rws(station_id: int) -> list[tuple[int, str, int]]:
    kel_ids = {
        a.kelurahan_id
        for a in Assignment.select().join(Officer).where(Officer.station == station_id)
    }
    return [
        (rw.id, rw.kelurahan.name, rw.number)
        for rw in RW.select().join(Kelurahan).where(Kelurahan.id.in_(kel_ids))
    ]


def test_demo_next_week_every_rw_gets_its_visit_and_no_plan_changes(demo) -> None:
    before = _plans()
    proposal = plan_proposal.propose(demo, NEXT, TODAY)
    assert proposal.plans and not proposal.unplaced
    assert proposal.rw_count == len(_assigned_rws(demo.station_id)) == 52
    result = plan_proposal.accept(demo, proposal.plans)
    assert len(result.created) == len(proposal.plans) and result.skipped == 0
    after = _plans()
    assert {k: after[k] for k in before} == before  # nothing existing changed
    uncovered_days = 14
    for rw_id, kel, number in _assigned_rws(demo.station_id):
        planned = (
            Plan.select()
            .where(
                (Plan.rw == rw_id) & (Plan.status != "batal") & Plan.date.between(NEXT, NEXT_END)
            )
            .exists()
        )
        assert planned, f"{kel} RW {number:02d} has no visit planned next week"
        last_visit = max(
            p.date
            for p in Plan.select().where(
                (Plan.rw == rw_id) & (Plan.status != "batal") & (Plan.date <= NEXT_END)
            )
        )
        assert (NEXT_END - last_visit).days < uncovered_days
    again = plan_proposal.propose(demo, NEXT, TODAY)
    assert again.plans == [] and again.already == 52


def test_least_recently_visited_rw_is_planned_first(demo) -> None:
    proposal = plan_proposal.propose(demo, NEXT, TODAY)
    for officer_id in {p.officer_id for p in proposal.plans}:
        mine = proposal.of_officer(officer_id)
        first_day = min(p.date for p in mine)
        oldest = min(mine, key=lambda p: p.last_visit or dt.date.min)
        assert oldest.date == first_day


def test_working_days_never_sunday_holiday_or_past(demo) -> None:
    # 25 December 2024 (Wednesday) is Christmas
    proposal = plan_proposal.propose(demo, dt.date(2024, 12, 23), TODAY)
    days = {p.date for p in proposal.plans}
    assert dt.date(2024, 12, 25) in proposal.holidays
    assert dt.date(2024, 12, 25) not in days and dt.date(2024, 12, 29) not in days
    this_week = plan_proposal.propose(demo, TODAY, TODAY)
    assert all(p.date >= TODAY for p in this_week.plans)
    with pytest.raises(ValidationError, match="sudah lewat"):
        plan_proposal.propose(demo, dt.date(2024, 11, 25), TODAY)


def test_absent_officer_gets_nothing_on_those_days(demo) -> None:
    paseban = Officer.get(Officer.os_user == "bhabin.paseban")
    absences.create_absence(
        demo, AbsenceInput(paseban.id, "cuti", NEXT, NEXT + dt.timedelta(days=2), "Cuti tahunan")
    )
    proposal = plan_proposal.propose(demo, NEXT, TODAY)
    mine = proposal.of_officer(paseban.id)
    assert all(p.date > NEXT + dt.timedelta(days=2) for p in mine)
    assert set(proposal.away[paseban.id]) == {NEXT + dt.timedelta(days=i) for i in range(3)}


def test_away_all_week_leaves_the_rws_unplaced_with_the_reason(demo) -> None:
    kramat = Officer.get(Officer.os_user == "bhabin.kramat")
    absences.create_absence(demo, AbsenceInput(kramat.id, "dinas luar", NEXT, NEXT_END))
    proposal = plan_proposal.propose(demo, NEXT, TODAY)
    assert proposal.of_officer(kramat.id) == []
    left = [u for u in proposal.unplaced if u.kelurahan == "Kramat"]
    assert left and {u.reason for u in left} == {plan_proposal.AWAY}
    assert "tidak hadir" in left[0].reason_text


def test_plans_per_day_counts_the_plans_already_there(demo) -> None:
    Station.update(plans_per_day=2).where(Station.id == demo.station_id).execute()
    proposal = plan_proposal.propose(demo, NEXT, TODAY)
    live = Plan.select().where(Plan.date.between(NEXT, NEXT_END) & (Plan.status != "batal"))
    count = Counter((p.officer_id, p.date) for p in live)
    count.update((p.officer_id, p.date) for p in proposal.plans)
    assert proposal.plans
    assert all(count[(p.officer_id, p.date)] <= 2 for p in proposal.plans)


def test_two_visits_a_week_go_on_different_days(demo) -> None:
    Station.update(rw_visits_per_week=2).where(Station.id == demo.station_id).execute()
    proposal = plan_proposal.propose(demo, NEXT, TODAY)
    per_rw: dict[int, list[dt.date]] = {}
    for p in proposal.plans:
        per_rw.setdefault(p.rw_id, []).append(p.date)
    for days in per_rw.values():
        assert len(days) == len(set(days))
    week_days = {
        rw: {
            p.date for p in Plan.select().where((Plan.rw == rw) & Plan.date.between(NEXT, NEXT_END))
        }
        for rw in per_rw
    }
    for rw, days in per_rw.items():
        assert not set(days) & week_days[rw]


def test_a_report_this_week_counts_as_the_visit(demo) -> None:
    report = (
        Report.select()
        .where(Report.date.between(dt.date(2024, 12, 2), TODAY) & Report.rw.is_null(False))
        .first()
    )
    proposal = plan_proposal.propose(demo, TODAY, TODAY)
    assert report.rw_id not in {p.rw_id for p in proposal.plans}


def test_accept_skips_a_twin_and_a_reader_cannot_accept(demo) -> None:
    proposal = plan_proposal.propose(demo, NEXT, TODAY)
    some = proposal.plans[:3]
    assert len(plan_proposal.accept(demo, some).created) == 3
    again = plan_proposal.accept(demo, some)
    assert again.created == [] and again.skipped == 3
    reader = runtime.actor_for("nobody-here")
    with pytest.raises(PermissionDenied):
        plan_proposal.accept(reader, proposal.plans[3:4])


def test_accepted_plan_reads_as_a_typed_one(demo) -> None:
    plan = plan_proposal.propose(demo, NEXT, TODAY).plans[0]
    created = plan_proposal.accept(demo, [plan]).created[0]
    row = Plan.get_by_id(created)
    assert (row.date, row.officer_id, row.kelurahan_id, row.rw_id) == (
        plan.date,
        plan.officer_id,
        plan.kelurahan_id,
        plan.rw_id,
    )
    assert row.status == "rencana" and row.created_by == "desk"
    assert row.target == f"Warga RW {plan.rw:02d}" and "Usulan cakupan RW" in row.note
