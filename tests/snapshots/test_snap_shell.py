"""Snapshots at 80×24 of the shell's screens on the demo database
(today 4 December 2024): home, reports list, report detail, help.

Update with ``pytest tests/snapshots/test_snap_shell.py --snapshot-update``
after looking at ``snapshot_report.html``."""

from __future__ import annotations

from ui.helpers import make_app, wait

SEED_SEARCH = ["slash", *"salemba rekapitulasi", "enter"]


async def _settle(pilot) -> None:
    await wait(pilot)
    for widget in pilot.app.screen.query("Input"):
        widget.cursor_blink = False
    await pilot.pause()


def test_home(demo_target: str, snap_compare) -> None:
    assert snap_compare(make_app(demo_target), terminal_size=(80, 24), run_before=_settle)


def test_report_list(demo_target: str, snap_compare) -> None:
    async def run_before(pilot) -> None:
        await pilot.press("f5")
        await _settle(pilot)

    assert snap_compare(make_app(demo_target), terminal_size=(80, 24), run_before=run_before)


def test_report_detail(demo_target: str, snap_compare) -> None:
    async def run_before(pilot) -> None:
        await pilot.press("f5")
        await wait(pilot)
        await pilot.press(*SEED_SEARCH)
        await wait(pilot)
        await pilot.press("enter")
        await _settle(pilot)

    assert snap_compare(make_app(demo_target), terminal_size=(80, 24), run_before=run_before)


def test_help(demo_target: str, snap_compare) -> None:
    async def run_before(pilot) -> None:
        await pilot.press("f5")
        await wait(pilot)
        await pilot.press("f1")
        await _settle(pilot)

    assert snap_compare(make_app(demo_target), terminal_size=(80, 24), run_before=run_before)


def test_filter_dialog(demo_target: str, snap_compare) -> None:
    async def run_before(pilot) -> None:
        await pilot.press("f5")
        await wait(pilot)
        await pilot.press("f")
        await _settle(pilot)

    assert snap_compare(make_app(demo_target), terminal_size=(80, 24), run_before=run_before)
