"""Keys typed ahead of the screen (a burst over a slow SSH link, arriving in
one read) land in the fields they were meant for: Enter moves on before the
next key is read, in the real app on a pseudo-terminal."""

from __future__ import annotations

import os
from typing import Any

from real_terminal import KEYS, RealApp
from test_draft_kill import env, open_entry, stored, target  # noqa: F401  (fixtures)

from sambang_tui.db.models import ActivityType, Officer
from sambang_tui.services.admin import runtime

ENTER = KEYS["enter"]


def type_burst(db: str, app_env: dict[str, str], burst: str, until: str, what: str) -> Any:
    """Type ``burst`` into a new report form in one write (the app reads it
    as one chunk), wait for ``until`` on screen, quit; the stored draft."""
    app = RealApp(db, app_env)
    try:
        open_entry(app)
        assert app.master is not None
        app.mark()
        os.write(app.master, burst.encode())
        app.wait_for(until, what)
        app.press("ctrl+q")
        app.wait_for("Kembali (n, Esc)", "the question: the form holds typed work")
        app.press("ctrl+q")  # again: quit
        app.wait_exit()
    finally:
        app.close()
    data = stored(db)
    assert data is not None
    return data


def test_burst_after_enter_lands_in_the_next_fields(target: str, env: dict[str, str]) -> None:  # noqa: F811
    burst = "1/12" + ENTER + "9" + ENTER + "11" + ENTER
    data = type_burst(target, env, burst, "11.00", "the end time, filled")
    assert data["date"] == "2024-12-01", data
    assert (data["_raw"]["start_time"], data["_raw"]["end_time"]) == ("09.00", "11.00"), data


def test_burst_through_pickers_chooses_and_moves_on(target: str, env: dict[str, str]) -> None:  # noqa: F811
    """Enter after a picker's text, both still unread by the picker: the
    choice is made from the whole text and the keys behind Enter go on to the
    next field (officer → type → kelurahan → RW)."""
    burst = "1/12" + ENTER + "9" + ENTER + ENTER + "sutris" + ENTER + "sb" + ENTER
    data = type_burst(target, env, burst, "Sambang", "the type chosen")
    runtime.connect(target, migrate=False)
    try:
        sutrisno = Officer.get(Officer.nrp == "78050123").id
        sambang = ActivityType.get(ActivityType.code == "SB").id
    finally:
        runtime.close()
    assert data["officer_ids"] == [sutrisno], data
    assert data["type_ids"] == [sambang], data
    assert data["_raw"]["start_time"] == "09.00", data
