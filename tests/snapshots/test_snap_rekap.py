"""F6 Rekap at 80×24 on the demo database, today 4 December 2024: the
default last full week, and the officers of the month of November."""

from __future__ import annotations

from ui.helpers import make_app, wait


def test_snap_rekap_week(snap_compare, demo_target: str) -> None:
    async def run_before(pilot) -> None:
        await pilot.press("f6")
        await wait(pilot)

    assert snap_compare(make_app(demo_target), run_before=run_before, terminal_size=(80, 24))


def test_snap_rekap_month_officers(snap_compare, demo_target: str) -> None:
    async def run_before(pilot) -> None:
        await pilot.press("f6")
        await wait(pilot)
        await pilot.press("b", "2")
        await wait(pilot)

    assert snap_compare(make_app(demo_target), run_before=run_before, terminal_size=(80, 24))
