"""Snapshots of the quick-entry form (F4) on the demo database (today
4 December 2024): empty at 80×24 and 120×36, and mid-entry at 80×24 with
chips and the type completion open.

Update with ``pytest tests/snapshots/test_snap_entry.py --snapshot-update``
after looking at ``snapshot_report.html``."""

from __future__ import annotations

from ui.helpers import make_app, wait


async def _settle(pilot) -> None:
    await wait(pilot)
    screen = pilot.app.screen
    for widget in screen.query("Input, TextArea"):
        widget.cursor_blink = False
    flush = getattr(screen, "flush_draft", None)
    if flush is not None:
        flush()
    await wait(pilot)


async def _open(pilot) -> None:
    await wait(pilot)
    await pilot.press("f4")
    await _settle(pilot)


def test_entry_80x24(demo_target: str, snap_compare) -> None:
    assert snap_compare(make_app(demo_target), terminal_size=(80, 24), run_before=_open)


def test_entry_120x36(demo_target: str, snap_compare) -> None:
    assert snap_compare(make_app(demo_target), terminal_size=(120, 36), run_before=_open)


def test_entry_typing_80x24(demo_target: str, snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _open(pilot)
        await pilot.press("-", "2", "enter", "1", "0", "enter", "1", "1", "3", "0", "enter")
        await pilot.press(*"sutr", "enter")
        await wait(pilot)
        await pilot.press(*"sb", ",", "c")
        await _settle(pilot)

    assert snap_compare(make_app(demo_target), terminal_size=(80, 24), run_before=run_before)
