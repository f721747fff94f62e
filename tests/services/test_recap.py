"""Every recap aggregate against figures computed by hand from the fixture
table in ``tests/recap_fixture.py`` (week 2–8 December 2024, today 4 Dec)."""

from __future__ import annotations

import datetime as dt

import pytest
from recap_fixture import Fixture, build_week

from sambang_tui.services.core import periods
from sambang_tui.services.recap import figures as recap
from sambang_tui.services.recap.rows import AKTIF, CUKUP, KURANG

TODAY = dt.date(2024, 12, 4)
WEEK = periods.week(dt.date(2024, 12, 2))


@pytest.fixture
def fx(db, actor) -> Fixture:
    return build_week(actor)


def test_total_excludes_deleted_and_outside(fx: Fixture) -> None:
    assert recap.total_reports(fx.actor, WEEK) == 5  # R1 R2 R3 R4 R8


def test_by_type_kelurahan_counts_every_type(fx: Fixture) -> None:
    table = recap.by_type_kelurahan(fx.actor, WEEK)
    codes = [c.code for c in table.types]
    rows = {r.kelurahan: r for r in table.rows}
    pas = dict(zip(codes, rows["Paseban"].counts, strict=True))
    ken = dict(zip(codes, rows["Kenari"].counts, strict=True))
    assert (pas["SB"], pas["CS"], pas["DD"], pas["PD"]) == (2, 1, 1, 1)
    assert rows["Paseban"].reports == 4
    assert (ken["SB"], ken["CS"], rows["Kenari"].reports) == (1, 0, 1)
    assert sum(rows["Senen"].counts) == 0 and rows["Senen"].reports == 0
    totals = dict(zip(codes, table.totals, strict=True))
    assert (totals["SB"], totals["CS"], totals["DD"], totals["PD"]) == (3, 1, 1, 1)
    assert table.reports == 5


def test_by_officer_plans_done_missed_pct_class(fx: Fixture) -> None:
    rows = {r.name: r for r in recap.by_officer(fx.actor, WEEK, today=TODAY)}
    a, b, d = rows["Sutrisno"], rows["Wati Lestari"], rows["Dedi Kurniawan"]
    assert (a.plans, a.done, a.missed, a.pct) == (4, 1, 2, 25.0)
    assert (a.reports, a.klass, a.classes) == (4, AKTIF, (AKTIF,))
    assert (b.plans, b.done, b.missed, b.pct) == (2, 2, 0, 100.0)
    assert (b.reports, b.klass) == (2, CUKUP)
    assert (d.plans, d.done, d.missed, d.pct, d.reports, d.klass) == (
        0,
        0,
        0,
        None,
        0,
        KURANG,
    )
    # The Kapolsek and Kanit have neither plans nor reports: not listed.
    assert "Hendra Gunawan" not in rows and "Bambang Santoso, SH., MH" not in rows


def test_weekly_classes_over_a_month(fx: Fixture) -> None:
    month = periods.month(dt.date(2024, 12, 1))
    rows = {r.name: r for r in recap.by_officer(fx.actor, month, today=TODAY)}
    a = rows["Sutrisno"]
    # weeks: 1/12 (Sunday alone), 2–8, 9–15, 16–22, 23–29, 30–31
    assert a.weekly == (0, 4, 1, 0, 0, 0)
    assert a.classes == ("KURANG", "AKTIF", "CUKUP", "KURANG", "KURANG", "KURANG")
    assert a.klass == CUKUP  # 5 reports / 6 weeks
    b = rows["Wati Lestari"]
    assert b.weekly == (0, 2, 0, 0, 0, 0)  # R7 is in November


def test_activity_class_bounds() -> None:
    assert [recap.activity_class(n) for n in (0, 1, 3, 3.5, 4)] == [
        "KURANG",
        "CUKUP",
        "CUKUP",
        "AKTIF",
        "AKTIF",
    ]


def test_audience_sums(fx: Fixture) -> None:
    rows = {r.category: (r.people, r.reports) for r in recap.audience(fx.actor, WEEK)}
    assert rows == {
        "warga": (30, 3),
        "tokoh_masyarakat": (3, 1),
        "kelompok_pemuda": (5, 1),
        "tokoh_agama": (2, 1),
    }
    assert [r.category for r in recap.audience(fx.actor, WEEK)][0] == "warga"


def test_situation_worst_and_threats(fx: Fixture) -> None:
    rows = {r.kelurahan: r for r in recap.situation(fx.actor, WEEK)}
    pas, ken, sen = rows["Paseban"], rows["Kenari"], rows["Senen"]
    assert (pas.reports, pas.aman, pas.waspada, pas.rawan) == (4, 3, 1, 0)
    assert (pas.worst, pas.worst_threat) == ("waspada", "sedang")
    assert (ken.worst, ken.worst_threat, ken.rawan) == ("rawan", "tinggi", 1)
    assert (sen.reports, sen.worst, sen.worst_threat) == (0, None, None)
    threats = {r.level: r.reports for r in recap.threats(fx.actor, WEEK)}
    assert threats == {"nihil": 2, "rendah": 1, "sedang": 1, "tinggi": 1}


