"""Validation at the field, in Indonesian: on leaving a field and on save."""

from __future__ import annotations

import pytest
from textual.widgets import Static
from ui.helpers import make_app, screen_lines, wait
from ui.test_entry_support import seed_world

from sambang_tui.services.admin import runtime


@pytest.fixture
def world(db_target: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    runtime.connect(db_target)
    found = seed_world()
    runtime.close()
    return found


def row_error(app, field_id: str) -> str:
    widget = app.screen.query_one(f"#{field_id}")
    for row in widget.ancestors:
        if type(row).__name__ == "FieldRow":
            return str(row.query_one(".field-error", Static).render())
    raise AssertionError(f"no row for {field_id}")


async def open_entry(pilot) -> None:
    await wait(pilot)
    await pilot.press("f4")
    await wait(pilot)


async def test_impossible_date_is_flagged_on_leaving(db_target: str, world) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_entry(pilot)
        app.screen.query_one("#f-date").focus()
        await pilot.press("3", "1", "/", "0", "2", "tab")
        await wait(pilot)
        message = row_error(app, "f-date")
        assert "31/02" in message and "tidak ada di kalender" in message
        assert any("tidak ada di kalender" in line for line in screen_lines(app))
        # fixing it clears the message
        app.screen.query_one("#f-date").focus()
        await pilot.press("h", "tab")
        await wait(pilot)
        assert row_error(app, "f-date") == ""
        assert app.screen.query_one("#f-date").value == "04/12/2024"


async def test_a_date_not_yet_come_is_flagged_on_leaving(db_target: str, world) -> None:
    """`b` (besok) is read as tomorrow, and refused at once: a report is of
    an activity carried out, not one planned."""
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_entry(pilot)
        app.screen.query_one("#f-date").focus()
        await pilot.press("b", "tab")
        await wait(pilot)
        assert app.screen.query_one("#f-date").value == "05/12/2024"
        message = row_error(app, "f-date")
        assert "05/12/2024 belum tiba" in message and "paling lambat hari ini" in message
        app.screen.query_one("#f-date").focus()
        await pilot.press("ctrl+u", "h", "tab")
        await wait(pilot)
        assert row_error(app, "f-date") == ""


async def test_end_before_start(db_target: str, world) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_entry(pilot)
        app.screen.query_one("#f-start-time").focus()
        await pilot.press("1", "1", "enter", "1", "0", "enter")
        await wait(pilot)
        assert row_error(app, "f-end-time") == "Jam selesai harus setelah jam mulai."
        assert app.screen.query_one("#f-start-time").value == "11.00"


async def test_rw_not_in_kelurahan(db_target: str, world) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_entry(pilot)
        app.screen.query_one("#f-kelurahan-id-input").focus()
        await pilot.press(*"kenari", "enter")
        await wait(pilot)
        assert app.screen.form.picker("kelurahan_id").values == [world.kenari]
        assert app.screen.focused.id == "f-rw"
        await pilot.press("7", "enter")
        await wait(pilot)
        assert row_error(app, "f-rw") == "RW 07 tidak ada di Kenari."
        # the service says the same on save
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert "RW 07 tidak ada" in row_error(app, "f-rw")


async def test_a_letter_in_rt_says_why_it_is_refused(db_target: str, world) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_entry(pilot)
        app.screen.query_one("#f-rt").focus()
        await pilot.press("p", "o", "s")
        await wait(pilot)
        assert app.screen.query_one("#f-rt").value == ""
        assert row_error(app, "f-rt") == "RT harus berupa angka."
        assert any("RT harus berupa angka." in line for line in screen_lines(app))
        await pilot.press("3", "tab")
        await wait(pilot)
        assert app.screen.query_one("#f-rt").value == "3"
        # leaving the field checks it afresh: now for what a number RT lacks
        assert row_error(app, "f-rt") == "Isi RW untuk RT ini."


async def test_empty_officer_on_save_focuses_the_field(db_target: str, world) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_entry(pilot)
        app.screen.query_one("#f-type-ids-input").focus()
        await pilot.press("s", "b", "enter")
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert row_error(app, "f-officer-ids") == "Personel wajib diisi (minimal satu)."
        assert app.screen.focused.id == "f-officer-ids-input"
        assert app.screen.last_saved is None
        assert "Kelurahan wajib diisi." in row_error(app, "f-kelurahan-id")


async def test_unknown_officer_text(db_target: str, world) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_entry(pilot)
        app.screen.query_one("#f-officer-ids-input").focus()
        await pilot.press("x", "y", "z", "enter")
        await wait(pilot)
        assert row_error(app, "f-officer-ids") == "'xyz' tidak ditemukan."
        assert app.screen.focused.id == "f-officer-ids-input"
