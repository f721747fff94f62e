"""F3 Jadwal on the demo database (today 4 December 2024): week and month
view at 80×24 and 160×48, and the uncovered-RW panel.

Update with ``pytest tests/snapshots/test_snap_jadwal.py --snapshot-update``
after looking at ``snapshot_report.html``."""

from __future__ import annotations

import pytest
from ui.helpers import make_app, wait

SIZES = [(80, 24), (160, 48)]


def _keys(*keys: str):
    async def run_before(pilot) -> None:
        await pilot.press("f3")
        await wait(pilot)
        for key in keys:
            await pilot.press(key)
            await wait(pilot)

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_snap_jadwal_week(snap_compare, demo_target: str, size: tuple[int, int]) -> None:
    run_before = _keys("down", "down")
    assert snap_compare(make_app(demo_target), run_before=run_before, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_snap_jadwal_month(snap_compare, demo_target: str, size: tuple[int, int]) -> None:
    run_before = _keys("m")
    assert snap_compare(make_app(demo_target), run_before=run_before, terminal_size=size)


def test_snap_jadwal_uncovered(snap_compare, demo_target: str) -> None:
    run_before = _keys("u")
    assert snap_compare(make_app(demo_target), run_before=run_before, terminal_size=(80, 24))
