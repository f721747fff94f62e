"""A plan realised with `r` and saved leaves no draft behind (issue 13,
item 12: the form wrote its saved values back as a draft while closing, and
every start said "Ada 1 draf suntingan…")."""

from __future__ import annotations

import datetime as dt

from ui.helpers import wait, wait_until
from ui.test_jadwal import TODAY, add, make_app, open_grid, seeded  # noqa: F401  (fixture)

from sambang_tui.db.models import Draft, Plan
from sambang_tui.services.desk import drafts


async def test_realised_and_saved_plan_keeps_no_draft(seeded) -> None:  # noqa: F811
    target, actor, seed = seeded
    pid = add(actor, seed, TODAY, start_time=dt.time(10), rt=1, target="Jl. Salemba Raya")
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("down", "r")
        await wait(pilot)
        app.screen.query_one("#f-narrative").focus()
        await pilot.press(*"Sambang warga")
        await pilot.pause(1.3)  # past the draft debounce: a draft is kept while typing
        await wait(pilot)
        assert drafts.load_draft("desk", f"entry.plan.{pid}") is not None
        await pilot.press(*" RW 06", "ctrl+s")  # saved within the debounce of the last keys
        await wait_until(pilot, lambda: Plan.get_by_id(pid).report_id is not None)
        assert Plan.get_by_id(pid).report_id is not None
    assert [d.form for d in Draft.select()] == []
