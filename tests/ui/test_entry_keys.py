"""Keys of the entry form: a new form, Esc in the F4 section, remapping a
binding by its id, jumping between groups, removing a chip."""

from __future__ import annotations

import pytest
from ui.helpers import make_app, wait
from ui.test_entry_support import seed_world

from sambang_tui.services.admin import runtime
from sambang_tui.ui.screens.entry import EntryScreen


@pytest.fixture
def world(db_target: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    runtime.connect(db_target)
    found = seed_world()
    runtime.close()
    return found


async def test_new_form_keeps_date_officer_type(db_target: str, world) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        await pilot.press("k", "enter", "9", "enter", "enter")  # yesterday, 09.00
        await pilot.press(*"bud", "enter")
        await wait(pilot)
        await pilot.press(*"pd", "enter")
        await wait(pilot)
        form = app.screen.form
        assert form.picker("kelurahan_id").values == [world.kenari]  # Budi's assignment
        assert app.screen.focused is form.input("rw")
        await pilot.press("2", "enter", *"Pasar")
        await pilot.press("ctrl+n")
        await wait(pilot)
        assert form.input("date").value == "03/12/2024"
        assert form.picker("officer_ids").values == [world.budi]
        assert form.picker("type_ids").values == [world.types["PD"]]
        assert form.picker("kelurahan_id").values == [world.kenari]
        assert (
            form.input("rw").value,
            form.input("place").value,
            form.input("start_time").value,
        ) == ("", "", "")
        assert app.screen.focused is form.input("start_time")


async def test_escape_in_section_goes_home_and_backspace_removes_chip(
    db_target: str, world
) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        app.screen.query_one("#f-type-ids-input").focus()
        await pilot.press(*"sb", ",", *"cs", ",")
        form = app.screen.form
        assert len(form.picker("type_ids").values) == 2
        await pilot.press("backspace")
        assert form.picker("type_ids").values == [world.types["SB"]]
        await pilot.press(*"zz", "escape")  # no match list open: Esc leaves
        await wait(pilot)
        assert app.current_mode == "home"
        await pilot.press("f4")
        await wait(pilot)
        assert isinstance(app.screen, EntryScreen)


async def test_save_key_can_be_remapped_by_id(db_target: str, world) -> None:
    app = make_app(db_target, keymap={"entry.save": "f9"})
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        await pilot.press("enter", "enter", "enter", *"sut", "enter")
        await wait(pilot)
        await pilot.press(*"sb", "enter", "1", "enter")
        app.screen.form.area("narrative").focus()
        await pilot.press(*"Sambang.", "f9")
        await wait(pilot)
        assert app.screen.last_saved is not None


async def test_group_jumps(db_target: str, world) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        form = app.screen.form
        await pilot.press("ctrl+down")
        assert app.screen.focused is form.picker("officer_ids").input
        await pilot.press("ctrl+down", "ctrl+down")
        assert app.screen.focused is form.input("audience.warga")
        await pilot.press("ctrl+up")
        assert app.screen.focused is form.picker("kelurahan_id").input


async def test_officer_by_nrp_second_officer_and_contact(db_target: str, world) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        form = app.screen.form
        form.picker("officer_ids").focus()
        await pilot.press(*"7805", ",", *"budi", "enter")
        await wait(pilot)
        assert form.picker("officer_ids").values == [world.sutrisno, world.budi]
        assert form.picker("kelurahan_id").values == [world.paseban]  # the first officer's
        form.picker("contact_ids").focus()
        await pilot.press(*"mahm", "down", "up", "enter")
        assert form.picker("contact_ids").values
        assert "H. Mahmud" in form.picker("contact_ids").chip_label(
            form.picker("contact_ids").values[0]
        )
