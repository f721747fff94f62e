"""Keys that reach the app in one read (a burst over a slow SSH link) land
in the fields they were typed for when Tab moves between them, and a field
the officer's choice fills is skipped by the Enter that follows (issue 13,
item 6). The keys are posted to the app all at once, as the driver does with
one read, before the app has handled the first."""

from __future__ import annotations

import datetime as dt

import pytest
from textual import events
from ui.helpers import make_app, wait
from ui.test_entry_support import seed_world

from sambang_tui.services.admin import runtime
from sambang_tui.services.core import clock

NAMED = {"\t": "tab", "\r": "enter"}


@pytest.fixture
def target(db_target: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    runtime.connect(db_target)
    world = seed_world()
    runtime.close()
    return db_target, world


async def burst(pilot, text: str) -> None:
    for char in text:
        key = NAMED.get(char, char)
        pilot.app.post_message(events.Key(key, None if key in NAMED.values() else char))
    await wait(pilot)


async def test_burst_with_tab_fills_date_start_and_end(target) -> None:
    app = make_app(target[0])
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        form = app.screen.form
        await burst(pilot, "k\t0930\t11")
        await pilot.press("tab")  # leave the end time: it is read and written out
        await wait(pilot)
        values = [form.input(n).value for n in ("date", "start_time", "end_time")]
        yesterday = clock.today() - dt.timedelta(days=1)
        assert values == [f"{yesterday:%d/%m/%Y}", "09.30", "11.00"]


async def test_shift_tab_goes_back_one_field(target) -> None:
    app = make_app(target[0])
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        form = app.screen.form
        await burst(pilot, "\t\t")
        await pilot.press("shift+tab")
        await wait(pilot)
        assert app.screen.focused is form.input("start_time")


async def test_choosing_the_officer_skips_his_kelurahan_when_the_type_is_kept(
    target,
) -> None:
    """Jenis already filled (kept from the report before): choosing the
    officer fills his kelurahan at once, so Enter goes on to RW and the RW
    typed next lands there, even typed in one burst."""
    db, world = target
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        form = app.screen.form
        form.picker("type_ids").focus()
        await pilot.press(*"sb", "enter")
        await wait(pilot)
        form.picker("officer_ids").focus()
        await pilot.pause()
        await burst(pilot, "sutr\r06")
        assert form.picker("kelurahan_id").values == [world.paseban]
        assert form.picker("kelurahan_id").text == ""
        assert form.input("rw").value == "06"
        # and typed key by key
        form.input("rw").value = ""
        form.picker("officer_ids").set_values([])
        form.picker("kelurahan_id").set_values([])
        form.picker("officer_ids").focus()
        await pilot.press(*"sutr", "enter")
        await wait(pilot)
        assert app.screen.focused is form.input("rw")
