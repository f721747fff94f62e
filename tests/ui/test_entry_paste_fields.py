"""A terminal paste into any field of the entry form arrives once (issue 13,
item 2: ``XYZ`` became ``XYZXYZ``), with its control characters taken out."""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import TextArea
from ui.helpers import make_app, wait
from ui.test_entry_support import seed_world

from sambang_tui.services.admin import runtime


@pytest.fixture
def target(db_target: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    runtime.connect(db_target)
    seed_world()
    runtime.close()
    return db_target


async def test_a_paste_lands_once_in_inputs_and_text_areas(target: str) -> None:
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        form = app.screen.form
        for widget, pasted, expected in (
            (form.input("place"), "Jl. XYZ\x1b[31m", "Jl. XYZ[31m"),
            (form.input("quote_by"), "XYZ", "XYZ"),
            (form.area("narrative"), "Baris satu\r\nbaris dua", "Baris satu\nbaris dua"),
            (form.picker("officer_ids").input, "sutr", "sutr"),
        ):
            widget.focus()
            await pilot.pause()
            app.post_message(events.Paste(pasted))  # as the driver delivers a bracketed paste
            await wait(pilot)
            value = widget.text if isinstance(widget, TextArea) else widget.value
            assert value == expected, (widget, value)
