"""Ctrl+Q asks first on every form holding typed, unsaved work (issue 13,
item 5: a half-typed officer form, a note and an edited release were lost
without a word); `n` goes back with the work intact, Ctrl+Q twice quits.
With nothing typed it quits at once."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual import events
from textual.widgets import Input, TextArea
from ui.helpers import make_app, wait

from sambang_tui.db.models import Draft

Opener = Callable[[Any], Awaitable[Any]]


async def entry_form(pilot) -> Any:
    await pilot.press("f4")
    await wait(pilot)
    place = pilot.app.screen.form.input("place")
    place.focus()
    await pilot.press(*"Balai RW 06")
    return place


async def officer_form(pilot) -> Any:
    await pilot.press("f7")
    await wait(pilot)
    await pilot.press("n")
    await wait(pilot)
    await pilot.press(*"7805")
    return pilot.app.screen.query_one("#mf-nrp", Input)


async def note_dialog(pilot) -> Any:
    from sambang_tui.ui.modals.note import NoteModal

    await pilot.app.push_screen(NoteModal("Kembalikan LK/1/XII/2024"))
    await wait(pilot)
    await pilot.press(*"Lengkapi")
    return pilot.app.screen.query_one(TextArea)


async def release_editor(pilot) -> Any:
    from sambang_tui.ui.modals.release_editor import ReleaseEditor

    await pilot.app.push_screen(ReleaseEditor("Judul\n\nIsi rilis."))
    await wait(pilot)
    await pilot.press(*"Baru ")
    return pilot.app.screen.query_one(TextArea)


async def plan_form(pilot) -> Any:
    await pilot.press("f3")
    await wait(pilot)
    await pilot.press("down", "n")
    await wait(pilot)
    target = pilot.app.screen.query_one("#plan-target", Input)
    target.focus()
    await pilot.press(*"Pos RW")
    return target


async def cancel_reason(pilot) -> Any:
    from sambang_tui.ui.modals.plan_cancel import PlanCancelModal

    await pilot.app.push_screen(PlanCancelModal("CS 06"))
    await wait(pilot)
    await pilot.press(*"Hujan")
    return pilot.app.screen.query_one(Input)


async def paste_dialog(pilot) -> Any:
    await pilot.press("f4")
    await wait(pilot)
    await pilot.press("ctrl+t")
    await wait(pilot)
    pilot.app.post_message(events.Paste("Ijin lapor, sambang warga RW 06"))
    await wait(pilot)
    return pilot.app.screen.query_one(TextArea)


def value_of(widget: Any) -> str:
    return widget.text if isinstance(widget, TextArea) else widget.value


@pytest.mark.parametrize(
    "opener",
    [
        entry_form,
        officer_form,
        note_dialog,
        release_editor,
        plan_form,
        cancel_reason,
        paste_dialog,
    ],
    ids=lambda f: f.__name__,
)
async def test_ctrl_q_asks_on_typed_work(demo_target: str, opener: Opener) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        widget = await opener(pilot)
        form = app.screen
        typed = value_of(widget)
        assert typed
        await pilot.press("ctrl+q")
        await wait(pilot)
        assert getattr(app.screen, "quit_question", False), app.screen
        await pilot.press("n")
        await wait(pilot)
        assert app.screen is form and value_of(widget) == typed and not app._exit
        await pilot.press("ctrl+q", "ctrl+q")
        await wait(pilot)
        assert app._exit
    if opener is entry_form:  # the report being typed stays as a draft
        assert "entry.new" in [d.form for d in Draft.select().where(Draft.os_user == "desk")]


async def test_ctrl_q_quits_at_once_with_nothing_typed(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        await pilot.press("f7")
        await wait(pilot)
        await pilot.press("n")
        await wait(pilot)
        await pilot.press("ctrl+q")
        await wait(pilot)
        assert app._exit
