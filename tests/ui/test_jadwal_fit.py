"""Jadwal at 80×24 (issue 13, item 10): a cell with more plans keeps the
RW of its first (`✓DDS 07+`, was `✓DDS+1`); the week keeps today's column
and its HARI INI mark; the month shows about two weeks at once (was nine
days) and says which day is today. With the uncovered-RW panel open (`u`)
the narrower cells still say HARI INI (round 21: it became "KINI")."""

from __future__ import annotations

import datetime as dt

from ui.helpers import screen_lines
from ui.test_jadwal import TODAY, add, make_app, open_grid, seeded, wait  # noqa: F401
from ui.test_jadwal_grid import plan

from sambang_tui.ui.widgets.schedule_grid import cell_pieces


def test_more_plans_keep_the_rw_of_the_first() -> None:
    day = dt.date(2024, 12, 2)
    two = [plan(1, 1, day, code="DDS", rw=7), plan(2, 1, day, code="SB", rw=2)]
    assert "".join(text for text, _ in cell_pieces(two, 8, False)) == "·DDS 07+"
    assert "".join(text for text, _ in cell_pieces(two, 9, False)) == "·DDS 07+1"
    assert "".join(text for text, _ in cell_pieces(two[:1], 8, False)) == "·DDS 07"


async def test_week_and_month_at_80_columns(seeded) -> None:  # noqa: F811
    target, actor, seed = seeded
    add(actor, seed, TODAY, type_id=seed.types["DDS"], rw=5)
    add(actor, seed, TODAY, type_id=seed.types["SB"], rw=2)
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        lines = screen_lines(app)
        header, marks = lines[2], lines[3]
        assert "Sen 02" in header and "Min 08" in header  # all seven days
        column = header.index("Rab 04")
        assert marks[column - 1 : column + 8].strip() == "HARI INI"
        assert any("·DDS 05+" in line for line in lines)
        assert all(len(line) <= 80 for line in lines)
        await pilot.press("m")
        await wait(pilot)
        lines = screen_lines(app)
        assert "HARI INI Rab 04/12" in lines[1]
        days = lines[3].split()
        assert days[:3] == ["01", "02", "03"] and len(days) >= 13
        assert all(len(line) <= 80 for line in lines)


async def test_today_mark_with_the_uncovered_panel(seeded) -> None:  # noqa: F811
    target, _actor, _seed = seeded
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("u")
        await wait(pilot)
        lines = screen_lines(app)
        header, marks = lines[2], lines[3]
        assert "│" in header  # the panel is open: the cells are narrower
        column = header.index("Rab 04")
        assert marks[column - 1 : column + 7] == "HARI INI", marks
        assert "KINI" not in marks.replace("HARI INI", "")
