"""Snapshot at 80×24 of the Kotak masuk queue on the demo database with a
day's export imported. (The form opened from an item is the entry form,
which changes with its own work; tests/ui/test_inbox.py checks it by keys.)

Update with ``pytest tests/snapshots/test_snap_inbox.py --snapshot-update``
after looking at ``snapshot_report.html``."""

from __future__ import annotations

from pathlib import Path

import inbox_exports as ie
from ui.helpers import make_app, wait

from sambang_tui.services.admin import runtime
from sambang_tui.services.inbox.importer import import_export


def _imported(target: str, tmp_path: Path) -> None:
    runtime.connect(target)
    export = ie.write_zip(tmp_path / "grup.zip", ie.day_messages(), "android_id")
    import_export(runtime.actor_for("desk"), export)


async def _settle(pilot) -> None:
    await wait(pilot)
    for widget in pilot.app.screen.query("Input"):
        widget.cursor_blink = False
    await pilot.pause()


def test_inbox_queue(demo_target: str, tmp_path: Path, snap_compare) -> None:
    _imported(demo_target, tmp_path)

    async def run_before(pilot) -> None:
        await pilot.press("f8")
        await _settle(pilot)

    assert snap_compare(make_app(demo_target), terminal_size=(80, 24), run_before=run_before)
