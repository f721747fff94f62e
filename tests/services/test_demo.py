from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.db.models import (
    ActivityType,
    Contact,
    Household,
    InformationReport,
    Kelurahan,
    Officer,
    Opinion,
    Plan,
    Problem,
    Report,
    ReportAudience,
    ReportType,
    Station,
)
from sambang_tui.demo import build_demo, is_empty
from sambang_tui.services.admin import runtime
from sambang_tui.services.core.errors import ServiceError
from sambang_tui.services.reports import search_text
from sambang_tui.services.reports.numbers import report_number

TODAY = dt.date(2024, 12, 4)


def _fingerprint(target: str) -> tuple:
    runtime.connect(target)
    try:
        numbers = [r.number for r in Report.select(Report.number).order_by(Report.id)]
        plans = [
            (p.date, p.start_time, p.officer_id, p.status, p.report_id)
            for p in Plan.select().order_by(Plan.id)
        ]
        texts = [r.search_text for r in Report.select(Report.search_text).order_by(Report.id)]
        counts = tuple(m.select().count() for m in (Officer, Contact, Problem, Household, Opinion))
        return numbers, plans, texts, counts
    finally:
        runtime.close()


def test_two_builds_are_identical(tmp_path) -> None:
    a = build_demo(str(tmp_path / "a.db"), today=TODAY, os_user="desk")
    b = build_demo(str(tmp_path / "b.db"), today=TODAY, os_user="desk")
    assert (a.plans, a.reports, a.contacts, a.seed_report_number) == (
        b.plans,
        b.reports,
        b.contacts,
        b.seed_report_number,
    )
    assert _fingerprint(str(tmp_path / "a.db")) == _fingerprint(str(tmp_path / "b.db"))


def test_master_data(demo_target: str) -> None:
    runtime.connect(demo_target)
    station = Station.get()
    assert station.name == "Polsek Senen"
    assert station.polres == "Polres Metro Jakarta Pusat"
    assert station.polda == "Polda Metro Jaya"
    assert station.city == "Jakarta Pusat"
    assert station.humas_signoff == "Humas Polres Metro Jakarta Pusat"
    kapolsek = Officer.get_by_id(station.kapolsek_id)
    assert (kapolsek.rank, kapolsek.name, kapolsek.role) == (
        "AKP",
        "Bambang Santoso, SH., MH",
        "kapolsek",
    )
    names = {k.name for k in Kelurahan.select()}
    assert names == {"Senen", "Kwitang", "Kenari", "Paseban", "Kramat", "Bungur"}
    for kel in Kelurahan.select():
        assert 5 <= len(kel.rws) <= 10
        for rw in kel.rws:
            assert 5 <= len(rw.rts) <= 15
    assert Contact.select().count() >= 30
    assert len({c.category for c in Contact.select()}) >= 5
    assert len({c.kelurahan_id for c in Contact.select()}) == 6
    for officer in Officer.select():
        assert len(officer.nrp) == 8 and officer.nrp.isdigit()


def test_logins_map_to_roles(demo_target: str) -> None:
    runtime.connect(demo_target)
    desk = runtime.actor_for("desk")
    assert desk.is_admin and desk.role == "desk"
    assert runtime.actor_for("kanit").role == "kanit_binmas"
    assert runtime.actor_for("kapolsek").role == "kapolsek"
    for kel in ("senen", "kwitang", "kenari", "paseban", "kramat", "bungur"):
        bhabin = runtime.actor_for(f"bhabin.{kel}")
        assert bhabin.role == "bhabinkamtibmas" and not bhabin.is_admin
        assert bhabin.officer_id is not None
    assert runtime.actor_for("stranger").read_only


def test_current_login_is_mapped_to_a_desk_officer(tmp_path) -> None:
    target = str(tmp_path / "d.db")
    summary = build_demo(target, today=TODAY, os_user="siti")
    assert "siti" in summary.logins
    runtime.connect(target)
    actor = runtime.actor_for("siti")
    assert actor.is_admin and actor.role == "desk"
    runtime.close()


def test_seed_story(demo_target: str) -> None:
    runtime.connect(demo_target)
    report = Report.get(
        (Report.date == dt.date(2024, 12, 2)) & (Report.place == "Jalan Salemba Raya")
    )
    assert report.kelurahan.name == "Paseban"
    assert (report.rw.number, report.rt.number) == (6, 1)
    assert (report.start_time, report.end_time) == (dt.time(10, 0), dt.time(11, 30))
    codes = [t.activity_type.code for t in report.types.order_by(ReportType.position)]
    assert codes == ["SB", "CS"]
    lead = report.officer_links.get().officer
    assert lead.role == "bhabinkamtibmas" and lead.os_user == "bhabin.paseban"
    audience = {a.category: a.count for a in report.audience}
    assert set(audience) == {"warga", "tokoh_masyarakat", "kelompok_pemuda"}
    assert all(v > 0 for v in audience.values())
    assert "KPU DKI Jakarta" in report.message and "terprovokasi" in report.message
    assert report.situation == "aman_kondusif" and report.threat_level == "nihil"
    assert report.quote_by == "Kapolsek Senen AKP Bambang Santoso, SH., MH"
    assert report.quote_text
    assert report.status == "diverifikasi"
    assert report.operation.name == "Operasi Mantap Praja Jaya 2024"
    assert report.number == report_number(report.seq, report.date)
    plan = Plan.get(Plan.report == report.id)
    assert plan.status == "terlaksana"


