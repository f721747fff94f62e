"""How fast the schedule grid draws: 200 officers × a month of plans.

Builds a database (a temporary SQLite file, or takes one with ``--db``),
then, in this process, measures medians over ``--runs`` runs of:

- ``load``: reading the month's grid data from SQL (``schedule.load_grid``);
- ``redraw``: rendering every visible line of the month view (cells cached
  by the widget), and ``cold``: the same with the cell cache emptied, as
  right after new data arrives;
- ``cursor``: one cursor move plus rendering every visible line again;

at 160×48 and 80×24, and prints them beside a baseline — building the same
number of plain ``Strip`` lines of the same width in this process — and the
ratio to it. Numbers only; nothing here passes or fails.

    python benchmarks/bench_grid.py [--db URL_OR_PATH] [--officers 200] [--runs 30]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

MONTH = dt.date(2024, 12, 1)
SIZES: tuple[tuple[int, int], ...] = ((160, 48), (80, 24))


def build_db(target: str, officers: int = 200, month: dt.date = MONTH) -> int:
    """Fill ``target`` with a station of ``officers`` Bhabins over
    ``officers // 4`` kelurahan (8 RWs each) and one or two plans per
    officer per day of ``month``. Returns the number of plans."""
    import calendar

    from sambang_tui.db.models import RW, ActivityType, Assignment, Kelurahan, Officer, Plan
    from sambang_tui.services.admin import runtime
    from sambang_tui.services.core.store import write

    runtime.connect(target)
    station = runtime.station_for()
    days = calendar.monthrange(month.year, month.month)[1]
    types = [t.id for t in ActivityType.select().order_by(ActivityType.sort)]

    def fill() -> int:
        kel_ids: list[int] = []
        rw_ids: dict[int, list[int]] = {}
        for k in range(max(1, officers // 4)):
            kel = Kelurahan.create(station=station, name=f"Kelurahan {k + 1:03d}")
            kel_ids.append(kel.id)
            rw_ids[kel.id] = [RW.create(kelurahan=kel, number=n).id for n in range(1, 9)]
        rows = []
        for i in range(officers):
            officer = Officer.create(
                station=station,
                nrp=f"{90000000 + i}",
                name=f"Personel {i + 1:03d}",
                rank="Bripka",
                role="bhabinkamtibmas",
            )
            kel_id = kel_ids[i % len(kel_ids)]
            Assignment.create(officer=officer, kelurahan=kel_id, start=dt.date(2024, 1, 1))
            for d in range(days):
                for j in range(1 + (i + d) % 2):
                    rows.append(
                        {
                            "station": station.id,
                            "date": month + dt.timedelta(days=d),
                            "officer": officer.id,
                            "activity_type": types[(i + d + j) % len(types)],
                            "kelurahan": kel_id,
                            "rw": rw_ids[kel_id][(d + j) % 8],
                            "status": "batal" if (i * d) % 23 == 0 else "rencana",
                        }
                    )
        for start in range(0, len(rows), 500):
            Plan.insert_many(rows[start : start + 500]).execute()
        return len(rows)

    return write(fill)


def _median_ms(fn: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


async def _measure_size(data: Any, size: tuple[int, int], runs: int) -> dict[str, float]:
    from rich.segment import Segment
    from textual.app import App, ComposeResult
    from textual.strip import Strip

    from sambang_tui.ui.widgets.schedule_grid import ScheduleGrid

    class GridApp(App[None]):
        def compose(self) -> ComposeResult:
            yield ScheduleGrid(id="grid")

    app = GridApp()
    async with app.run_test(size=size) as pilot:
        grid = app.query_one(ScheduleGrid)
        grid.set_data(data, True, (data.officers[0].id if data.officers else None, data.start))
        await pilot.pause()
        width = grid.scrollable_content_region.width
        height = grid.scrollable_content_region.height

        def redraw() -> None:
            for y in range(height):
                grid.render_line(y)

        def cold_redraw() -> None:
            grid._cells.clear()  # as after new data: every visible cell built again
            redraw()

        step = [1]

        def cursor() -> None:
            if not 0 <= grid.cursor_col + step[0] < len(data.days):
                step[0] = -step[0]
            grid.action_move(0, step[0])
            redraw()

        style = grid.rich_style

        def baseline() -> None:
            for y in range(height):
                Strip([Segment(f"{y:>{width}}", style)]).adjust_cell_length(width, style)

        redraw()  # warm the style cache
        result = {
            "redraw_ms": _median_ms(redraw, runs),
            "cold_redraw_ms": _median_ms(cold_redraw, runs),
            "cursor_ms": _median_ms(cursor, runs),
            "baseline_ms": _median_ms(baseline, runs),
            "lines": float(height),
        }
    base = max(result["baseline_ms"], 1e-6)
    result["redraw_ratio"] = result["redraw_ms"] / base
    result["cursor_ratio"] = result["cursor_ms"] / base
    return result


def run_benchmark(
    target: str | None = None,
    *,
    officers: int = 200,
    runs: int = 30,
    month: dt.date = MONTH,
    sizes: tuple[tuple[int, int], ...] = SIZES,
    build: bool | None = None,
) -> dict[str, Any]:
    """Build (when ``target`` is None, or ``build`` is true) and measure.
    Returns ``{"officers", "plans", "load_ms", "sizes": {"160x48": {...}}}``."""
    import calendar

    from sambang_tui.db.models import Plan
    from sambang_tui.services.admin import runtime
    from sambang_tui.services.core.actor import Actor
    from sambang_tui.services.schedule import grid as schedule

    tmp = None
    if target is None:
        tmp = tempfile.TemporaryDirectory()
        target = str(Path(tmp.name) / "bench.db")
        build = True
    try:
        if build:
            build_db(target, officers, month)
        else:
            runtime.connect(target)
        station = runtime.station_for()
        actor = Actor(os_user="bench", station_id=station.id, is_admin=True)
        end = month.replace(day=calendar.monthrange(month.year, month.month)[1])
        load = lambda: schedule.load_grid(actor, month, end, today=month)  # noqa: E731
        data = load()
        report: dict[str, Any] = {
            "officers": len(data.officers),
            "days": len(data.days),
            "plans": Plan.select().where(Plan.date.between(month, end)).count(),
            "load_ms": _median_ms(load, max(1, runs // 5)),
            "sizes": {},
        }
        for size in sizes:
            report["sizes"][f"{size[0]}x{size[1]}"] = asyncio.run(_measure_size(data, size, runs))
        return report
    finally:
        runtime.close()
        if tmp is not None:
            tmp.cleanup()


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"schedule grid: {report['officers']} officers × {report['days']} days, "
        f"{report['plans']} plans",
        f"  load month from SQL        {report['load_ms']:8.2f} ms (median)",
    ]
    for size, r in report["sizes"].items():
        lines.append(
            f"  {size:>7}: full redraw {r['redraw_ms']:7.3f} ms ({int(r['lines'])} lines, "
            f"{r['redraw_ratio']:.1f}× baseline {r['baseline_ms']:.3f} ms; "
            f"cold {r['cold_redraw_ms']:.3f} ms) · "
            f"cursor move {r['cursor_ms']:7.3f} ms ({r['cursor_ratio']:.1f}×)"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="use this database (path or URL) instead of building one")
    parser.add_argument("--build", action="store_true", help="fill --db with the bench data first")
    parser.add_argument("--officers", type=int, default=200)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--month", default=MONTH.isoformat(), help="first day of the month")
    args = parser.parse_args()
    report = run_benchmark(
        args.db,
        officers=args.officers,
        runs=args.runs,
        month=dt.date.fromisoformat(args.month),
        build=args.build or None,
    )
    print(format_report(report))


if __name__ == "__main__":
    main()
