"""Realising a plan that another desk moves while the report is typed (a
tester: the plan sat on Tuesday marked ✓, linked to Monday's report): the
report is saved, the plan is left where the other desk put it, and the desk
is told so, in Indonesian."""

from __future__ import annotations

import datetime as dt

from ui.helpers import wait, wait_until
from ui.test_jadwal import TODAY, add, make_app, open_grid, seeded  # noqa: F401  (fixture)

from sambang_tui.db.models import Plan, Report
from sambang_tui.services.desk import drafts
from sambang_tui.services.schedule import plans
from sambang_tui.ui.screens.entry import EntryScreen


async def test_plan_moved_meanwhile_is_not_marked_done(seeded) -> None:  # noqa: F811
    target, actor, seed = seeded
    pid = add(actor, seed, TODAY, start_time=dt.time(10), rt=1, target="Jl. Salemba Raya")
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("down", "r")
        await wait_until(pilot, lambda: isinstance(app.screen, EntryScreen) and app.screen.loaded)
        app.screen.query_one("#f-narrative").focus()
        await pilot.press(*"Sambang warga RW 06")
        await pilot.pause(1.3)  # the draft's debounce: it keeps the plan's version
        await wait(pilot)
        kept = drafts.load_draft("desk", f"entry.plan.{pid}")
        assert kept is not None and kept[0]["_plan_version"] == 1
        # meanwhile another desk moves the plan to the next day
        plans.move_plan(actor, pid, 1, TODAY + dt.timedelta(days=1))
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: Report.select().count() == 1)
        await wait(pilot)
        said = " ".join(str(n.message) for n in app._notifications)
        assert "dipindah ke 05/12/2024" in said and "tidak ditandai terlaksana" in said
        assert "tersimpan dari rencana" not in said
    plan = Plan.get_by_id(pid)
    assert (plan.date, plan.status, plan.report_id) == (
        TODAY + dt.timedelta(days=1),
        "rencana",
        None,
    )
    assert Report.get().date == TODAY
