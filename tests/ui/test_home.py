"""F2 Beranda, the desk's inbox, on the demo database (today 4 December
2024) at 80×24: the week in two lines that never wrap, the work to do one
Enter away, the reviewer's queue, open problems."""

from __future__ import annotations

from textual.widgets import DataTable, Static
from ui.helpers import make_app, screen_lines, wait

from sambang_tui.services.admin import runtime
from sambang_tui.services.desk import home


def todo_table(app) -> DataTable:
    return app.screen.query_one("#home-todo", DataTable)


async def test_home_shows_the_week_and_the_work(demo_target: str) -> None:
    app = make_app(demo_target)
    expected = home.home_summary(runtime.actor_for("desk"))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        lines = screen_lines(app)
        screen = "\n".join(lines)
        assert "Rabu, 4 Desember 2024" in screen and "Polsek Senen" in screen
        week = str(app.screen.query_one("#home-week", Static).render())
        assert week.startswith("Minggu 02/12–08/12") and "Pekan" not in screen
        assert f"Laporan {expected.week.reports_total}" in week
        assert f"terlaksana {expected.week.plans_done}" in week
        # the two summary lines stay two lines: the work title follows at once
        assert lines[1].startswith("Minggu") and lines[2].startswith("Rencana")
        assert lines[3].startswith(f"Perlu dikerjakan ({expected.todo_total})")
        assert f"Masalah terbuka ({expected.problems_total})" in screen
        assert todo_table(app).row_count == len(expected.todo)
        assert app.screen.focused is todo_table(app)


async def test_week_line_never_wraps_even_with_every_status(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        summary = app.screen.summary
        statuses = {"draft": 123, "diajukan": 456, "diverifikasi": 789, "dikembalikan": 101}
        week = type(summary.week)(summary.week.start, summary.week.end, statuses, 99, 99, 99)
        app.screen.show_summary(type(summary)(**{**summary.__dict__, "week": week}))
        await pilot.pause()
        lines = screen_lines(app)
        assert lines[2].startswith("Rencana") and lines[3].startswith("Perlu dikerjakan")


async def test_enter_on_a_returned_report_shows_what_to_fix(demo_target: str) -> None:
    app = make_app(demo_target)
    first = home.home_summary(runtime.actor_for("desk")).todo[0]
    assert first.kind == home.RETURNED
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("enter")
        await wait(pilot)
        assert type(app.screen).__name__ == "ReportDetailScreen"
        shown = "\n".join(screen_lines(app))
        assert first.label in shown and first.note[:30] in " ".join(shown.split())
        await pilot.press("escape")
        await wait(pilot)
        assert type(app.screen).__name__ == "HomeScreen"


async def test_enter_on_a_missed_plan_opens_the_form_filled_from_it(demo_target: str) -> None:
    app = make_app(demo_target)
    summary = home.home_summary(runtime.actor_for("desk"))
    index, plan = next((i, x) for i, x in enumerate(summary.todo) if x.kind == home.MISSED)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        todo_table(app).move_cursor(row=index)
        await pilot.press("enter")
        await wait(pilot)
        assert type(app.screen).__name__ == "EntryScreen"
        assert app.screen.initial.plan_id == plan.plan_id
        assert app.screen.form.input("date").value == plan.date.strftime("%d/%m/%Y")


async def test_a_reviewer_sees_the_queue_first(demo_target: str) -> None:
    app = make_app(demo_target, user="kanit")
    first = home.home_summary(runtime.actor_for("kanit")).todo[0]
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        assert screen_lines(app)[5].startswith(" Diajukan")
        await pilot.press("enter")
        await wait(pilot)
        assert type(app.screen).__name__ == "ReportDetailScreen"
        assert first.label in "\n".join(screen_lines(app))


async def test_enter_on_a_problem_lists_its_reports(demo_target: str) -> None:
    app = make_app(demo_target)
    problem = home.home_summary(runtime.actor_for("desk")).problems[0]
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("tab")  # to do -> problems
        assert app.screen.focused.id == "home-problems"
        await pilot.press("enter")
        await wait(pilot)
        assert type(app.screen).__name__ == "ReportListScreen"
        assert app.screen.filt.problem_id == problem.id
        assert app.screen.query_one(DataTable).row_count == problem.reports