def test_history_follows_today(demo_target: str) -> None:
    runtime.connect(demo_target)
    assert not Report.select().where(Report.date >= TODAY).exists()
    future = Plan.select().where(Plan.date >= TODAY)
    assert future.count() > 0 and {p.status for p in future} == {"rencana"}
    past = Plan.select().where(Plan.date < TODAY)
    done = past.where(Plan.status == "terlaksana").count()
    assert 0.7 < done / past.count() < 0.9
    assert past.where(Plan.status == "rencana").exists()
    for plan in past.where(Plan.status == "batal"):
        assert plan.cancel_reason
    # plans around the week of today and the next
    assert (
        Plan.select().where(Plan.date.between(dt.date(2024, 12, 9), dt.date(2024, 12, 14))).exists()
    )
    assert Plan.select().where(Plan.date == dt.date(2024, 10, 28)).exists()
    assert {r.status for r in Report.select()} == {
        "draft",
        "diajukan",
        "diverifikasi",
        "dikembalikan",
    }


def test_numbers_run_in_date_order(demo_target: str) -> None:
    runtime.connect(demo_target)
    rows = list(Report.select().order_by(Report.year, Report.seq))
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))
    assert [r.date for r in rows] == sorted(r.date for r in rows)
    assert all(r.number == report_number(r.seq, r.date) for r in rows)
    assert ReportAudience.select().count() >= len(rows)


def test_search_text_matches_the_service(demo_target: str) -> None:
    runtime.connect(demo_target)
    for report in Report.select().order_by(Report.id).limit(40):
        assert sorted(report.search_text.split()) == sorted(search_text.for_report(report).split())


def test_special_reports(demo_target: str) -> None:
    runtime.connect(demo_target)
    dd = ActivityType.get(ActivityType.code == "DD")
    info = InformationReport.select().first()
    assert info is not None and info.report.activity_type_id == dd.id
    assert info.source and info.facts and info.reliability and info.accuracy
    home = Household.select().first()
    assert home.report.activity_type.code == "DDS" and home.opinions.count() >= 1
    statuses = {p.status for p in Problem.select()}
    assert statuses == {"terbuka", "selesai"}
    for problem in Problem.select():
        assert problem.reports.count() >= 1
        if problem.status == "selesai":
            assert problem.resolution and problem.closed


def test_current_week_is_alive_on_any_day(tmp_path) -> None:
    today = dt.date(2026, 3, 11)
    target = str(tmp_path / "d.db")
    build_demo(target, today=today, os_user="desk")
    runtime.connect(target)
    monday = dt.date(2026, 3, 9)
    assert Plan.select().where(Plan.date.between(monday, monday + dt.timedelta(days=13))).count()
    assert Report.select().where(Report.date.between(monday, today)).exists()
    assert not Report.select().where(Report.date >= today).exists()
    assert Report.select().where(Report.year == 2026).order_by(Report.seq).first().seq == 1
    assert Report.select().where(Report.place == "Jalan Salemba Raya").exists()
    open_problems = list(Problem.select().where(Problem.status == "terbuka"))
    assert open_problems and all(p.opened >= today - dt.timedelta(days=14) for p in open_problems)
    assert all(p.reports.count() >= 1 for p in open_problems)
    assert Problem.select().where(Problem.status == "selesai").exists()
    runtime.close()


def test_refuses_a_database_with_data(demo_target: str) -> None:
    assert not is_empty(demo_target)
    with pytest.raises(ServiceError, match="sudah berisi data"):
        build_demo(demo_target, today=TODAY, os_user="desk")
    summary = build_demo(demo_target, today=TODAY, os_user="desk", replace=True)
    runtime.connect(demo_target)
    assert Report.select().count() == summary.reports
    assert Officer.select().count() == summary.officers


def test_new_rows_after_demo_get_fresh_ids(demo_target: str) -> None:
    runtime.connect(demo_target)
    station = Station.get()
    kel = Kelurahan.create(station=station, name="Baru")
    assert kel.id > 6
    officer = Officer.create(station=station, nrp="99999999", name="X", rank="Bripda")
    assert officer.id > Officer.select().count() - 1


def test_empty_database_is_empty(db_target: str) -> None:
    assert is_empty(db_target)
    runtime.connect(db_target)  # a fresh database: default station and types only
    runtime.close()
    assert is_empty(db_target)


def test_a_station_set_up_by_hand_is_kept(db, db_target: str) -> None:
    Station.update(name="Polsek Menteng").execute()
    runtime.close()
    assert not is_empty(db_target)
    with pytest.raises(ServiceError, match="sudah berisi data"):
        build_demo(db_target, today=TODAY, os_user="desk")
    runtime.connect(db_target)
    assert Station.get().name == "Polsek Menteng"
