"""A desk with the app open while an admin runs 'sambang restore' on the
shared file is told, and the screen shown reads the restored data."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from ui.helpers import make_app, poll_until, wait

from sambang_tui.db.database import sqlite_path
from sambang_tui.services.admin.backup import record_restore
from sambang_tui.ui import startup


async def test_a_restore_under_the_app_is_told_and_reloaded(demo_target: str, monkeypatch) -> None:
    path = sqlite_path(demo_target)
    if path is None:
        return
    monkeypatch.setattr(startup, "RESTORE_CHECK_SECONDS", 0.2)
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await wait(pilot)
        reloads: list[int] = []
        screen = app.screen
        real = screen.action_reload
        monkeypatch.setattr(screen, "action_reload", lambda: (reloads.append(1), real())[1])
        # what the restore in another process writes into the file
        with closing(sqlite3.connect(str(path), timeout=5)) as other:
            other.execute("DELETE FROM report WHERE id > 5")
            other.commit()
            record_restore(other, "desk", Path("/tmp/x.db"), Path("/tmp/safety.db"))

        def told() -> bool:
            return any("baru saja dipulihkan" in str(n.message) for n in app._notifications)

        await poll_until(pilot, told)
        await poll_until(pilot, lambda: bool(reloads))
