"""Ctrl+Q asks first on every form holding typed, unsaved work (issue 13,
item 5: a half-typed officer form, a note and an edited release were lost
without a word); `n` goes back with the work intact, Ctrl+Q twice quits.
With nothing typed it quits at once.

Esc on a dialog holding typed work asks the same way (round 21: Esc threw
away an edited release, a return note, a half-typed officer or plan): `n`
or Esc goes back with the work intact, `y` discards and closes; an
untouched dialog closes at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual import events
from textual.widgets import Input, TextArea
from ui.helpers import make_app, screen_lines, wait

from sambang_tui.db.models import Draft, Report

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


# -- Esc on a dialog with typed work -------------------------------------------


async def return_note(pilot) -> Any:
    """`k` on a report waiting for review (as the Kanit), a note typed."""
    number = (
        Report.select()
        .where((Report.status == "diajukan") & (Report.deleted_at.is_null()))
        .order_by(Report.id)
        .first()
        .number
    )
    await pilot.press("f5")
    await wait(pilot)
    await pilot.press("slash", *number, "enter")
    await wait(pilot)
    await pilot.press("home", "enter")
    await wait(pilot)
    assert number in "\n".join(screen_lines(pilot.app))
    await pilot.press("k")
    await wait(pilot)
    assert type(pilot.app.screen).__name__ == "NoteModal"
    await pilot.press(*"Lengkapi")
    return pilot.app.screen.query_one(TextArea)


async def release_from_detail(pilot) -> Any:
    """`o` on a report › Rilis Humas › Ctrl+S, a statement typed."""
    from textual.widgets import Select

    number = Report.get(
        (Report.date == dt.date(2024, 12, 2)) & (Report.place.contains("Salemba Raya"))
    ).number
    await pilot.press("f5")
    await wait(pilot)
    await pilot.press("slash", *number, "enter")
    await wait(pilot)
    await pilot.press("home", "enter")
    await wait(pilot)
    await pilot.press("o")
    await wait(pilot)
    pilot.app.screen.query_one("#export-kind", Select).value = "release"
    await pilot.pause()
    await pilot.press("ctrl+s")
    await wait(pilot)
    assert type(pilot.app.screen).__name__ == "ReleaseEditor"
    await pilot.press("ctrl+end", *"Kapolsek: aman.")
    return pilot.app.screen.query_one(TextArea)


@pytest.mark.parametrize(
    "opener",
    [
        release_from_detail,
        return_note,
        officer_form,
        note_dialog,
        release_editor,
        plan_form,
        cancel_reason,
        paste_dialog,
    ],
    ids=lambda f: f.__name__,
)
async def test_esc_asks_on_typed_work(demo_target: str, opener: Opener) -> None:
    app = make_app(demo_target, user="kanit" if opener is return_note else None)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        widget = await opener(pilot)
        dialog = app.screen
        typed = value_of(widget)
        assert typed
        await pilot.press("escape")
        await wait(pilot)
        question = app.screen
        assert type(question).__name__ == "ConfirmModal", question
        shown = " ".join(" ".join(screen_lines(app)).split())
        assert "belum disimpan" in shown and "Buang (y)" in shown, shown
        await pilot.press("escape")  # Esc on the question: back to the dialog
        await wait(pilot)
        assert app.screen is dialog and value_of(widget) == typed
        await pilot.press("escape")
        await wait(pilot)
        await pilot.press("n")
        await wait(pilot)
        assert app.screen is dialog and value_of(widget) == typed
        await pilot.press("escape")
        await wait(pilot)
        await pilot.press("y")  # discard: the dialog closes
        await wait(pilot)
        assert dialog not in app.screen_stack and type(app.screen).__name__ != "ConfirmModal"
        if opener in (return_note, release_from_detail):
            assert type(app.screen).__name__ == "ReportDetailScreen"


async def test_esc_closes_an_untouched_dialog_at_once(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        for key, name in (("f7", "MasterFormModal"), ("f3", "PlanFormModal")):
            await pilot.press(key)
            await wait(pilot)
            screen = app.screen
            await pilot.press(*(["down", "n"] if key == "f3" else ["n"]))
            await wait(pilot)
            assert type(app.screen).__name__ == name
            await pilot.press("escape")
            await wait(pilot)
            assert app.screen is screen
        from sambang_tui.ui.modals.note import NoteModal
        from sambang_tui.ui.modals.release_editor import ReleaseEditor

        for dialog in (NoteModal("Kembalikan"), ReleaseEditor("Judul\n\nIsi rilis.")):
            await app.push_screen(dialog)
            await wait(pilot)
            await pilot.press("escape")
            await wait(pilot)
            assert dialog not in app.screen_stack and app.screen is screen
