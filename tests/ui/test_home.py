"""F2 Beranda on the demo database (today 4 December 2024)."""

from __future__ import annotations

from textual.widgets import DataTable, Static
from ui.helpers import make_app, screen_lines, wait

from sambang_tui.services import home, runtime


async def test_home_shows_today_and_the_week(demo_target: str) -> None:
    app = make_app(demo_target)
    expected = home.home_summary(runtime.actor_for("desk"))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        screen = "\n".join(screen_lines(app))
        assert "Rabu, 4 Desember 2024" in screen
        assert "Polsek Senen" in screen
        week = str(app.screen.query_one("#home-week", Static).render())
        assert f"Laporan {expected.week.reports_total}" in week
        assert f"terlaksana {expected.week.plans_done}" in week
        assert f"Menunggu verifikasi ({expected.waiting_total})" in screen
        assert f"Masalah terbuka ({expected.problems_total})" in screen
        plans = app.screen.query_one("#home-plans", DataTable)
        assert plans.row_count == len(expected.plans)
        waiting = app.screen.query_one("#home-waiting", DataTable)
        assert waiting.row_count == len(expected.waiting)


async def test_enter_on_a_waiting_report_opens_it(demo_target: str) -> None:
    app = make_app(demo_target)
    first = home.home_summary(runtime.actor_for("desk")).waiting[0]
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        assert app.screen.focused is app.screen.query_one("#home-waiting", DataTable)
        await pilot.press("enter")
        await wait(pilot)
        assert type(app.screen).__name__ == "ReportDetailScreen"
        assert first.number in "\n".join(screen_lines(app))
        await pilot.press("escape")
        await wait(pilot)
        assert type(app.screen).__name__ == "HomeScreen"


async def test_enter_on_a_problem_lists_its_reports(demo_target: str) -> None:
    app = make_app(demo_target)
    problem = home.home_summary(runtime.actor_for("desk")).problems[0]
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("tab")  # waiting -> problems
        assert app.screen.focused.id == "home-problems"
        await pilot.press("enter")
        await wait(pilot)
        assert type(app.screen).__name__ == "ReportListScreen"
        assert app.screen.filt.problem_id == problem.id
        assert app.screen.query_one(DataTable).row_count == problem.reports
