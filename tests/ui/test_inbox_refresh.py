"""Kotak masuk (F8) is a queue several desks share: what another desk or
'sambang inbox import' adds shows without Ctrl+R (F8 again, or by itself
while shown), and a message another desk has open says so."""

from __future__ import annotations

from pathlib import Path

import inbox_exports as ie
from textual.widgets import DataTable
from ui.helpers import make_app, poll_until, wait

from sambang_tui.db.models import InboxItem
from sambang_tui.services.admin import runtime
from sambang_tui.services.inbox.importer import import_export
from sambang_tui.ui.screens.inbox import InboxScreen


def _import(target: str, tmp_path: Path) -> None:
    """What 'sambang inbox import' does in another process."""
    db = runtime.connect(target)
    export = ie.write_zip(tmp_path / "grup.zip", ie.day_messages(), "android_id")
    with db.connection_context():
        import_export(runtime.actor_for("desk"), export)


async def test_f8_again_shows_what_an_import_added(demo_target: str, tmp_path: Path) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f8")
        await wait(pilot)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 0
        _import(demo_target, tmp_path)
        await pilot.press("f8")
        await poll_until(pilot, lambda: table.row_count == 3)


async def test_the_queue_reloads_by_itself_while_shown(
    demo_target: str, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(InboxScreen, "REFRESH_SECONDS", 0.2)
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f8")
        await wait(pilot)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 0
        _import(demo_target, tmp_path)
        await poll_until(pilot, lambda: table.row_count == 3)


async def test_a_message_another_desk_has_open_says_so(demo_target: str, tmp_path: Path) -> None:
    _import(demo_target, tmp_path)
    InboxItem.update(state="dibuka", handled_by="kanit").execute()
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f8")
        await wait(pilot)
        await pilot.press("enter")
        await wait(pilot)

        def said() -> bool:
            return any(
                "sudah dibuka oleh Iptu Dedi Suryadi di meja lain" in str(n.message)
                for n in app._notifications
            )

        await poll_until(pilot, said)
        assert type(app.screen).__name__ == "InboxEntryScreen"  # still opened: a warning


async def test_a_reload_that_finds_nothing_new_does_not_redraw(
    demo_target: str, tmp_path: Path, monkeypatch
) -> None:
    """The timer reads the queue every 30 s; when nothing changed the table
    is not rebuilt (no flicker over SSH, the cursor where the desk left it)."""
    _import(demo_target, tmp_path)
    monkeypatch.setattr(InboxScreen, "REFRESH_SECONDS", 0.1)
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f8")
        await wait(pilot)
        screen = app.screen
        assert isinstance(screen, InboxScreen)
        table = screen.query_one(DataTable)
        await poll_until(pilot, lambda: table.row_count == 3)
        await pilot.press("down")
        cleared: list[int] = []
        monkeypatch.setattr(table, "clear", lambda *a, **k: cleared.append(1) or table)
        reloads: list[int] = []
        shown = screen.show_page
        monkeypatch.setattr(screen, "show_page", lambda page: (reloads.append(1), shown(page)))
        await poll_until(pilot, lambda: len(reloads) >= 3)
        assert cleared == []
        assert table.cursor_row == 1
        InboxItem.update(state="diabaikan", reason="dobel").where(
            InboxItem.id == screen.rows[2].id
        ).execute()
        monkeypatch.undo()
        await poll_until(pilot, lambda: table.row_count == 2)
