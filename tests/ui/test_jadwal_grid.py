"""The grid widget alone, on hand-made data: what a cell shows, the fixed
officer column and day header while the body scrolls, and only visible
lines being drawn."""

from __future__ import annotations

import datetime as dt

from textual.app import App, ComposeResult

from sambang_tui.services.schedule.grid import GridData, GridOfficer, PlanCell
from sambang_tui.ui.widgets.schedule_grid import ScheduleGrid, cell_pieces, safe

START = dt.date(2024, 12, 1)


def plan(pid: int, officer: int, day: dt.date, code="CS", rw=6, status="rencana", issues=()):
    return PlanCell(
        id=pid, version=1, date=day, officer_id=officer, start_time=None, type_id=1,
        type_code=code, kelurahan_id=1, kelurahan="Paseban", rw=rw, rt=None, target="",
        note="", status=status, stored_status=status, report_id=None, cancel_reason="",
        issues=frozenset(issues),
    )  # fmt: skip


def data(officers: int = 40, days: int = 31) -> GridData:
    rows = [
        GridOfficer(i, f"{90000000 + i}", "Bripka", f"Personel {i:02d}", "bhabinkamtibmas",
                   1 + i // 10, f"Kel {1 + i // 10}")
        for i in range(1, officers + 1)
    ]  # fmt: skip
    cells = {}
    for i in range(1, officers + 1):
        for d in range(days):
            day = START + dt.timedelta(days=d)
            cells[(i, day)] = [plan(i * 100 + d, i, day, rw=d % 9 + 1)]
    end = START + dt.timedelta(days=days - 1)
    return GridData(START, end, dt.date(2024, 12, 4), rows, cells, {dt.date(2024, 12, 25): "Natal"})


class GridApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ScheduleGrid()


def test_cell_pieces_fit_and_count():
    day = START
    one = [plan(1, 1, day)]
    assert cell_pieces(one, 8, False) == [("·CS 06", "rencana")]
    three = [plan(1, 1, day), plan(2, 1, day, "SB", 2, "terlaksana"), plan(3, 1, day, "DD", 1)]
    assert cell_pieces(three, 8, False) == [("·CS 06", "rencana"), ("+2", "more")]
    assert cell_pieces(three, 17, False) == [
        ("·CS 06", "rencana"),
        (" ✓SB 02", "terlaksana"),
        ("+1", "more"),
    ]
    flagged = [plan(1, 1, day, status="terlewat", issues=("double",))]
    assert cell_pieces(flagged, 8, False) == [("!CS 06*", "terlewat")]
    assert cell_pieces(three, 6, True) == [("·CS", "rencana"), ("+2", "more")]
    tight = [plan(1, 1, day, "PKM"), plan(2, 1, day, "DDS")]
    assert cell_pieces(tight, 4, True) == [("·P", "rencana"), ("+1", "more")]
    for pieces in (cell_pieces(three, w, c) for w in range(2, 20) for c in (True, False)):
        assert sum(len(text) for text, _ in pieces) <= 19


def test_safe_drops_escape_codes():
    assert safe("Jl. \x1b[31mMerah\x07") == "Jl. [31mMerah"
    assert safe("[bold]x[/]") == "[bold]x[/]"


async def test_header_and_officer_column_stay_while_body_scrolls():
    app = GridApp()
    async with app.run_test(size=(80, 24)) as pilot:
        grid = app.query_one(ScheduleGrid)
        grid.set_data(data(), True, (1, START))
        await pilot.pause()
        grid.focus()
        for _ in range(30):
            await pilot.press("down")
        for _ in range(20):
            await pilot.press("right")
        await pilot.pause()
        assert grid.cursor_officer.name == "Personel 31"
        assert grid.cursor_day == START + dt.timedelta(days=20)
        assert grid.scroll_offset.y > 0 and grid.scroll_offset.x > 0
        lines = [grid.render_line(y).text for y in range(grid.size.height)]
        assert lines[0].startswith(" Personel")
        # a month at 80 columns: weekday over day number
        assert "Sab" in lines[0] and "21" in lines[1].split() and "01" not in lines[1].split()
        body = [line for line in lines[2:] if line.startswith(" Personel ")]
        assert any(line.startswith(" Personel 31 ") for line in body)  # rank dropped: narrow
        assert all(len(line) == grid.size.width for line in lines)
        await pilot.press("end", "home")
        assert grid.cursor_day == START


async def test_only_visible_lines_are_rendered(monkeypatch):
    app = GridApp()
    calls: list[int] = []
    async with app.run_test(size=(80, 24)) as pilot:
        grid = app.query_one(ScheduleGrid)
        original = grid._officer_line

        def counting(row: int, width: int):
            calls.append(row)
            return original(row, width)

        monkeypatch.setattr(grid, "_officer_line", counting)
        grid.set_data(data(officers=200), True, (1, START))
        await pilot.pause()
        await pilot.pause()
        assert calls and max(calls) < 24 and len(set(calls)) <= 24
