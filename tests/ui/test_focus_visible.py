"""Focus, errors and empty fields show by the shape of what is drawn, so
they read the same in truecolor, 256 and 16 colours and under NO_COLOR
(issue 13, item 10): a bar left of every field (a full block when focused,
double in error), the value of a focused field in error still shown, a
checkbox that says [X] or [ ] and underlines its focused label, and
notifications that keep off the footer, the status and the error lines."""

from __future__ import annotations

import pytest
from textual.widgets import Input
from ui.helpers import make_app, screen_lines, screen_text, wait, wait_until

THEMES = ["sambang", "sambang-ansi"]  # truecolor (and 256) / 16 colours


def line_with(app, text: str) -> str:
    return next(line for line in screen_lines(app) if text in line)


async def officer_form(pilot) -> None:
    await pilot.press("f7")
    await wait(pilot)
    await pilot.press("n")
    await wait(pilot)


@pytest.mark.parametrize("theme", THEMES)
async def test_fields_of_the_officer_form(demo_target: str, theme: str) -> None:
    app = make_app(demo_target, theme=theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await officer_form(pilot)
        assert "NRP               █" in line_with(app, "NRP")  # focused: a full block
        assert "Telepon           │" in line_with(app, "Telepon")  # empty, still seen
        await pilot.press(*"7805", "ctrl+s")
        await wait(pilot)
        assert "█ 7805" in line_with(app, "NRP")  # in error and focused: value shown
        assert "Nama              ║" in line_with(app, "Nama")  # in error: double bar
        assert "Nama wajib diisi." in "\n".join(screen_lines(app))
        # the checkbox: ticked or not by its glyph, focused by its label
        for _ in range(6):
            await pilot.press("tab")
        await pilot.pause()
        assert "[X] Aktif" in line_with(app, "] Aktif")
        strip = next(s for s in app.screen._compositor.render_strips() if "] Aktif" in s.text)
        label = [seg for seg in strip if "Aktif" in seg.text][-1]
        assert label.style is not None and label.style.underline
        await pilot.press("space")
        await pilot.pause()
        assert "[ ] Aktif" in line_with(app, "] Aktif")


@pytest.mark.parametrize("theme", THEMES)
async def test_entry_and_plan_fields(demo_target: str, theme: str) -> None:
    app = make_app(demo_target, theme=theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        assert "Tanggal      █" in line_with(app, "Tanggal")
        assert "Mulai │" in line_with(app, "Mulai")
        await pilot.press("f3")
        await wait(pilot)
        await pilot.press("down", "n")
        await wait(pilot)
        focused = app.screen.focused
        assert isinstance(focused, Input)
        lines = screen_lines(app)
        assert sum("█" in line for line in lines) >= 1
        assert sum("│" in line and "Catatan" in line for line in lines) == 1  # empty note


async def test_notifications_keep_off_the_bottom_lines(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait_until(pilot, lambda: "Simpan" in screen_lines(app)[-1])  # the footer drawn
        before = screen_lines(app)
        app.screen.form.input("date").value = "99/99"
        await pilot.press("ctrl+s")
        await wait_until(
            pilot, lambda: app._notifications and "Tanggal '99/99'" in screen_text(app)
        )
        assert app._notifications  # the error count was said
        after = screen_lines(app)
        assert after[-1] == before[-1]  # the footer
        assert after[-2].startswith(" Laporan baru")  # the status line
        error_line = line_with(app, "Tanggal '99/99'")
        assert error_line.rstrip().endswith(".")  # the error under the field, whole


def strip_of(app, text: str):
    return next(s for s in app.screen._compositor.render_strips() if text in s.text)


async def filter_dialog(pilot) -> None:
    """F5's filter dialog, open and drawn."""
    await wait(pilot)
    await pilot.press("f5")
    await wait(pilot)
    await pilot.press("f")
    await wait_until(pilot, lambda: any("(semua)" in line for line in screen_lines(pilot.app)))


def value_style(app, label: str, value: str):
    """The style of ``value`` drawn on the row of ``label``."""
    strip = strip_of(app, label)
    return next(seg.style for seg in strip if value in seg.text)


@pytest.mark.parametrize("theme", THEMES)
async def test_dropdowns_show_their_focus(demo_target: str, theme: str) -> None:
    """A Select's focus was a 5% tint: nothing at 16 colours (the documents
    dialog's Dokumen, Format and Tanda tangan never changed on Tab)."""
    from textual.widgets import Select

    app = make_app(demo_target, theme=theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await filter_dialog(pilot)
        blurred = value_style(app, "Kelurahan", "(semua)")
        app.screen.query_one("#f-kel", Select).focus()
        await pilot.pause()
        focused = value_style(app, "Kelurahan", "(semua)")
        assert focused.bold and not blurred.bold  # by shape (bold), under NO_COLOR too
        assert focused.bgcolor != blurred.bgcolor  # and by colour, in 16 colours too


@pytest.mark.parametrize("theme", THEMES)
async def test_an_open_dropdown_has_a_frame_and_background_of_its_own(
    demo_target: str, theme: str
) -> None:
    """The filter's open list had no background nor frame at 16 colours (nor
    a background other than the dialog's in truecolor): its options ran into
    the dialog's rows under it."""
    from textual.widgets import Select

    app = make_app(demo_target, theme=theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await filter_dialog(pilot)
        kel = app.screen.query_one("#f-kel", Select)
        kel.focus()
        await pilot.press("enter")
        await wait(pilot)
        assert kel.expanded
        lines = screen_lines(app)
        row = next(i for i, line in enumerate(lines) if "Kelurahan" in line)
        assert "╭" in lines[row + 1]  # a frame of its own
        option = next(seg for seg in strip_of(app, "Kenari") if "Kenari" in seg.text)
        title = next(seg for seg in strip_of(app, "Saring laporan") if "Saring" in seg.text)
        assert option.style.bgcolor != title.style.bgcolor  # a background of its own