def test_rw_coverage(fx: Fixture) -> None:
    rows = {r.kelurahan: r for r in recap.coverage(fx.actor, WEEK)}
    assert (rows["Paseban"].visited, rows["Paseban"].total) == (2, 5)
    assert rows["Paseban"].missing == (3, 4, 6)  # RW 3 only in a deleted report
    assert rows["Paseban"].pct == 40.0
    assert (rows["Kenari"].visited, rows["Kenari"].total, rows["Kenari"].missing) == (1, 2, (2,))
    assert (rows["Senen"].visited, rows["Senen"].total, rows["Senen"].pct) == (0, 0, None)


def test_problems(fx: Fixture) -> None:
    rows = {
        r.kelurahan: (r.opened, r.settled, r.still_open) for r in recap.problems(fx.actor, WEEK)
    }
    assert rows == {"Paseban": (1, 1, 1), "Kenari": (1, 0, 2), "Senen": (0, 0, 0)}
    titles = [p.title for p in recap.open_problems(fx.actor, WEEK)]
    assert titles == ["Air selokan", "Sengketa parkir", "Kebisingan"]


def test_per_day_and_kelurahan(fx: Fixture) -> None:
    days = recap.per_day(fx.actor, WEEK)
    assert [d.day for d in days] == WEEK.dates()
    assert [d.reports for d in days] == [2, 1, 1, 1, 0, 0, 0]
    full = recap.build(fx.actor, WEEK, today=TODAY)
    assert {name: n for _, name, n in full.per_kelurahan} == {
        "Kenari": 1,
        "Paseban": 4,
        "Senen": 0,
    }
    assert full.total_reports == 5
    assert full.plan_totals == (6, 3, 2, 50.0)
    assert full.problem_totals == (2, 1, 3)
    assert full.coverage_totals == (3, 7)


def test_operation_period_counts_its_reports_only(fx: Fixture) -> None:
    period = periods.operation(fx.actor, fx.operation.id)
    assert (period.start, period.end) == (dt.date(2024, 8, 14), dt.date(2024, 12, 31))
    assert recap.total_reports(fx.actor, period) == 2  # R1, R2


def test_other_station_is_invisible(fx: Fixture) -> None:
    from sambang_tui.services.core.actor import Actor

    other = Actor(os_user="x", station_id=fx.station.id + 999, is_admin=True)
    assert recap.total_reports(other, WEEK) == 0
    assert recap.coverage(other, WEEK) == []


def test_benchmark_core_runs_on_the_fixture(fx: Fixture, db_target: str, tmp_path) -> None:
    """benchmarks/bench_recap.py end to end on the tiny fixture (numbers are
    printed by the benchmark, never asserted)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_recap.py"
    spec = importlib.util.spec_from_file_location("bench_recap", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    result = bench.run_benchmark(db_target, runs=1, out_dir=tmp_path)
    assert result["reports"] == 8 and result["newest"] == dt.date(2024, 12, 9)
    assert set(result["cases"]) == {"week", "month", "year"}
    assert result["cases"]["month"]["period_reports"] == 6  # December, live
    assert all(c["statements"] >= 6 for c in result["cases"].values())
    assert (tmp_path / "rekap-bulan.pdf").exists() and (tmp_path / "rekap-bulan.docx").exists()
    text = bench.format_report(result)
    assert "week" in text and "year" in text and "DOCX" in text


def test_a_draft_counts_nowhere_and_is_counted_aside(fx: Fixture) -> None:
    """A draft is not yet a report: adding one (with people met, a worse
    situation, a new RW, another officer) changes no figure of any table,
    only the number of drafts left out; a returned report was submitted and
    counts. The drill-down's list holds exactly the reports counted."""
    import dataclasses

    from recap_fixture import add_report

    from sambang_tui.services.recap import polres
    from sambang_tui.services.reports.listing import ReportFilter, count_reports

    before = recap.build(fx.actor, WEEK, today=TODAY)
    add_report(
        fx, "D1", dt.date(2024, 12, 3), "Kenari", 2, ["CS"], ["B"], "rawan", "tinggi",
        audience={"warga": 40}, status="draft",
    )  # fmt: skip
    after = recap.build(fx.actor, WEEK, today=TODAY)
    assert after.drafts == 1 and before.drafts == 0
    assert dataclasses.replace(after, drafts=0) == before
    assert recap.total_reports(fx.actor, WEEK) == 5
    listed = count_reports(
        fx.actor, ReportFilter(date_from=WEEK.start, date_to=WEEK.end, submitted=True)
    )
    assert listed == 5
    reader = dataclasses.replace(fx.actor, officer_id=None, is_admin=False, role=None)
    rows = polres.recap(reader, WEEK, today=TODAY).rows
    assert [r.reports for r in rows if r.station_id == fx.actor.station_id] == [5]
    add_report(fx, "K1", dt.date(2024, 12, 3), "Kenari", 2, ["CS"], ["B"], status="dikembalikan")
    assert recap.total_reports(fx.actor, WEEK) == 6
    assert recap.drafts_left_out(fx.actor, WEEK) == 1
